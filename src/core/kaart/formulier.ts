/**
 * A template and the workbook's data laid out as a form on a grid: column A holds labels and
 * questions, B–F the answers (yellow, bordered, wrapping), G where a filled-in value came from.
 * Pure: the workbook layer turns it into changes. Every filled-in value is also listed as a
 * `Plek` by section title, row label and column header, so a second run can find it again in a
 * card the user has since edited, even with rows inserted.
 */
import type { Bereik } from "../adres";
import type { CellValue } from "../cell";
import { KLEUR_OPMAAK } from "../kleur";
import type { DataRij, Gegevens, Velden, Vulling } from "./gegevens";
import { KEUZES, type Kolom, type Onderdeel, type Sjabloon } from "./sjabloon";

export interface FormCel {
  readonly waarde: string | number | null;
  readonly notatie?: string;
  readonly vet?: boolean;
  readonly cursief?: boolean;
  /** The cell's background colour. */
  readonly achtergrond?: string;
  readonly tekstkleur?: string;
  readonly omlijnd?: boolean;
  readonly terugloop?: boolean;
}

export interface Plek {
  readonly sectie: string;
  /** The text in column A of the row: a field label, a question, or a table row label. */
  readonly rij: string;
  /** The table column header; undefined for a field or question (answer in column B). */
  readonly kolom?: string;
  readonly vulling: Vulling;
  readonly cel: { readonly rij: number; readonly kolom: number };
}

export interface Formulier {
  readonly cellen: readonly (readonly (FormCel | undefined)[])[];
  readonly samenvoegingen: readonly Bereik[];
  readonly keuzelijsten: readonly { readonly bereik: Bereik; readonly keuzes: readonly string[] }[];
  readonly tabellen: readonly { readonly bereik: Bereik; readonly naam: string; readonly koppen: readonly string[] }[];
  readonly hoogtes: readonly { readonly rij: number; readonly hoogte: number }[];
  /** Column widths in characters, A to G. */
  readonly breedtes: readonly number[];
  /** Rows that repeat at the top of every printed page. */
  readonly titelRijen: number;
  readonly secties: readonly string[];
  readonly plekken: readonly Plek[];
}

/** Answer columns B–F; G is the source column. */
const ANTWOORD = { van: 1, tot: 5 } as const;
export const BRON_KOLOM = 6;
export const BRON_KOP = "Bron";
const BREEDTES = [28, 13, 13, 13, 13, 13, 20] as const;
const REGELHOOGTE = 15;

const STIJL = {
  titel: { vet: true },
  sectie: { vet: true, achtergrond: "#2E7D32", tekstkleur: "#FFFFFF" },
  uitleg: { cursief: true, terugloop: true },
  kop: { vet: true, achtergrond: "#E8F1E9", omlijnd: true, terugloop: true },
  label: { vet: true, terugloop: true, achtergrond: "#F3F3F3", omlijnd: true },
  antwoord: { achtergrond: "#FFF4CE", omlijnd: true, terugloop: true },
  bron: { cursief: true, tekstkleur: "#6B6B6B", terugloop: true },
} as const satisfies Record<string, Partial<FormCel>>;

/** Lines a text needs in a width of `tekens` characters; bold text is a little wider than the digit Excel measures in. */
function regels(tekst: string, tekens: number): number {
  const perRegel = Math.max(1, Math.floor(tekens * 0.95));
  return tekst.split("\n").reduce((n, deel) => n + Math.max(1, Math.ceil(deel.length / perRegel)), 0);
}

function breedte(van: number, aantal: number): number {
  return BREEDTES.slice(van, van + aantal).reduce((a, b) => a + b, 0);
}

/** A name Excel accepts for a table and that no other sheet's table has: derived from the sheet's own name. */
export function tabelNaam(basis: string, blad: string): string {
  return `${basis}_${blad}`
    .normalize("NFD")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/_$/, "");
}

/** The highest row Excel allows, in points. */
export const MAX_RIJHOOGTE = 409;

/** Lines of text that fit in the highest row. */
const MAX_LIJNEN = Math.floor((MAX_RIJHOOGTE - 3) / REGELHOOGTE);

