/**
 * A sheet as a table in the out-of-Excel mode, with the add-in's colours applied: the same rule
 * Excel follows, a score cell takes the colour its Kleur label names.
 */
import { kolomLetters } from "../core/adres";
import { isCellError, isEmpty, type CellValue } from "../core/cell";
import { KLEUR_OPMAAK, KLEUREN, type Kleur } from "../core/kleur";
import { el } from "./dom";

/** One of the add-in's conditional formats as the file holds it. */
export interface Kleurregel {
  readonly ref: string;
  readonly formula: string;
}

const MAX_RIJEN = 400;
const MAX_KOLOMMEN = 60;

function tekst(value: CellValue): string {
  if (isEmpty(value)) return "";
  if (isCellError(value)) return value.cellError;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : value.toLocaleString("nl-NL", { maximumFractionDigits: 2 });
  return String(value);
}

function kolomNummer(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The label each column of a rule reads: per column from IF(OR(COLUMN()=4,…),$N2,…), or one for all. */
function labelsVan(formule: string): { perKolom: Map<number, { kolom: number; rij: number }>; overal?: { kolom: number; rij: number } } {
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
export function kleurenVan(cellen: readonly (readonly CellValue[])[], regels: readonly Kleurregel[]): Map<string, Kleur> {
  const kleuren = new Map<string, Kleur>();
  for (const regel of regels) {
    const kleur = /="([a-z]+)"\)$/.exec(regel.formula)?.[1];
    if (!kleur || !(KLEUREN as readonly string[]).includes(kleur)) continue;
    const bereiken = regel.ref
      .split(/[\s,]+/)
      .map((a) => /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ r0: Number(m[2]) - 1, c0: kolomNummer(m[1]!), r1: Number(m[4] ?? m[2]) - 1, c1: kolomNummer(m[3] ?? m[1]!) }));
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

export function renderTabel(container: HTMLElement, naam: string, cellen: readonly (readonly CellValue[])[], regels: readonly Kleurregel[]): void {
  const kleuren = kleurenVan(cellen, regels);
  const breedte = Math.min(MAX_KOLOMMEN, Math.max(0, ...cellen.map((r) => r.length)));
  const hoogte = Math.min(MAX_RIJEN, cellen.length);
  const tabel = el("table", undefined, "blad");
  tabel.setAttribute("aria-label", `Blad ${naam}`);
  const kop = el("tr");
  kop.append(el("th", ""));
  for (let c = 0; c < breedte; c++) kop.append(el("th", kolomLetters(c)));
  const thead = el("thead");
  thead.append(kop);
  const tbody = el("tbody");
  for (let r = 0; r < hoogte; r++) {
    const rij = el("tr");
    rij.append(el("th", String(r + 1)));
    for (let c = 0; c < breedte; c++) {
      const td = el("td", tekst(cellen[r]?.[c]));
      const kleur = kleuren.get(`${r}:${c}`);
      if (kleur) {
        td.style.background = KLEUR_OPMAAK[kleur].vulling;
        td.style.color = KLEUR_OPMAAK[kleur].tekst;
        td.dataset.kleur = kleur;
      }
      if (typeof cellen[r]?.[c] === "number") td.className = "getal";
      rij.append(td);
    }
    tbody.append(rij);
  }
  tabel.append(thead, tbody);
  const omhulsel = el("div", undefined, "tabel-omhulsel");
  omhulsel.tabIndex = 0;
  omhulsel.append(tabel);
  container.replaceChildren(el("h2", `Blad ${naam}`), omhulsel);
  if (cellen.length > MAX_RIJEN) container.append(el("p", `Alleen de eerste ${MAX_RIJEN} regels staan hier; de download bevat alles.`, "uitleg"));
}
