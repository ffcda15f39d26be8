/**
 * A chart specification (core/grafiek.ts, the same one the workbook adapters turn into an Excel
 * chart) laid out for the screen: every series' points in pixels, with the values they came from.
 * No DOM here: grafiek-view.ts draws the result as SVG, and the tests compare it with the spec.
 */
import type { Bereik } from "../core/adres";
import { isCellError, isEmpty, type CellValue } from "../core/cell";
import type { Grafiek } from "../core/grafiek";
import { metNotatie } from "./getalnotatie";

/** Series colours in order when a spec fixes none: the file adapter's palette (chart-parts.ts). */
export const REEKS_KLEUREN = ["#2E7D32", "#1565C0", "#9E9E9E", "#F9A825", "#6D4C41", "#8E24AA", "#00838F", "#C62828"];

export interface Punt {
  readonly x: number;
  readonly y: number;
  readonly waarde: number;
  readonly categorie: string;
}

export interface Staaf {
  readonly x: number;
  readonly y: number;
  readonly breedte: number;
  readonly hoogte: number;
  readonly waarde: number;
  readonly categorie: string;
}

export interface Reeks {
  readonly naam: string;
  readonly kleur: string;
  readonly referentie: boolean;
  /** Lines and markers for line, scatter and radar charts and for reference lines over bars. */
  readonly punten: readonly Punt[];
  /** Stacked bars. */
  readonly staven: readonly Staaf[];
}

export interface Label {
  readonly tekst: string;
  readonly x: number;
  readonly y: number;
}

export interface Tekening {
  readonly type: Grafiek["type"];
  readonly titel: string;
  readonly breedte: number;
  readonly hoogte: number;
  readonly reeksen: readonly Reeks[];
  /** Gridlines and their labels on the value axis (for radar: the rings). */
  readonly raster: readonly { readonly pad: string; readonly label: Label }[];
  readonly categorieLabels: readonly Label[];
  readonly yTitel?: string;
  /** The plot area. */
  readonly vlak: { readonly x: number; readonly y: number; readonly breedte: number; readonly hoogte: number };
}

type Cellen = readonly (readonly CellValue[])[];

function cellenVan(b: Bereik): { rij: number; kolom: number }[] {
  const uit: { rij: number; kolom: number }[] = [];
  for (let r = b.rij; r < b.rij + b.rijen; r++)
    for (let c = b.kolom; c < b.kolom + b.kolommen; c++) uit.push({ rij: r, kolom: c });
  return uit;
}

/** A series' values as the chart reads them: numbers only, a gap for anything else. */
export function waardenVan(cellen: Cellen, b: Bereik): (number | undefined)[] {
  return cellenVan(b).map(({ rij, kolom }) => {
    const v = cellen[rij]?.[kolom];
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
  });
}

export function labelsVan(cellen: Cellen, b: Bereik): string[] {
  return cellenVan(b).map(({ rij, kolom }) => {
    const v = cellen[rij]?.[kolom];
    if (isEmpty(v)) return "";
    if (isCellError(v)) return v.cellError;
    return typeof v === "number" ? metNotatie(v, undefined) : String(v);
  });
}

