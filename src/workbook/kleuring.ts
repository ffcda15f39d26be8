/**
 * The group actions on a workbook: colour a group sheet, remove the colouring, make a Normen sheet.
 * Each reads once and applies one batch of changes. The user's cells are never written: helper
 * columns and the legend go to the right of everything on the sheet, and what the add-in made
 * before is only replaced after the user said yes.
 */
import type { Bereik } from "../core/adres";
import { bereikAdres } from "../core/adres";
import { isEmpty, type CellValue } from "../core/cell";
import { renderFormula, toCell } from "../core/groep/expressie";
import { normNaam, planKleuring, REGEL_MERK, type Kleurplan, type Normkeuze, type NormenBlad } from "../core/groep/kleurplan";
import { KLEUR_OPMAAK } from "../core/kleur";
import { vindIndeling, type Kolomindeling } from "../core/overzicht/indeling";
import { leesOverzicht, type Melding, type Overzicht } from "../core/overzicht/metingen";
import type { Change, PlannedCell, SheetRead, WorkbookPort } from "./port";

export const NORMEN_BLAD = "Normen";
const KOP_OPMAAK = { fill: "#E8F1E9", bold: true } as const;
const HULPKOLOM_BREEDTE = 16;
const LEGENDA_BREEDTE = 70;
const LEGENDA_TITEL = "Legenda LVS Analyse";

export const indelingSleutel = (blad: string) => `lvs.indeling.${blad}`;
const KLEURING = "lvs.kleuring.";
const kleuringSleutel = (blad: string) => `${KLEURING}${blad}`;

/** What the add-in wrote on a sheet, so it can recognise and remove exactly that. */
interface KleuringRecord {
  readonly norm: Normkeuze;
  readonly kopRij: number;
  readonly laatsteRij: number;
  readonly kolommen: readonly { readonly kolom: number; readonly kop: string }[];
  readonly legenda: Bereik;
  /** A mapping the user set is kept after removal; a detected one goes with the colouring. */
  readonly indelingVanGebruiker: boolean;
}

export type KleurResultaat =
  | {
      readonly status: "klaar";
      readonly blad: string;
      readonly indeling: Kolomindeling;
      readonly plan: Kleurplan;
      readonly meldingen: readonly Melding[];
      readonly tekst: string;
    }
  | { readonly status: "bevestigen"; readonly blad: string; readonly vraag: string }
  | { readonly status: "geenOverzicht"; readonly blad: string; readonly tekst: string };

export interface KleurVerzoek {
  readonly blad: string;
  readonly norm: Normkeuze;
  /** A mapping the user corrected; otherwise the remembered one or a fresh detection. */
  readonly indeling?: Kolomindeling;
  /** The user agreed to replace the add-in's earlier colouring of this sheet. */
  readonly vervangen?: boolean;
}

function parse<T>(json: string | undefined): T | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

function tekstIn(value: CellValue): string {
  return typeof value === "string" ? value.trim() : "";
}

/** Our earlier columns still ours? Only when the header cells still say what we wrote. */
function eigenKolommen(record: KleuringRecord, cellen: CellValue[][]) {
  return record.kolommen.filter((k) => tekstIn(cellen[record.kopRij]?.[k.kolom]) === k.kop);
}

function legendaIsVanOns(record: KleuringRecord, cellen: CellValue[][]): boolean {
  return tekstIn(cellen[record.legenda.rij]?.[record.legenda.kolom]) === LEGENDA_TITEL;
}

/** What the add-in made on a sheet, and the name it was made under when the sheet has been renamed since. */
interface Gevonden {
  readonly record?: KleuringRecord;
  readonly oudeNaam?: string;
}

/**
 * The record of a sheet's colouring: under its name, or, for a renamed sheet, the record whose
 * legend and column headers (our markers) are still on it. A copy of a coloured sheet matches too,
 * but then the original still exists and keeps its own record.
 */
async function vindKleuring(port: WorkbookPort, settings: Readonly<Record<string, string>>, blad: SheetRead): Promise<Gevonden> {
  const eigen = parse<KleuringRecord>(settings[kleuringSleutel(blad.naam)]);
  if (eigen) return { record: eigen };
  for (const [sleutel, json] of Object.entries(settings)) {
    if (!sleutel.startsWith(KLEURING)) continue;
    const record = parse<KleuringRecord>(json);
    if (!record || !legendaIsVanOns(record, blad.cellen) || eigenKolommen(record, blad.cellen).length === 0) continue;
    const oudeNaam = sleutel.slice(KLEURING.length);
    const { sheets } = await port.read({ sheets: [oudeNaam], regelsVan: [blad.naam] });
    return sheets[0] ? { record } : { record, oudeNaam };
  }
  return {};
}