/**
 * A text cut into pieces that each fit in `tekens` characters wide and `maxLijnen` lines high: at
 * line breaks, spaces or commas where it can, so a long list of names continues on the next row
 * instead of hiding past the end of a row Excel will not make higher.
 */
export function knipTekst(tekst: string, tekens: number, maxLijnen: number = MAX_LIJNEN): string[] {
  const perStuk = Math.max(1, Math.floor(tekens * 0.95)) * maxLijnen;
  const stukken: string[] = [];
  let huidig = "";
  const voegToe = (deel: string) => {
    if (huidig !== "" && regels(huidig + deel, tekens) > maxLijnen) {
      stukken.push(huidig.trimEnd());
      huidig = deel.trimStart();
    } else huidig += deel;
  };
  // Items of a list (after a comma or a line break) stay whole where they fit; else words, else characters.
  for (const item of tekst.split(/(?<=[,;]\s|\n)/)) {
    if (regels(item, tekens) <= maxLijnen) voegToe(item);
    else
      for (const woord of item.split(/(?<=\s)/))
        for (let i = 0; i < woord.length; i += perStuk) voegToe(woord.slice(i, i + perStuk));
  }
  if (huidig.trim() !== "" || stukken.length === 0) stukken.push(huidig.trimEnd());
  return stukken;
}

/** The label of a row that carries on the answer of the row above it. */
export const VERVOLG = "(vervolg)";

class Opbouw {
  readonly cellen: (FormCel | undefined)[][] = [];
  readonly samenvoegingen: Bereik[] = [];
  readonly keuzelijsten: { bereik: Bereik; keuzes: readonly string[] }[] = [];
  readonly tabellen: { bereik: Bereik; naam: string; koppen: string[] }[] = [];
  readonly hoogtes: { rij: number; hoogte: number }[] = [];
  readonly secties: string[] = [];
  readonly plekken: Plek[] = [];

  get rij(): number {
    return this.cellen.length;
  }

  /** A new row; `lijnen` is the height it needs in lines (undefined leaves it to Excel). */
  regel(cellen: (FormCel | undefined)[], lijnen?: number): number {
    const r = this.cellen.length;
    this.cellen.push(cellen);
    // Excel refuses rows over 409 points; longer text scrolls within the cell instead.
    if (lijnen !== undefined && lijnen > 1)
      this.hoogtes.push({ rij: r, hoogte: Math.min(MAX_RIJHOOGTE, lijnen * REGELHOOGTE + 3) });
    return r;
  }

  voeg(rij: number, kolom: number, kolommen: number): void {
    if (kolommen > 1) this.samenvoegingen.push({ rij, kolom, rijen: 1, kolommen });
  }

  /** A row across the whole width (title, section, explanation). */
  breed(cel: FormCel, lijnen?: number): number {
    const r = this.regel([cel], lijnen);
    this.voeg(r, 0, BREEDTES.length);
    return r;
  }

  keuze(bereik: Bereik, lijst: keyof typeof KEUZES | undefined): void {
    if (lijst) this.keuzelijsten.push({ bereik, keuzes: KEUZES[lijst] });
  }
}

function bronTekst(vullingen: readonly (Vulling | undefined)[]): string | undefined {
  const bronnen = [...new Set(vullingen.map((v) => v?.bron).filter((b): b is string => !!b))];
  return bronnen.length === 0 ? undefined : bronnen.join("; ");
}

function antwoord(v: Vulling | undefined): FormCel {
  return {
    ...STIJL.antwoord,
    waarde: v?.waarde ?? null,
    ...(v?.notatie ? { notatie: v.notatie } : {}),
    ...(v?.kleur ? { achtergrond: KLEUR_OPMAAK[v.kleur].achtergrond, tekstkleur: KLEUR_OPMAAK[v.kleur].tekst } : {}),
  };
}

