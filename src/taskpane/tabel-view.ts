/**
 * A sheet as a grid in the out-of-Excel mode, looking as it does in Excel: the file's fills, fonts,
 * number formats, merged cells and column widths, the add-in's colours (a score cell takes the
 * colour its Kleur label names, the rule Excel follows), the header rows and name column frozen,
 * and the add-in's charts drawn where the workbook places them.
 */
import { kolomLetters, kolomNummer } from "../core/adres";
import { isCellError, isEmpty, type CellValue } from "../core/cell";
import type { Grafiek } from "../core/grafiek";
import { KLEUR_BETEKENIS, KLEUR_OPMAAK, KLEUREN, type Kleur } from "../core/kleur";
import { celSleutel, type BladOpmaak, type CelOpmaak } from "./blad-opmaak";
import { el } from "./dom";
import { metNotatie } from "./getalnotatie";

/** One of the add-in's conditional formats as the file holds it. */
export interface Bestandsregel {
  readonly ref: string;
  readonly formula: string;
}

/** The part of a sheet the grid shows; the download holds everything. */
export const GRENZEN = { rijen: 400, kolommen: 100 } as const;

const STANDAARD_BREEDTE = 8.43;
const STANDAARD_HOOGTE = 15;
const RIJKOP_PX = 40;

/** Excel's column width in characters as pixels at its standard font. */
export const kolomPx = (tekens: number) => Math.round(tekens * 7 + 5);
/** Points as CSS pixels. */
export const puntPx = (punten: number) => Math.round((punten * 4) / 3);

function tekst(value: CellValue, opmaak: CelOpmaak | undefined): string {
  if (isEmpty(value)) return "";
  if (isCellError(value)) return value.cellError;
  if (typeof value === "number") return metNotatie(value, opmaak?.numberFormat);
  if (typeof value === "boolean") return value ? "WAAR" : "ONWAAR";
  return String(value);
}

/** The label each column of a rule reads: per column from IF(OR(COLUMN()=4,…),$N2,…), or one for all. */
function labelsVan(formule: string): {
  perKolom: Map<number, { kolom: number; rij: number }>;
  overal?: { kolom: number; rij: number };
} {
  const perKolom = new Map<number, { kolom: number; rij: number }>();
  for (const m of formule.matchAll(/IF\((?:OR\(((?:COLUMN\(\)=\d+,?)+)\)|(COLUMN\(\)=\d+)),\$([A-Z]+)(\d+)/g)) {
    const label = { kolom: kolomNummer(m[3]!), rij: Number(m[4]) - 1 };
    for (const n of (m[1] ?? m[2]!).matchAll(/COLUMN\(\)=(\d+)/g)) perKolom.set(Number(n[1]) - 1, label);
  }
  if (perKolom.size > 0) return { perKolom };
  const enkel = /\$([A-Z]+)(\d+)="[a-z]+"\)$/.exec(formule);
  return { perKolom, ...(enkel ? { overal: { kolom: kolomNummer(enkel[1]!), rij: Number(enkel[2]) - 1 } } : {}) };
}

/**
 * Which colour each cell gets, from our rules: one per colour over several areas (`D2:D31 N2:N31`),
 * AND(N("LVS Analyse")=0,IF(OR(COLUMN()=4,COLUMN()=14),$N2,…)="donkergroen"), or an older rule
 * over one range, AND(N("LVS Analyse")=0,$K6="donkergroen").
 */