/** The settings as if the remembered mapping had been made under the sheet's present name. */
function onderNieuweNaam(settings: Readonly<Record<string, string>>, naam: string, oudeNaam: string | undefined): Readonly<Record<string, string>> {
  const oud = oudeNaam ? settings[indelingSleutel(oudeNaam)] : undefined;
  return oud && !settings[indelingSleutel(naam)] ? { ...settings, [indelingSleutel(naam)]: oud } : settings;
}

/** Forgets what was remembered under the old name of a renamed sheet. */
function vergeetOudeNaam(oudeNaam: string | undefined): Change[] {
  if (!oudeNaam) return [];
  return [
    { kind: "setting", key: kleuringSleutel(oudeNaam), value: undefined },
    { kind: "setting", key: indelingSleutel(oudeNaam), value: undefined },
  ];
}

function zonder(cellen: CellValue[][], bereiken: readonly Bereik[]): CellValue[][] {
  const kopie = cellen.map((r) => r.slice());
  for (const b of bereiken) {
    for (let r = b.rij; r < b.rij + b.rijen; r++) {
      for (let c = b.kolom; c < b.kolom + b.kolommen; c++) if (kopie[r]) kopie[r]![c] = null;
    }
  }
  return kopie;
}

/** The first column right of every filled cell on the sheet. */
function vrijeKolom(cellen: CellValue[][]): number {
  let breedte = 0;
  for (const rij of cellen) {
    for (let c = rij.length - 1; c >= breedte; c--) {
      if (!isEmpty(rij[c])) {
        breedte = c + 1;
        break;
      }
    }
  }
  return breedte;
}

/**
 * Formatting further right than this many columns past the last value is taken for whole rows
 * formatted at once, not for a table: the columns then go right of the values, not off to column XFD.
 */
const VER_OPGEMAAKT = 26;

/**
 * Where the add-in's columns start: right of every value and of the user's formatted empty cells
 * (borders drawn over a wider area), so that removing them gives that formatting back. Our own
 * earlier columns (`eigen`) are formatted too; the user's formatting ends before them.
 */
function beginKolom(cellen: CellValue[][], breedte: number | undefined, eigen: readonly Bereik[]): number {
  const waarden = vrijeKolom(cellen);
  if (breedte === undefined) return waarden;
  const vanOns = eigen.length > 0 ? Math.min(...eigen.map((b) => b.kolom)) - 1 : Infinity;
  const opgemaakt = Math.min(breedte, vanOns);
  return opgemaakt > waarden && opgemaakt - waarden <= VER_OPGEMAAKT ? opgemaakt : waarden;
}

function normenBlad(read: SheetRead | undefined): NormenBlad | undefined {
  if (!read || read.cellen.length < 2) return undefined;
  const breedte = vrijeKolom(read.cellen);
  return { blad: read.naam, adres: bereikAdres({ rij: 0, kolom: 0, rijen: read.cellen.length, kolommen: breedte }, true), cellen: read.cellen };
}

function opruimen(blad: string, record: KleuringRecord | undefined, cellen: CellValue[][]): { changes: Change[]; vrij: Bereik[] } {
  const changes: Change[] = [{ kind: "removeRules", sheet: blad, marker: REGEL_MERK }];
  if (!record) return { changes, vrij: [] };
  const vrij: Bereik[] = eigenKolommen(record, cellen).map((k) => ({
    rij: record.kopRij,
    kolom: k.kolom,
    rijen: record.laatsteRij - record.kopRij + 1,
    kolommen: 1,
  }));
  if (legendaIsVanOns(record, cellen)) vrij.push(record.legenda);
  changes.push(...vrij.map((range): Change => ({ kind: "clear", sheet: blad, range })));
  // Columns right of the user's table had the standard width before the add-in widened them.
  changes.push(...vrij.map((range): Change => ({ kind: "columnWidth", sheet: blad, col: range.kolom, width: undefined })));
  return { changes, vrij };
}

