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

/** Which colour each cell gets, from our rules: AND(N("LVS Analyse")=0,$K6="donkergroen") on a range. */
export function kleurenVan(cellen: readonly (readonly CellValue[])[], regels: readonly Kleurregel[]): Map<string, Kleur> {
  const kleuren = new Map<string, Kleur>();
  for (const regel of regels) {
    const bereik = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(regel.ref);
    const label = /\$([A-Z]+)(\d+)="([a-z]+)"/.exec(regel.formula);
    if (!bereik || !label || !(KLEUREN as readonly string[]).includes(label[3]!)) continue;
    const [r0, c0] = [Number(bereik[2]) - 1, kolomNummer(bereik[1]!)];
    const [r1, c1] = [Number(bereik[4] ?? bereik[2]) - 1, kolomNummer(bereik[3] ?? bereik[1]!)];
    const labelKolom = kolomNummer(label[1]!);
    const verschuiving = Number(label[2]) - 1 - r0;
    for (let r = r0; r <= r1; r++) {
      if (cellen[r + verschuiving]?.[labelKolom] !== label[3]) continue;
      for (let c = c0; c <= c1; c++) kleuren.set(`${r}:${c}`, label[3] as Kleur);
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
  if (cellen.length > MAX_RIJEN) container.append(el("p", `Alleen de eerste ${MAX_RIJEN} rijen staan hier; het gedownloade bestand bevat alles.`, "uitleg"));
}