/** One labelled answer over B–F: a field of the header or a question. */
function vraagRij(
  o: Opbouw,
  sectie: string,
  label: string,
  v: Vulling | undefined,
  lijnen: number,
  keuze?: keyof typeof KEUZES,
): void {
  const bron = bronTekst([v]);
  // An answer longer than the highest row continues on rows of its own below.
  const [eerste, ...vervolg] = typeof v?.waarde === "string" ? knipTekst(v.waarde, breedte(1, 5)) : [];
  const eigen = v && vervolg.length > 0 ? { ...v, waarde: eerste! } : v;
  const nodig = Math.max(
    lijnen,
    regels(label, BREEDTES[0]),
    eigen ? regels(String(eigen.waarde), breedte(1, 5)) : 1,
    bron ? regels(bron, BREEDTES[BRON_KOLOM]) : 1,
  );
  const r = o.regel(
    [
      { ...STIJL.label, waarde: label },
      antwoord(eigen),
      undefined,
      undefined,
      undefined,
      undefined,
      bron ? { ...STIJL.bron, waarde: bron } : undefined,
    ],
    nodig,
  );
  o.voeg(r, ANTWOORD.van, ANTWOORD.tot);
  o.keuze({ rij: r, kolom: ANTWOORD.van, rijen: 1, kolommen: 1 }, keuze);
  if (eigen?.bron) o.plekken.push({ sectie, rij: label, vulling: eigen, cel: { rij: r, kolom: ANTWOORD.van } });
  for (const stuk of vervolg) {
    const rij = o.regel(
      [{ ...STIJL.label, waarde: VERVOLG }, antwoord({ ...v!, waarde: stuk })],
      regels(stuk, breedte(1, 5)),
    );
    o.voeg(rij, ANTWOORD.van, ANTWOORD.tot);
  }
}

function sectieKop(o: Opbouw, titel: string, uitleg?: string): void {
  o.regel([]);
  o.breed({ ...STIJL.sectie, waarde: titel });
  o.secties.push(titel);
  if (uitleg) o.breed({ ...STIJL.uitleg, waarde: uitleg }, regels(uitleg, breedte(0, 7)));
}

interface TabelRij {
  readonly label: string;
  readonly velden: Velden;
}

function tabelRijen(onderdeel: Extract<Onderdeel, { soort: "tabel" }>, gegevens: Gegevens): TabelRij[] {
  const { rijen } = onderdeel;
  if (typeof rijen === "number") return Array.from({ length: rijen }, () => ({ label: "", velden: {} }));
  if (Array.isArray(rijen))
    return (rijen as readonly string[]).map((label) => ({
      label,
      velden: (label && gegevens.perLabel?.[label]) || {},
    }));
  const data: readonly DataRij[] = gegevens.rijen[rijen as keyof Gegevens["rijen"]] ?? [];
  // Without data the table still gets rows to write in.
  return data.length > 0
    ? [...data]
    : [
        { label: "", velden: {} },
        { label: "", velden: {} },
      ];
}