export function kleurenVan(
  cellen: readonly (readonly CellValue[])[],
  regels: readonly Bestandsregel[],
): Map<string, Kleur> {
  const kleuren = new Map<string, Kleur>();
  for (const regel of regels) {
    const kleur = /="([a-z]+)"\)$/.exec(regel.formula)?.[1];
    if (!kleur || !(KLEUREN as readonly string[]).includes(kleur)) continue;
    const bereiken = regel.ref
      .split(/[\s,]+/)
      .map((a) => /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({
        r0: Number(m[2]) - 1,
        c0: kolomNummer(m[1]!),
        r1: Number(m[4] ?? m[2]) - 1,
        c1: kolomNummer(m[3] ?? m[1]!),
      }));
    if (bereiken.length === 0) continue;
    // Relative rows count from the first area's first row, as in Excel.
    const basis = bereiken[0]!.r0;
    const { perKolom, overal } = labelsVan(regel.formula);
    for (const { r0, c0, r1, c1 } of bereiken) {
      for (let c = c0; c <= c1; c++) {
        const label = perKolom.get(c) ?? overal;
        if (!label) continue;
        for (let r = r0; r <= r1; r++) {
          if (cellen[r + label.rij - basis]?.[label.kolom] === kleur) kleuren.set(`${r}:${c}`, kleur as Kleur);
        }
      }
    }
  }
  return kleuren;
}

export interface Blad {
  readonly naam: string;
  readonly cellen: readonly (readonly CellValue[])[];
  readonly regels: readonly Bestandsregel[];
  readonly opmaak: BladOpmaak;
  /** Rows and columns to keep in view while scrolling, when the sheet freezes none itself. */
  readonly vast?: { readonly rijen: number; readonly kolommen: number };
}

/** How far the grid reaches: every value, and every chart's anchor. */
function omvang(blad: Blad): { rijen: number; kolommen: number } {
  let rijen = blad.cellen.length;
  let kolommen = 0;
  for (const rij of blad.cellen) kolommen = Math.max(kolommen, rij.length);
  for (const g of blad.opmaak.grafieken) {
    rijen = Math.max(rijen, g.anchor.rij + g.anchor.rijen);
    kolommen = Math.max(kolommen, g.anchor.kolom + g.anchor.kolommen);
  }
  return { rijen, kolommen };
}

function legenda(kleuren: ReadonlyMap<string, Kleur>): HTMLElement | undefined {
  const gebruikt = KLEUREN.filter((k) => [...kleuren.values()].includes(k));
  if (gebruikt.length === 0) return undefined;
  const lijst = el("ul", undefined, "blad-legenda");
  lijst.setAttribute("aria-label", "Legenda van de kleuren");
  for (const k of gebruikt) {
    const li = el("li");
    const staal = el("span", k, "staal");
    staal.style.background = KLEUR_OPMAAK[k].achtergrond;
    staal.style.color = KLEUR_OPMAAK[k].tekst;
    li.append(staal, el("span", KLEUR_BETEKENIS[k]));
    lijst.append(li);
  }
  return lijst;
}

function stijl(td: HTMLElement, opmaak: CelOpmaak | undefined, kleur: Kleur | undefined): void {
  if (opmaak?.fill) td.style.background = opmaak.fill;
  if (opmaak?.fontColor) td.style.color = opmaak.fontColor;
  if (opmaak?.bold) td.style.fontWeight = "600";
  if (opmaak?.italic) td.style.fontStyle = "italic";
  if (opmaak?.align) td.style.textAlign = opmaak.align;
  if (opmaak?.wrap) td.classList.add("terugloop");
  if (opmaak?.border) td.classList.add("rand");
  if (kleur) {
    td.style.background = KLEUR_OPMAAK[kleur].achtergrond;
    td.style.color = KLEUR_OPMAAK[kleur].tekst;
    td.dataset.kleur = kleur;
  }
}

export interface Getekend {
  /** Where the charts go, for the chart view to fill in. */
  readonly grafiekPlekken: readonly { readonly grafiek: Grafiek; readonly plek: HTMLElement }[];
}