function schrijfPlan(plan: Kleurplan, laatsteRij: number): Change[] {
  const changes: Change[] = [];
  const blad = plan.blad;
  for (const kolom of plan.hulpkolommen) {
    const cellen: (PlannedCell | undefined)[][] = [[{ value: kolom.kop, ...KOP_OPMAAK }]];
    const perRij = new Map(kolom.cellen.map((c) => [c.rij, c]));
    for (let r = plan.kopRij + 1; r <= laatsteRij; r++) {
      const cel = perRij.get(r);
      cellen.push([
        cel
          ? {
              formula: renderFormula(cel.expr),
              value: toCell(cel.waarde),
              ...(kolom.getalnotatie ? { numberFormat: kolom.getalnotatie } : {}),
            }
          : undefined,
      ]);
    }
    changes.push({ kind: "cells", sheet: blad, row: plan.kopRij, col: kolom.kolom, cells: cellen });
    changes.push({ kind: "columnWidth", sheet: blad, col: kolom.kolom, width: HULPKOLOM_BREEDTE });
  }
  for (const regel of plan.regels) {
    const opmaak = KLEUR_OPMAAK[regel.kleur];
    changes.push({ kind: "addRule", sheet: blad, ranges: regel.bereiken, formula: regel.formule, fill: opmaak.vulling, fontColor: opmaak.tekst });
  }
  const { legenda } = plan;
  changes.push({ kind: "columnWidth", sheet: blad, col: legenda.kolom, width: LEGENDA_BREEDTE });
  changes.push({
    kind: "cells",
    sheet: blad,
    row: legenda.rij,
    col: legenda.kolom,
    cells: legenda.regels.map((r) => [
      {
        value: r.tekst,
        ...(r.vet ? { bold: true } : {}),
        ...(r.kleur ? { fill: KLEUR_OPMAAK[r.kleur].vulling, fontColor: KLEUR_OPMAAK[r.kleur].tekst } : {}),
      },
    ]),
  });
  return changes;
}

function telling(plan: Kleurplan, norm: Normkeuze): string {
  const leerlingen = new Set(plan.uitkomsten.filter((u) => u.kleur !== "").map((u) => u.leerling)).size;
  const zonderVorige = plan.uitkomsten.filter((u) => u.leergroei === undefined).length;
  const op = norm === "geen" ? "op leergroei (zonder norm)" : `op ${normNaam(norm)}`;
  return `${leerlingen} leerlingen gekleurd ${op}; ${zonderVorige} ${zonderVorige === 1 ? "score" : "scores"} zonder vorige afname`;
}

function geenOverzicht(blad: string): string {
  return `LVS Analyse vindt op blad ${blad} geen overzicht: geen kolom met namen van leerlingen en scores per vaardigheid. Geef in de kolomindeling aan welke kolom wat bevat.`;
}

export type Voorbereid =
  | { readonly indeling: undefined }
  | { readonly indeling: Kolomindeling; readonly overzicht: Overzicht; readonly plan: Kleurplan };

/**
 * Reads a group sheet as it would be without the add-in's earlier columns (`vrij`): its mapping
 * (the user's, the remembered one, or a fresh detection), its results and the colouring plan.
 */
export function bereidVoor(
  blad: SheetRead,
  normen: SheetRead | undefined,
  settings: Readonly<Record<string, string>>,
  verzoek: Pick<KleurVerzoek, "norm" | "indeling">,
  vrij: readonly Bereik[] = [],
): Voorbereid {
  const cellen = zonder(blad.cellen, vrij);
  const indeling =
    verzoek.indeling ?? parse<Kolomindeling>(settings[indelingSleutel(blad.naam)]) ?? vindIndeling({ naam: blad.naam, cellen });
  if (!indeling) return { indeling: undefined };
  const overzicht = leesOverzicht({ naam: blad.naam, cellen }, indeling);
  const normenbron = normenBlad(normen);
  const opties = { norm: verzoek.norm, ...(normenbron ? { normen: normenbron } : {}) };
  return { indeling, overzicht, plan: planKleuring(overzicht, opties, cellen, beginKolom(cellen, blad.breedte, vrij)) };
}