/** Round axis bounds and a step of 1, 2 or 5 times a power of ten, about five steps. */
function schaal(
  min: number,
  max: number,
  vastMin?: number,
  vastMax?: number,
): { min: number; max: number; stap: number } {
  let laag = vastMin ?? Math.min(0, min);
  let hoog = vastMax ?? max;
  if (!(hoog > laag)) hoog = laag + 1;
  const ruw = (hoog - laag) / 5;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const stap = [1, 2, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? ruw;
  if (vastMin === undefined) laag = Math.floor(laag / stap) * stap;
  if (vastMax === undefined) hoog = Math.ceil(hoog / stap) * stap;
  return { min: laag, max: hoog, stap };
}

const TITEL_HOOGTE = 26;
const LEGENDA_HOOGTE = 22;

export function tekenGrafiek(spec: Grafiek, cellen: Cellen, breedte: number, hoogte: number): Tekening {
  const categorieen = labelsVan(cellen, spec.categories);
  const reeksWaarden = spec.series.map((s) => waardenVan(cellen, s.values));
  const kleurVan = (i: number) => spec.series[i]!.kleur ?? REEKS_KLEUREN[i % REEKS_KLEUREN.length]!;
  const basis = {
    type: spec.type,
    titel: spec.title,
    breedte,
    hoogte,
    ...(spec.yTitle ? { yTitel: spec.yTitle } : {}),
  };

  if (spec.type === "radar") {
    const vlak = { x: 0, y: TITEL_HOOGTE, breedte, hoogte: hoogte - TITEL_HOOGTE - LEGENDA_HOOGTE };
    const mx = vlak.x + vlak.breedte / 2;
    const my = vlak.y + vlak.hoogte / 2;
    // Room beside the spokes for the aspects' names, which are written outward from the ends.
    const straal = Math.max(10, Math.min(vlak.breedte / 2 - 80, vlak.hoogte / 2 - 24));
    const alle = reeksWaarden.flat().filter((v): v is number => v !== undefined);
    const { max, stap } = schaal(
      0,
      alle.reduce((m, v) => Math.max(m, v), 0),
      0,
      spec.yMax,
    );
    const n = Math.max(1, categorieen.length);
    const hoek = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
    const plek = (i: number, v: number) => ({
      x: mx + Math.cos(hoek(i)) * straal * (v / max),
      y: my + Math.sin(hoek(i)) * straal * (v / max),
    });
    const raster = [];
    for (let ring = stap; ring <= max + 1e-9; ring += stap) {
      const hoeken = Array.from({ length: n }, (_, i) => plek(i, ring));
      raster.push({
        pad: `M${hoeken.map((p) => `${r1(p.x)},${r1(p.y)}`).join("L")}Z`,
        label: { tekst: metNotatie(ring, spec.yFormaat), x: mx + 3, y: my - straal * (ring / max) },
      });
    }
    return {
      ...basis,
      vlak,
      raster,
      categorieLabels: categorieen.map((tekst, i) => ({ tekst, ...plek(i, max * 1.08) })),
      reeksen: spec.series.map((s, i) => ({
        naam: s.name,
        kleur: kleurVan(i),
        referentie: s.referentie ?? false,
        staven: [],
        punten: reeksWaarden[i]!.flatMap((v, j) =>
          v === undefined ? [] : [{ ...plek(j, v), waarde: v, categorie: categorieen[j] ?? "" }],
        ),
      })),
    };
  }

  const vlak = {
    x: 44,
    y: TITEL_HOOGTE,
    breedte: Math.max(20, breedte - 44 - 12),
    hoogte: Math.max(20, hoogte - TITEL_HOOGTE - LEGENDA_HOOGTE - 22),
  };
  const gestapeld = spec.type === "barStacked";
  const staafReeksen = spec.series.map((s) => gestapeld && !s.referentie);
  // Stacked bars reach the sum of their category; other charts their largest value.
  const totalen = categorieen.map((_, j) =>
    reeksWaarden.reduce((som, w, i) => som + (staafReeksen[i] ? (w[j] ?? 0) : 0), 0),
  );
  const alle = reeksWaarden.flat().filter((v): v is number => v !== undefined);
  const laagste = alle.reduce((m, v) => Math.min(m, v), Infinity);
  const hoogste = Math.max(
    alle.reduce((m, v) => Math.max(m, v), -Infinity),
    gestapeld ? totalen.reduce((m, v) => Math.max(m, v), 0) : -Infinity,
  );
  const as = schaal(
    Number.isFinite(laagste) ? laagste : 0,
    Number.isFinite(hoogste) ? hoogste : 1,
    spec.yMin,
    spec.yMax,
  );
  const yVan = (v: number) => vlak.y + vlak.hoogte - ((v - as.min) / (as.max - as.min)) * vlak.hoogte;

  // Scatter: the categories are x values; otherwise the categories sit evenly, each in its own slot.
  const xWaarden = spec.type === "scatter" ? waardenVan(cellen, spec.categories) : [];
  const xs = xWaarden.filter((v): v is number => v !== undefined);
  const xMin = xs.reduce((m, v) => Math.min(m, v), Infinity);
  const xMax = xs.reduce((m, v) => Math.max(m, v), -Infinity);
  const vak = vlak.breedte / Math.max(1, categorieen.length);
  const xVan = (j: number) =>
    spec.type === "scatter" && xWaarden[j] !== undefined
      ? vlak.x + (xMax > xMin ? ((xWaarden[j]! - xMin) / (xMax - xMin)) * (vlak.breedte - 16) + 8 : vlak.breedte / 2)
      : vlak.x + vak * (j + 0.5);

  const raster = [];
  for (let v = as.min; v <= as.max + as.stap / 1000; v += as.stap) {
    const y = yVan(v);
    raster.push({
      pad: `M${vlak.x},${r1(y)}H${vlak.x + vlak.breedte}`,
      label: { tekst: metNotatie(v, spec.yFormaat), x: vlak.x - 4, y },
    });
  }
  const onder = new Array<number>(categorieen.length).fill(0);
  const reeksen: Reeks[] = spec.series.map((s, i) => {
    const waarden = reeksWaarden[i]!;
    const staven: Staaf[] = [];
    const punten: Punt[] = [];
    waarden.forEach((v, j) => {
      if (v === undefined) return;
      const categorie = categorieen[j] ?? "";
      if (staafReeksen[i]) {
        const top = yVan(onder[j]! + v);
        staven.push({
          x: xVan(j) - vak * 0.3,
          y: top,
          breedte: vak * 0.6,
          hoogte: yVan(onder[j]!) - top,
          waarde: v,
          categorie,
        });
        onder[j]! += v;
      } else punten.push({ x: xVan(j), y: yVan(v), waarde: v, categorie });
    });
    return { naam: s.name, kleur: kleurVan(i), referentie: s.referentie ?? false, punten, staven };
  });
  // Scatter charts rank pupils: their x labels would crowd the axis, so only the line of names is left out.
  const categorieLabels =
    spec.type === "scatter" ? [] : categorieen.map((tekst, j) => ({ tekst, x: xVan(j), y: vlak.y + vlak.hoogte + 14 }));
  return { ...basis, vlak, raster, categorieLabels, reeksen };
}

function r1(v: number): number {
  return Math.round(v * 10) / 10;
}