export function renderTabel(container: HTMLElement, blad: Blad): Getekend {
  const { naam, cellen, opmaak } = blad;
  const kleuren = kleurenVan(cellen, blad.regels);
  const volledig = omvang(blad);
  const breedte = Math.min(GRENZEN.kolommen, volledig.kolommen);
  const hoogte = Math.min(GRENZEN.rijen, volledig.rijen);
  const breedtes = Array.from({ length: breedte }, (_, c) => kolomPx(opmaak.breedtes.get(c) ?? STANDAARD_BREEDTE));
  const vast = opmaak.bevroren ?? blad.vast ?? { rijen: 0, kolommen: 0 };
  const afgekapt = volledig.rijen > hoogte || volledig.kolommen > breedte;

  const bedekt = new Set<string>();
  const samengevoegd = new Map<string, { rijen: number; kolommen: number }>();
  for (const m of opmaak.merges) {
    samengevoegd.set(celSleutel(m.rij, m.kolom), { rijen: m.rijen, kolommen: m.kolommen });
    for (let r = m.rij; r < m.rij + m.rijen; r++)
      for (let c = m.kolom; c < m.kolom + m.kolommen; c++)
        if (r !== m.rij || c !== m.kolom) bedekt.add(celSleutel(r, c));
  }

  const tabel = el("table", undefined, "blad");
  tabel.setAttribute("aria-label", `Blad ${naam}`);
  tabel.setAttribute("aria-rowcount", String(volledig.rijen + 1));
  tabel.setAttribute("aria-colcount", String(volledig.kolommen + 1));
  const kolommen = el("colgroup");
  const kopKolom = el("col");
  kopKolom.style.width = `${RIJKOP_PX}px`;
  kolommen.append(kopKolom);
  for (const px of breedtes) {
    const col = el("col");
    col.style.width = `${px}px`;
    kolommen.append(col);
  }
  tabel.style.width = `${RIJKOP_PX + breedtes.reduce((s, b) => s + b, 0)}px`;

  const kop = el("tr");
  // The corner above the row numbers heads nothing: a plain cell, not an empty header.
  const hoek = el("td", "");
  hoek.className = "hoek";
  kop.append(hoek);
  for (let c = 0; c < breedte; c++) {
    const th = el("th", kolomLetters(c));
    th.scope = "col";
    kop.append(th);
  }
  const thead = el("thead");
  thead.append(kop);
  const tbody = el("tbody");
  for (let r = 0; r < hoogte; r++) {
    const rij = el("tr");
    const hoogtePt = opmaak.hoogtes.get(r);
    rij.style.height = `${puntPx(hoogtePt ?? STANDAARD_HOOGTE)}px`;
    const rijKop = el("th", String(r + 1));
    rijKop.scope = "row";
    rij.append(rijKop);
    for (let c = 0; c < breedte; c++) {
      const sleutel = celSleutel(r, c);
      if (bedekt.has(sleutel)) continue;
      const waarde = cellen[r]?.[c];
      const celOpmaak = opmaak.cellen.get(sleutel);
      const td = el("td", tekst(waarde, celOpmaak));
      const span = samengevoegd.get(sleutel);
      if (span) {
        if (span.rijen > 1) td.rowSpan = span.rijen;
        if (span.kolommen > 1) td.colSpan = span.kolommen;
      }
      if (typeof waarde === "number") td.classList.add("getal");
      // Text runs on into empty cells to its right, as in Excel; not past a cut-off edge, where
      // the next column may hold a value the grid does not show.
      else if (
        typeof waarde === "string" &&
        !span &&
        !celOpmaak?.wrap &&
        (c + 1 < breedte || breedte === volledig.kolommen) &&
        isEmpty(cellen[r]?.[c + 1]) &&
        !bedekt.has(celSleutel(r, c + 1))
      )
        td.classList.add("doorlopend");
      stijl(td, celOpmaak, kleuren.get(sleutel));
      if (r < vast.rijen) td.classList.add("vast-rij");
      // The column letter, since merged cells make a row's children no guide to its columns.
      td.dataset.kolom = kolomLetters(c);
      if (c < vast.kolommen) td.classList.add("vast-kolom");
      rij.append(td);
    }
    tbody.append(rij);
  }
  tabel.append(kolommen, thead, tbody);

  const vlak = el("div", undefined, "blad-vlak");
  vlak.append(tabel);
  const omhulsel = el("div", undefined, "tabel-omhulsel");
  omhulsel.tabIndex = 0;
  omhulsel.setAttribute("role", "region");
  omhulsel.setAttribute("aria-label", `Blad ${naam}, schuif met de pijltjestoetsen`);
  omhulsel.append(vlak);

  const onderdelen: HTMLElement[] = [el("h2", `Blad ${naam}`)];
  const uitleg = legenda(kleuren);
  if (uitleg) onderdelen.push(uitleg);
  onderdelen.push(omhulsel);
  if (afgekapt)
    onderdelen.push(
      el(
        "p",
        `Hier staan de eerste ${hoogte} rijen en ${breedte} kolommen; het gedownloade bestand bevat alles.`,
        "uitleg",
      ),
    );
  container.replaceChildren(...onderdelen);

  // Text that runs on past the last column (the legend's meanings) gets empty columns to run into,
  // as in Excel. Without them it would widen the scrolled area beyond the table, and the frozen
  // cells, which stick only within the table, would be pushed out of view at the far right.
  const uitsteek = vlak.scrollWidth - tabel.offsetWidth;
  if (uitsteek > 0) {
    const leeg = kolomPx(STANDAARD_BREEDTE);
    const extra = Math.min(GRENZEN.kolommen - breedte, Math.ceil(uitsteek / leeg));
    for (let c = breedte; c < breedte + extra; c++) {
      const col = el("col");
      col.style.width = `${leeg}px`;
      kolommen.append(col);
      const th = el("th", kolomLetters(c));
      th.scope = "col";
      kop.append(th);
      breedtes.push(leeg);
    }
    for (const [r, rij] of [...tbody.rows].entries())
      for (let c = breedte; c < breedte + extra; c++) {
        const td = el("td");
        if (r < vast.rijen) td.classList.add("vast-rij");
        td.dataset.kolom = kolomLetters(c);
        rij.append(td);
      }
    tabel.style.width = `${RIJKOP_PX + breedtes.reduce((s, b) => s + b, 0)}px`;
  }

  // Frozen rows and columns stay in view; their offsets are known only once the grid is laid out.
  const kopHoogte = kop.getBoundingClientRect().height;
  let boven = kopHoogte;
  [...tbody.rows].slice(0, vast.rijen).forEach((tr) => {
    for (const cel of tr.querySelectorAll<HTMLElement>("td.vast-rij, th")) cel.style.top = `${boven}px`;
    tr.querySelector("th")?.classList.add("vast-rij");
    boven += tr.getBoundingClientRect().height;
  });
  const links = new Map<string, number>();
  for (let c = 0, x = RIJKOP_PX; c < vast.kolommen; x += breedtes[c] ?? 0, c++) links.set(kolomLetters(c), x);
  for (const td of tbody.querySelectorAll<HTMLElement>("td.vast-kolom"))
    td.style.left = `${links.get(td.dataset.kolom ?? "")}px`;

  // Charts float over the cells of their anchor, as in Excel.
  const rijTop = (r: number) =>
    r < tbody.rows.length ? tbody.rows[r]!.offsetTop : tbody.offsetTop + tbody.offsetHeight;
  const kolomLinks = (c: number) => RIJKOP_PX + breedtes.slice(0, c).reduce((s, b) => s + b, 0);
  const grafiekPlekken = opmaak.grafieken
    .filter((g) => g.anchor.rij < hoogte && g.anchor.kolom < breedte)
    .map((grafiek) => {
      const { rij, kolom, rijen, kolommen: breed } = grafiek.anchor;
      const plek = el("div", undefined, "grafiek-plek");
      plek.style.top = `${rijTop(rij)}px`;
      plek.style.left = `${kolomLinks(kolom)}px`;
      plek.style.width = `${kolomLinks(Math.min(breedte, kolom + breed)) - kolomLinks(kolom)}px`;
      plek.style.height = `${rijTop(Math.min(hoogte, rij + rijen)) - rijTop(rij)}px`;
      vlak.append(plek);
      return { grafiek, plek };
    });
  return { grafiekPlekken };
}