export async function kleurGroep(port: WorkbookPort, verzoek: KleurVerzoek): Promise<KleurResultaat> {
  // Our earlier rules are found with the cells: colouring is one read and one write, at any size.
  const { sheets, settings } = await port.read({ sheets: [verzoek.blad, NORMEN_BLAD], regelsVan: [verzoek.blad] });
  const [blad, normen] = sheets;
  if (!blad) return { status: "geenOverzicht", blad: verzoek.blad, tekst: `Blad ${verzoek.blad} bestaat niet.` };
  const { record, oudeNaam } = await vindKleuring(port, settings, blad);
  if (record && eigenKolommen(record, blad.cellen).length > 0 && !verzoek.vervangen) {
    return {
      status: "bevestigen",
      blad: blad.naam,
      vraag: `Op blad ${blad.naam} staat al een kleuring van LVS Analyse (${normNaam(record.norm)}). Wil je die vervangen door een kleuring op ${normNaam(verzoek.norm)}? Je eigen cellen blijven zoals ze zijn.`,
    };
  }
  const { changes, vrij } = opruimen(blad.naam, record, blad.cellen);
  const groep = bereidVoor(blad, normen, onderNieuweNaam(settings, blad.naam, oudeNaam), verzoek, vrij);
  if (!groep.indeling) return { status: "geenOverzicht", blad: blad.naam, tekst: geenOverzicht(blad.naam) };
  const { indeling, overzicht, plan } = groep;
  const nieuw: KleuringRecord = {
    norm: verzoek.norm,
    kopRij: plan.kopRij,
    laatsteRij: indeling.laatsteRij,
    kolommen: plan.hulpkolommen.map((k) => ({ kolom: k.kolom, kop: k.kop })),
    legenda: { rij: plan.legenda.rij, kolom: plan.legenda.kolom, rijen: plan.legenda.regels.length, kolommen: 1 },
    indelingVanGebruiker: verzoek.indeling !== undefined || (record?.indelingVanGebruiker ?? false),
  };
  await port.apply([
    ...changes,
    ...vergeetOudeNaam(oudeNaam),
    ...schrijfPlan(plan, indeling.laatsteRij),
    { kind: "setting", key: indelingSleutel(blad.naam), value: JSON.stringify(indeling) },
    { kind: "setting", key: kleuringSleutel(blad.naam), value: JSON.stringify(nieuw) },
  ]);
  return { status: "klaar", blad: blad.naam, indeling, plan, meldingen: overzicht.meldingen, tekst: telling(plan, verzoek.norm) };
}

export interface VerwijderResultaat {
  readonly blad: string;
  readonly tekst: string;
  /** Columns the add-in made that the user has since typed over: left alone. */
  readonly behouden: readonly string[];
}

export async function verwijderKleuring(port: WorkbookPort, naam: string): Promise<VerwijderResultaat> {
  const { sheets, settings } = await port.read({ sheets: [naam], regelsVan: [naam] });
  const blad = sheets[0];
  if (!blad) return { blad: naam, tekst: `Blad ${naam} bestaat niet.`, behouden: [] };
  const { record, oudeNaam } = await vindKleuring(port, settings, blad);
  const { changes, vrij } = opruimen(blad.naam, record, blad.cellen);
  const behouden = record ? record.kolommen.filter((k) => !eigenKolommen(record, blad.cellen).includes(k)).map((k) => k.kop) : [];
  await port.apply([
    ...changes,
    { kind: "setting", key: kleuringSleutel(blad.naam), value: undefined },
    ...(record?.indelingVanGebruiker ? [] : [{ kind: "setting", key: indelingSleutel(blad.naam), value: undefined } as const]),
    ...vergeetOudeNaam(oudeNaam),
    // The user's own mapping stays with the sheet, now under its new name.
    ...(oudeNaam && record?.indelingVanGebruiker && settings[indelingSleutel(oudeNaam)]
      ? [{ kind: "setting", key: indelingSleutel(blad.naam), value: settings[indelingSleutel(oudeNaam)] } as const]
      : []),
  ]);
  const tekst = record
    ? `Kleuring van blad ${blad.naam} verwijderd: ${vrij.length - (legendaIsVanOns(record, blad.cellen) ? 1 : 0)} hulpkolommen, de legenda en de kleurregels.`
    : `Op blad ${blad.naam} stond geen kleuring van LVS Analyse; eventuele kleurregels van LVS Analyse zijn weggehaald.`;
  return { blad: blad.naam, tekst, behouden };
}