function tabel(o: Opbouw, onderdeel: Extract<Onderdeel, { soort: "tabel" }>, gegevens: Gegevens, blad: string): void {
  const [eerste, ...rest] = onderdeel.kolommen;
  if (!eerste) return;
  sectieKop(o, onderdeel.titel, onderdeel.uitleg);
  // Column positions: the first in A, the rest over B–F by their width.
  const posities: { kolom: Kolom; van: number; aantal: number }[] = [{ kolom: eerste, van: 0, aantal: 1 }];
  let volgende = ANTWOORD.van;
  for (const kolom of rest) {
    posities.push({ kolom, van: volgende, aantal: kolom.breedte ?? 1 });
    volgende += kolom.breedte ?? 1;
  }
  if (volgende > ANTWOORD.tot + 1) throw new Error(`Tabel ${onderdeel.titel} is breder dan het formulier`);
  const rijen = tabelRijen(onderdeel, gegevens);
  // A source column only where the workbook's data fills something in (or will, for data rows).
  const metBron =
    !onderdeel.excelTabel &&
    (typeof onderdeel.rijen === "string" ||
      rijen.some((r) => onderdeel.kolommen.some((k) => k.vulling && r.velden[k.vulling]?.bron)));

  const kopRij: (FormCel | undefined)[] = [];
  for (const p of posities) kopRij[p.van] = { ...STIJL.kop, waarde: p.kolom.kop };
  if (metBron) kopRij[BRON_KOLOM] = { ...STIJL.kop, waarde: BRON_KOP };
  const kopLijnen = Math.max(...posities.map((p) => regels(p.kolom.kop, breedte(p.van, p.aantal))));
  const kop = o.regel(kopRij, kopLijnen);
  posities.forEach((p) => o.voeg(kop, p.van, p.aantal));

  const eersteRij = o.rij;
  for (const rij of rijen) {
    const cellen: (FormCel | undefined)[] = [];
    const vullingen: Vulling[] = [];
    let lijnen = 1;
    // A value longer than the highest row continues in the same column on rows of its own below.
    const vervolg: { p: (typeof posities)[number]; v: Vulling; stukken: string[] }[] = [];
    const eigen = (p: (typeof posities)[number]): Vulling | undefined => {
      const v = p.kolom.vulling ? rij.velden[p.kolom.vulling] : undefined;
      if (typeof v?.waarde !== "string" || (p.van === 0 && rij.label !== "")) return v;
      const [eerste, ...rest] = knipTekst(v.waarde, breedte(p.van, p.aantal));
      if (rest.length === 0) return v;
      vervolg.push({ p, v, stukken: rest });
      return { ...v, waarde: eerste! };
    };
    const eigenV = new Map(posities.map((p) => [p, eigen(p)]));
    for (const p of posities) {
      const v = eigenV.get(p);
      const isLabel = p.van === 0 && rij.label !== "";
      cellen[p.van] = isLabel ? { ...STIJL.label, waarde: rij.label } : antwoord(v);
      if (v && !isLabel) {
        vullingen.push(v);
        lijnen = Math.max(lijnen, regels(String(v.waarde), breedte(p.van, p.aantal)));
      }
      if (isLabel) lijnen = Math.max(lijnen, regels(rij.label, BREEDTES[0]));
    }
    const bron = metBron ? bronTekst(vullingen) : undefined;
    if (bron) {
      cellen[BRON_KOLOM] = { ...STIJL.bron, waarde: bron };
      lijnen = Math.max(lijnen, regels(bron, BREEDTES[BRON_KOLOM]));
    }
    const r = o.regel(cellen, lijnen);
    posities.forEach((p) => o.voeg(r, p.van, p.aantal));
    const langste = vervolg.reduce((n, x) => Math.max(n, x.stukken.length), 0);
    for (let i = 0; i < langste; i++) {
      const verder: (FormCel | undefined)[] = [{ ...STIJL.label, waarde: VERVOLG }];
      let hoog = 1;
      for (const { p, v, stukken } of vervolg) {
        const stuk = stukken[i];
        if (stuk === undefined) continue;
        verder[p.van] = antwoord({ ...v, waarde: stuk });
        hoog = Math.max(hoog, regels(stuk, breedte(p.van, p.aantal)));
      }
      const rv = o.regel(verder, hoog);
      posities.forEach((p) => o.voeg(rv, p.van, p.aantal));
    }
    for (const p of posities) {
      const v = eigenV.get(p);
      if (v?.bron && p.van > 0 && rij.label)
        o.plekken.push({
          sectie: onderdeel.titel,
          rij: rij.label,
          kolom: p.kolom.kop,
          vulling: v,
          cel: { rij: r, kolom: p.van },
        });
    }
  }
  // Rows as written, continued values included.
  const geschreven = o.rij - eersteRij;
  for (const p of posities) o.keuze({ rij: eersteRij, kolom: p.van, rijen: geschreven, kolommen: 1 }, p.kolom.keuze);
  if (onderdeel.excelTabel) {
    if (posities.some((p) => p.aantal > 1))
      throw new Error(`Tabel ${onderdeel.titel}: een Excel-tabel kan geen samengevoegde cellen hebben`);
    o.tabellen.push({
      bereik: { rij: kop, kolom: 0, rijen: geschreven + 1, kolommen: posities.length },
      naam: tabelNaam(onderdeel.excelTabel, blad),
      koppen: posities.map((p) => p.kolom.kop),
    });
  }
}

