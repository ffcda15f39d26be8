/**
 * Draws the add-in's charts as SVG over the grid (loaded only for sheets that have charts). Every
 * text comes in as text, never as markup. Each chart is one image with a name and a description of
 * its series, and can be reached with Tab.
 */
import type { CellValue } from "../core/cell";
import type { Grafiek } from "../core/grafiek";
import { metNotatie } from "./getalnotatie";
import { tekenGrafiek, type Label, type Tekening } from "./grafiek-tekening";

const SVG = "http://www.w3.org/2000/svg";
let volgnummer = 0;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  tekst?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (tekst !== undefined) node.textContent = tekst;
  return node;
}

function label(l: Label, anker: "start" | "middle" | "end", klasse: string): SVGTextElement {
  return svg("text", { x: l.x, y: l.y, "text-anchor": anker, "dominant-baseline": "middle", class: klasse }, l.tekst);
}

function beschrijving(t: Tekening, spec: Grafiek): string {
  return t.reeksen
    .map((r) => {
      const waarden = [...r.punten, ...r.staven].map(
        (p) => `${p.categorie || "?"} ${metNotatie(p.waarde, spec.yFormaat)}`,
      );
      return `${r.naam}${r.referentie ? " (lijn ter vergelijking)" : ""}: ${waarden.join(", ") || "geen waarden"}.`;
    })
    .join(" ");
}

export function tekenSvg(
  spec: Grafiek,
  cellen: readonly (readonly CellValue[])[],
  breedte: number,
  hoogte: number,
): SVGSVGElement {
  const t = tekenGrafiek(spec, cellen, breedte, hoogte);
  const id = `grafiek-${++volgnummer}`;
  const root = svg("svg", {
    width: breedte,
    height: hoogte,
    viewBox: `0 0 ${breedte} ${hoogte}`,
    role: "img",
    tabindex: 0,
    class: "grafiek",
    "aria-labelledby": `${id}-titel`,
    "aria-describedby": `${id}-uitleg`,
  });
  root.dataset.type = spec.type;
  root.append(
    svg("title", { id: `${id}-titel` }, spec.title),
    svg("desc", { id: `${id}-uitleg` }, beschrijving(t, spec)),
  );
  root.append(svg("rect", { x: 0.5, y: 0.5, width: breedte - 1, height: hoogte - 1, class: "grafiek-achtergrond" }));
  // A title longer than the chart is wide is squeezed to fit rather than cut off.
  const titelRuimte = breedte - 12;
  root.append(
    svg(
      "text",
      {
        x: breedte / 2,
        y: 16,
        "text-anchor": "middle",
        class: "grafiek-titel",
        ...(spec.title.length * 7.5 > titelRuimte ? { textLength: titelRuimte, lengthAdjust: "spacingAndGlyphs" } : {}),
      },
      spec.title,
    ),
  );

  const raster = svg("g", { class: "grafiek-raster", "aria-hidden": "true" });
  for (const lijn of t.raster) {
    raster.append(svg("path", { d: lijn.pad }));
    raster.append(label(lijn.label, t.type === "radar" ? "start" : "end", "as-label"));
  }
  if (t.type !== "radar")
    raster.append(
      svg("path", { d: `M${t.vlak.x},${t.vlak.y + t.vlak.hoogte}H${t.vlak.x + t.vlak.breedte}`, class: "as" }),
    );
  // Spider charts write each aspect outward from its spoke, so long names stay inside the chart.
  const midden = t.vlak.x + t.vlak.breedte / 2;
  for (const l of t.categorieLabels)
    raster.append(
      label(
        l,
        t.type !== "radar" || Math.abs(l.x - midden) < 4 ? "middle" : l.x > midden ? "start" : "end",
        "as-label",
      ),
    );
  if (t.yTitel)
    raster.append(
      svg(
        "text",
        {
          x: 10,
          y: t.vlak.y + t.vlak.hoogte / 2,
          transform: `rotate(-90 10 ${t.vlak.y + t.vlak.hoogte / 2})`,
          "text-anchor": "middle",
          class: "as-label",
        },
        t.yTitel,
      ),
    );
  root.append(raster);

  t.reeksen.forEach((r) => {
    const g = svg("g", { class: "reeks", "aria-hidden": "true" });
    g.dataset.reeks = r.naam;
    g.dataset.waarden = [...r.staven, ...r.punten].map((p) => p.waarde).join(";");
    for (const s of r.staven)
      g.append(svg("rect", { x: s.x, y: s.y, width: s.breedte, height: Math.max(0, s.hoogte), fill: r.kleur }));
    if (r.punten.length > 0) {
      const lijn =
        r.punten.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join("") +
        (t.type === "radar" ? "Z" : "");
      const punten = t.type === "scatter" && !r.referentie;
      if (!punten)
        g.append(
          svg("path", {
            d: lijn,
            fill: t.type === "radar" ? r.kleur : "none",
            "fill-opacity": t.type === "radar" ? 0.15 : 0,
            stroke: r.kleur,
            "stroke-width": 2,
            ...(r.referentie ? { "stroke-dasharray": "6 4" } : {}),
          }),
        );
      if (!r.referentie)
        for (const p of r.punten) g.append(svg("circle", { cx: p.x, cy: p.y, r: punten ? 3.5 : 2.5, fill: r.kleur }));
    }
    root.append(g);
  });

  // The legend along the bottom on one line: names too long for their share are squeezed.
  const legenda = svg("g", { class: "grafiek-legenda", "aria-hidden": "true" });
  const vak = breedte / Math.max(1, t.reeksen.length);
  t.reeksen.forEach((r, i) => {
    const x = vak * i + 6;
    const y = hoogte - 10;
    legenda.append(
      r.referentie || t.type === "line" || t.type === "radar"
        ? svg("path", {
            d: `M${x},${y}h14`,
            stroke: r.kleur,
            "stroke-width": 2,
            ...(r.referentie ? { "stroke-dasharray": "4 2" } : {}),
          })
        : svg("rect", { x, y: y - 5, width: 10, height: 10, fill: r.kleur }),
    );
    const ruimte = Math.max(10, vak - 26);
    const krap: Record<string, string | number> =
      r.naam.length * 6 > ruimte ? { textLength: ruimte, lengthAdjust: "spacingAndGlyphs" } : {};
    legenda.append(
      svg("text", { x: x + 18, y, "dominant-baseline": "middle", class: "legenda-tekst", ...krap }, r.naam),
    );
  });
  root.append(legenda);
  return root;
}

export function tekenGrafieken(
  plekken: readonly { readonly grafiek: Grafiek; readonly plek: HTMLElement }[],
  cellen: readonly (readonly CellValue[])[],
): void {
  for (const { grafiek, plek } of plekken) {
    const { width, height } = plek.getBoundingClientRect();
    plek.replaceChildren(
      tekenSvg(grafiek, cellen, Math.max(120, Math.round(width)), Math.max(100, Math.round(height))),
    );
  }
}