export function maakFormulier(sjabloon: Sjabloon, gegevens: Gegevens, blad: string): Formulier {
  const o = new Opbouw();
  o.breed({ ...STIJL.titel, waarde: sjabloon.titel });
  const uitleg = `${sjabloon.uitleg} Vul de gele cellen in. Wat al is ingevuld komt uit deze werkmap; kolom ${BRON_KOP} zegt waarvandaan. Maak je de kaart opnieuw, dan vult LVS Analyse alleen lege cellen aan.`;
  o.breed({ ...STIJL.uitleg, waarde: uitleg }, regels(uitleg, breedte(0, 7)));

  for (const onderdeel of sjabloon.onderdelen) {
    switch (onderdeel.soort) {
      case "velden":
        sectieKop(o, onderdeel.titel);
        for (const veld of onderdeel.velden)
          vraagRij(
            o,
            onderdeel.titel,
            veld.label,
            veld.vulling ? gegevens.velden[veld.vulling] : undefined,
            1,
            veld.keuze,
          );
        break;
      case "vragen": {
        const blokken: { titel: string; velden: Velden }[] = onderdeel.perVaardigheid
          ? (gegevens.rijen.vaardigheden ?? []).map((r) => ({
              titel: `${onderdeel.titel}: ${r.label}`,
              velden: r.velden,
            }))
          : [{ titel: onderdeel.titel, velden: gegevens.velden }];
        if (blokken.length === 0) blokken.push({ titel: onderdeel.titel, velden: {} });
        for (const blok of blokken) {
          sectieKop(o, blok.titel, onderdeel.uitleg);
          for (const vraag of onderdeel.vragen)
            vraagRij(
              o,
              blok.titel,
              vraag.vraag,
              vraag.vulling ? blok.velden[vraag.vulling] : undefined,
              vraag.regels,
              vraag.keuze,
            );
        }
        break;
      }
      case "tabel":
        tabel(o, onderdeel, gegevens, blad);
        break;
      case "lijst": {
        sectieKop(o, onderdeel.titel, onderdeel.uitleg);
        for (const tekst of [...onderdeel.regels, ...Array<string>(onderdeel.leeg).fill("")]) {
          const r = o.regel([{ ...STIJL.antwoord, waarde: tekst || null }], Math.max(2, regels(tekst, breedte(0, 6))));
          o.voeg(r, 0, 6);
        }
        break;
      }
    }
  }

  return {
    cellen: o.cellen,
    samenvoegingen: o.samenvoegingen,
    keuzelijsten: o.keuzelijsten,
    tabellen: o.tabellen,
    hoogtes: o.hoogtes,
    breedtes: BREEDTES,
    titelRijen: 1,
    secties: o.secties,
    plekken: o.plekken,
  };
}

const tekstVan = (v: CellValue): string => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");

/**
 * Where a value of the card is in a sheet as the user has it now: the section by its title, the
 * row by the text in column A, the column by its header. Undefined when the user removed it.
 */
export function zoekPlek(
  cellen: readonly (readonly CellValue[])[],
  secties: readonly string[],
  plek: Pick<Plek, "sectie" | "rij" | "kolom">,
): { rij: number; kolom: number; bronKolom: number | undefined } | undefined {
  const start = cellen.findIndex((r) => tekstVan(r[0]) === plek.sectie);
  if (start < 0) return undefined;
  const titels = new Set(secties);
  let eind = cellen.findIndex((r, i) => i > start && titels.has(tekstVan(r[0])));
  if (eind < 0) eind = cellen.length;
  let kolom: number = ANTWOORD.van;
  let bronKolom: number | undefined = BRON_KOLOM;
  let vanaf = start + 1;
  if (plek.kolom !== undefined) {
    const kop = cellen.findIndex((r, i) => i > start && i < eind && r.some((v) => tekstVan(v) === plek.kolom));
    if (kop < 0) return undefined;
    kolom = cellen[kop]!.findIndex((v) => tekstVan(v) === plek.kolom);
    const b = cellen[kop]!.findIndex((v) => tekstVan(v) === BRON_KOP);
    bronKolom = b >= 0 ? b : undefined;
    vanaf = kop + 1;
  }
  for (let r = vanaf; r < eind; r++) if (tekstVan(cellen[r]?.[0]) === plek.rij) return { rij: r, kolom, bronKolom };
  return undefined;
}
