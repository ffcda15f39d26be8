/**
 * The group actions on a workbook: colour a group sheet, remove the colouring, make a Normen sheet.
 * Each reads once and applies one batch of changes. The user's cells are never written: helper
 * columns and the legend go to the right of everything on the sheet, and what the add-in made
 * before is only replaced after the user said yes.
 */
import type { Bereik } from "../core/adres";
import { bereikAdres, celAdres } from "../core/adres";
import { celTekst, isCellError, isEmpty, readNumber, type CellValue } from "../core/cell";
import { isLvsError } from "../core/errors";
import { evaluateExpr, renderFormula, toCell, zelfdeVorm } from "../core/groep/expressie";
import { GEEN_NORM, normNaam } from "../core/normregister";
import {
  planKleuring,
  REGEL_MERK,
  type Hulpcel,
  type Kleurplan,
  type Normkeuze,
  type NormenBlad,
} from "../core/groep/kleurplan";
import { OPZOEK_TITEL, OPZOEKBLAD, planOpzoekblad } from "../core/groep/opzoekblad";
import { KLEUR_OPMAAK } from "../core/kleur";
import { vindIndeling, type Kolomindeling } from "../core/overzicht/indeling";
import { leesOverzicht, type Cel, type Leesmelding, type Overzicht } from "../core/overzicht/metingen";
import { beoordeelSchaal, type Schaaloordeel } from "../core/schaal";
import { eigenBladen, eigenSleutel } from "./eigen-blad";
import type { Change, PlannedCell, SheetRead, WorkbookPort } from "./port";

export const NORMEN_BLAD = "Normen";
const KOP_OPMAAK = { fill: "#E8F1E9", bold: true } as const;
const HULPKOLOM_BREEDTE = 16;
const LEGENDA_BREEDTE = 70;
/**
 * Characters per legend line. Longer sentences go on more lines of the legend's own column: text
 * running on past it would make a spreadsheet print the empty columns it runs into too, and a
 * coloured sheet would print smaller than it need be.
 */
const LEGENDA_REGEL = 64;
const LEGENDA_TITEL = "Legenda LVS Analyse";

/** The legend's lines as they go into the sheet: each sentence broken between words to fit its column. */
function legendaRegels(plan: Kleurplan): Kleurplan["legenda"]["regels"] {
  return plan.legenda.regels.flatMap((regel) => {
    const regels: string[] = [];
    for (const woord of regel.tekst.split(" ")) {
      const laatste = regels[regels.length - 1];
      if (laatste !== undefined && laatste.length + 1 + woord.length <= LEGENDA_REGEL)
        regels[regels.length - 1] = `${laatste} ${woord}`;
      else regels.push(woord);
    }
    return regels.map((tekst, i) => (i === 0 ? { ...regel, tekst } : { tekst }));
  });
}

export const indelingSleutel = (blad: string) => `lvs.indeling.${blad}`;
const KLEURING = "lvs.kleuring.";
const kleuringSleutel = (blad: string) => `${KLEURING}${blad}`;

/**
 * Where the add-in's helper column with header `kop` stands on a coloured sheet, for formulas that
 * count over it; undefined when the sheet is not coloured on `norm`, or the column is gone.
 */
export function hulpkolomBereik(
  settings: Readonly<Record<string, string>>,
  blad: SheetRead,
  norm: Normkeuze,
  kop: string,
): Bereik | undefined {
  const record = parse<KleuringRecord>(settings[kleuringSleutel(blad.naam)]);
  if (!record || record.norm !== norm) return undefined;
  const kolom = eigenKolommen(record, blad.cellen).find((k) => k.kop === kop);
  return kolom
    ? { rij: record.kopRij + 1, kolom: kolom.kolom, rijen: record.laatsteRij - record.kopRij, kolommen: 1 }
    : undefined;
}

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
      readonly meldingen: readonly Leesmelding[];
      readonly tekst: string;
    }
  | { readonly status: "bevestigen"; readonly blad: string; readonly vraag: string }
  | { readonly status: "geenOverzicht"; readonly blad: string; readonly tekst: string }
  /** The scores are not IEP ontwikkelscores (Cito vaardigheidsscores, percentages, grades): not coloured. */
  | { readonly status: "nietIep"; readonly blad: string; readonly tekst: string };

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

/** Our earlier columns still ours? Only when the header cells still say what we wrote. */
function eigenKolommen(record: KleuringRecord, cellen: CellValue[][]) {
  return record.kolommen.filter((k) => celTekst(cellen[record.kopRij]?.[k.kolom]) === k.kop);
}

function legendaIsVanOns(record: KleuringRecord, cellen: CellValue[][]): boolean {
  return celTekst(cellen[record.legenda.rij]?.[record.legenda.kolom]) === LEGENDA_TITEL;
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
async function vindKleuring(
  port: WorkbookPort,
  settings: Readonly<Record<string, string>>,
  blad: SheetRead,
): Promise<Gevonden> {
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
function onderNieuweNaam(
  settings: Readonly<Record<string, string>>,
  naam: string,
  oudeNaam: string | undefined,
): Readonly<Record<string, string>> {
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
  // A loop, not Math.min(...): a column split around many typed cells gives many ranges.
  let vanOns = Infinity;
  for (const b of eigen) vanOns = Math.min(vanOns, b.kolom - 1);
  const opgemaakt = Math.min(breedte, vanOns);
  return opgemaakt > waarden && opgemaakt - waarden <= VER_OPGEMAAKT ? opgemaakt : waarden;
}

function normenBlad(read: SheetRead | undefined): NormenBlad | undefined {
  if (!read || read.cellen.length < 2) return undefined;
  const breedte = vrijeKolom(read.cellen);
  return {
    blad: read.naam,
    adres: bereikAdres({ rij: 0, kolom: 0, rijen: read.cellen.length, kolommen: breedte }, true),
    cellen: read.cellen,
  };
}

/** Two cell values alike as a user sees them: what the add-in's formula shows there now. */
function gelijk(a: CellValue, b: CellValue): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (isCellError(a) || isCellError(b)) return isCellError(a) && isCellError(b) && a.cellError === b.cellError;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return a === b;
}

/**
 * Helper cells whose content is not what the add-in's formula shows: the user typed there. The
 * colouring is planned again as it was made (same norm, same mapping, the sheet without our columns)
 * and each cell compared with what its formula gives from the cells as they now stand, helper cells
 * included: formulas follow edits of scores and norms, and also a value typed into another helper
 * cell (a corrected Ingelezen score), so only the cell someone typed over differs. A cell typed to
 * exactly what its formula shows is taken for the formula; nothing the user sees is lost then.
 */
function getypteCellen(
  record: KleuringRecord,
  blad: SheetRead,
  normen: SheetRead | undefined,
  settings: Readonly<Record<string, string>>,
): Cel[] {
  const kolommen = eigenKolommen(record, blad.cellen);
  if (kolommen.length === 0) return [];
  const bereiken = kolommen.map((k) => kolomBereik(record, k.kolom));
  const vorig = bereidVoor(blad, normen, settings, { norm: record.norm }, [...bereiken, record.legenda]);
  if (!vorig.indeling) return [];
  const { hulpkolommen } = vorig.plan;
  // Each of our columns on the sheet with the planned column of the same header.
  const paren = kolommen.map((k) => ({ k, plan: hulpkolommen.find((h) => h.kop === k.kop) }));
  const opBlad = new Map<number, number>();
  for (const { k, plan } of paren) if (plan) opBlad.set(plan.kolom, k.kolom);
  // A planned column the sheet lacks (a colouring made before that column existed): what the plan computed.
  const ontbrekend = new Map(
    hulpkolommen
      .filter((h) => !opBlad.has(h.kolom))
      .map((h) => [h.kolom, new Map(h.cellen.map((c) => [c.rij, c.waarde]))]),
  );
  const zoalsHetStaat = (cel: Cel): CellValue => {
    const gepland = ontbrekend.get(cel.kolom);
    if (gepland) {
      const waarde = gepland.get(cel.rij);
      return waarde === undefined ? null : toCell(waarde);
    }
    return blad.cellen[cel.rij]?.[opBlad.get(cel.kolom) ?? cel.kolom] ?? null;
  };
  const getypt: Cel[] = [];
  for (const { k, plan } of paren) {
    const perRij = new Map(plan?.cellen.map((c) => [c.rij, toCell(evaluateExpr(c.expr, zoalsHetStaat))]));
    for (let rij = record.kopRij + 1; rij <= record.laatsteRij; rij++) {
      if (!gelijk(blad.cellen[rij]?.[k.kolom], perRij.get(rij) ?? null)) getypt.push({ rij, kolom: k.kolom });
    }
  }
  return getypt;
}

function kolomBereik(record: KleuringRecord, kolom: number): Bereik {
  return { rij: record.kopRij, kolom, rijen: record.laatsteRij - record.kopRij + 1, kolommen: 1 };
}

/** A column range without the cells the user typed: the parts above, between and below them. */
function zonderCellen(bereik: Bereik, getypt: readonly Cel[]): Bereik[] {
  const rijen = getypt
    .filter((c) => c.kolom === bereik.kolom)
    .map((c) => c.rij)
    .sort((a, b) => a - b);
  const delen: Bereik[] = [];
  let van = bereik.rij;
  for (const rij of [...rijen, bereik.rij + bereik.rijen]) {
    if (rij > van) delen.push({ ...bereik, rij: van, rijen: rij - van });
    van = rij + 1;
  }
  return delen;
}

function opruimen(
  blad: string,
  record: KleuringRecord | undefined,
  cellen: CellValue[][],
  getypt: readonly Cel[],
): { changes: Change[]; vrij: Bereik[] } {
  const changes: Change[] = [{ kind: "removeRules", sheet: blad, marker: REGEL_MERK }];
  if (!record) return { changes, vrij: [] };
  const kolommen = eigenKolommen(record, cellen);
  const vrij: Bereik[] = kolommen.flatMap((k) => zonderCellen(kolomBereik(record, k.kolom), getypt));
  const legenda = legendaIsVanOns(record, cellen) ? [record.legenda] : [];
  for (const range of [...vrij, ...legenda]) changes.push({ kind: "clear", sheet: blad, range });
  // Columns right of the user's table had the standard width before the add-in widened them; a
  // column that keeps a typed cell keeps its width.
  const leeg = kolommen.filter((k) => !getypt.some((c) => c.kolom === k.kolom)).map((k) => k.kolom);
  for (const col of [...leeg, ...legenda.map((b) => b.kolom)])
    changes.push({ kind: "columnWidth", sheet: blad, col, width: undefined });
  return { changes, vrij: [...vrij, ...legenda] };
}

/** The lookup sheet the helper formulas read, written whole on every colouring (its shape never changes). */
function schrijfOpzoekblad(bestaand: SheetRead | undefined, normen: NormenBlad | undefined): Change[] {
  const plan = planOpzoekblad(normen);
  return [
    ...(bestaand
      ? []
      : [
          { kind: "addSheet", sheet: OPZOEKBLAD, achtergrond: true } as const,
          { kind: "setting", key: eigenSleutel(OPZOEKBLAD), value: "normlijnen" } as const,
        ]),
    {
      kind: "cells",
      sheet: OPZOEKBLAD,
      row: 0,
      col: 0,
      cells: plan.cellen.map((rij, r) =>
        rij.map(
          (c, k): PlannedCell | undefined =>
            c && {
              value: c.waarde,
              ...(c.formule ? { formula: c.formule } : {}),
              ...(r === 0 || (r === 3 && k > 0) ? KOP_OPMAAK : {}),
              ...(r === 1 || r === 2 ? { italic: true } : {}),
            },
        ),
      ),
    },
    { kind: "columnWidth", sheet: OPZOEKBLAD, col: 0, width: 10 },
    ...plan.cellen[3]!.slice(1).map((_, i): Change => ({
      kind: "columnWidth",
      sheet: OPZOEKBLAD,
      col: i + 1,
      width: 14,
    })),
  ];
}

/** Another sheet called LVS-normen that the add-in did not make: never touched. */
function opzoekbladVanIemandAnders(bestaand: SheetRead | undefined): boolean {
  return (
    bestaand !== undefined && celTekst(bestaand.cellen[0]?.[0]) !== OPZOEK_TITEL && !isEmpty(bestaand.cellen[0]?.[0])
  );
}

/** One helper cell, its formula written out or filled down from the one above; built whole, not spread. */
function hulpcel(
  cel: Hulpcel,
  omlaag: boolean,
  notatie: string | undefined,
  volgers: Map<CellValue, PlannedCell>,
): PlannedCell {
  const value = toCell(cel.waarde);
  if (omlaag) {
    // Cells filled down with the same value are one and the same planned cell (a column of
    // 100,000 pupils has a handful of niveaus and colours); planned cells are never changed.
    let volger = volgers.get(value);
    if (!volger) {
      volger = notatie ? { fillDown: true, value, numberFormat: notatie } : { fillDown: true, value };
      if (value === null || typeof value !== "object") volgers.set(value, volger);
    }
    return volger;
  }
  const formula = renderFormula(cel.expr);
  return notatie ? { formula, value, numberFormat: notatie } : { formula, value };
}

function schrijfPlan(plan: Kleurplan, laatsteRij: number): Change[] {
  const changes: Change[] = [];
  const blad = plan.blad;
  for (const kolom of plan.hulpkolommen) {
    const cellen: (PlannedCell | undefined)[][] = [[{ value: kolom.kop, ...KOP_OPMAAK }]];
    const notatie = kolom.getalnotatie;
    // A cell that computes what the one above computes, from its own row, is filled down: a column
    // of 100,000 pupils is then a few formulas, not 100,000 texts of hundreds of characters each.
    let boven: Hulpcel | undefined; // the helper cell in the row above, if any
    const volgers = new Map<CellValue, PlannedCell>();
    let i = 0; // the plan's cells come in row order
    for (let r = plan.kopRij + 1; r <= laatsteRij; r++) {
      while (i < kolom.cellen.length && kolom.cellen[i]!.rij < r) i++;
      const cel = kolom.cellen[i]?.rij === r ? kolom.cellen[i] : undefined;
      const omlaag = cel !== undefined && boven !== undefined && zelfdeVorm(cel.expr, r, boven.expr, r - 1);
      cellen.push([cel ? hulpcel(cel, omlaag, notatie, volgers) : undefined]);
      boven = cel;
    }
    changes.push({ kind: "cells", sheet: blad, row: plan.kopRij, col: kolom.kolom, cells: cellen });
    changes.push({ kind: "columnWidth", sheet: blad, col: kolom.kolom, width: HULPKOLOM_BREEDTE });
  }
  for (const regel of plan.regels) {
    const opmaak = KLEUR_OPMAAK[regel.kleur];
    changes.push({
      kind: "addRule",
      sheet: blad,
      ranges: regel.bereiken,
      formula: regel.formule,
      fill: opmaak.achtergrond,
      fontColor: opmaak.tekst,
    });
  }
  const { legenda } = plan;
  changes.push({ kind: "columnWidth", sheet: blad, col: legenda.kolom, width: LEGENDA_BREEDTE });
  changes.push({
    kind: "cells",
    sheet: blad,
    row: legenda.rij,
    col: legenda.kolom,
    cells: legendaRegels(plan).map((r) => [
      {
        value: r.tekst,
        ...(r.vet ? { bold: true } : {}),
        ...(r.kleur ? { fill: KLEUR_OPMAAK[r.kleur].achtergrond, fontColor: KLEUR_OPMAAK[r.kleur].tekst } : {}),
      },
    ]),
  });
  return changes;
}

function telling(plan: Kleurplan, norm: Normkeuze): string {
  const leerlingen = new Set(plan.uitkomsten.filter((u) => u.kleur !== "").map((u) => u.leerling)).size;
  const zonderVorige = plan.uitkomsten.filter((u) => u.leergroei === undefined).length;
  const op = norm === GEEN_NORM ? "op leergroei (zonder norm)" : `op ${normNaam(norm)}`;
  return `${leerlingen} leerlingen gekleurd ${op}; ${zonderVorige} ${zonderVorige === 1 ? "score" : "scores"} zonder vorige afname`;
}

function geenOverzicht(blad: string): string {
  return `LVS Analyse vindt op blad ${blad} geen overzicht: geen kolom met namen van leerlingen en scores per vaardigheid. Geef in de kolomindeling aan welke kolom wat bevat.`;
}

export type Voorbereid =
  | { readonly indeling: undefined }
  | {
      readonly indeling: Kolomindeling;
      readonly overzicht: Overzicht;
      readonly plan: Kleurplan;
      readonly schaal: Schaaloordeel;
    };

/** Every number in a score cell, on the scale or off it, with its moment: what the sheet test looks at. */
function schaalOordeel(overzicht: Overzicht): Schaaloordeel {
  const scores = overzicht.afnames.map((m) => ({
    adres: celAdres(m.scoreCel.rij, m.scoreCel.kolom),
    score: m.score,
    moment: m.moment,
  }));
  for (const m of overzicht.meldingen) {
    if (m.soort !== "onwaarschijnlijk") continue;
    const score = readNumber(m.inhoud, "score");
    if (!isLvsError(score)) scores.push({ adres: celAdres(m.cel.rij, m.cel.kolom), score, moment: undefined });
  }
  return beoordeelSchaal(scores);
}

/** Why a sheet is left uncoloured: which scores, and what they look like instead. */
export function nietIepTekst(blad: string, oordeel: Extract<Schaaloordeel, { iep: false }>): string {
  const voorbeelden = oordeel.voorbeelden
    .map((v) => `${v.adres}: ${v.score}${v.moment ? ` op ${v.moment}` : ""}`)
    .join(", ");
  return (
    `LVS Analyse kleurt blad ${blad} niet: ${oordeel.buiten} van de ${oordeel.totaal} scores liggen buiten wat een IEP-ontwikkelscore op dat moment kan zijn ` +
    `(${voorbeelden}). Het lijken andere scores, zoals Cito-vaardigheidsscores, percentages of cijfers. LVS Analyse kleurt alleen IEP-ontwikkelscores.`
  );
}

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
    verzoek.indeling ??
    parse<Kolomindeling>(settings[indelingSleutel(blad.naam)]) ??
    vindIndeling({ naam: blad.naam, cellen });
  if (!indeling) return { indeling: undefined };
  const overzicht = leesOverzicht({ naam: blad.naam, cellen }, indeling);
  const normenbron = normenBlad(normen);
  const opties = { norm: verzoek.norm, ...(normenbron ? { normen: normenbron } : {}) };
  const plan = planKleuring(overzicht, opties, cellen, beginKolom(cellen, blad.breedte, vrij));
  return { indeling, overzicht, plan, schaal: schaalOordeel(overzicht) };
}

export async function kleurGroep(port: WorkbookPort, verzoek: KleurVerzoek): Promise<KleurResultaat> {
  // Our earlier rules are found with the cells: colouring is one read and one write, at any size.
  const { sheets, settings } = await port.read({
    sheets: [verzoek.blad, NORMEN_BLAD, OPZOEKBLAD],
    regelsVan: [verzoek.blad],
  });
  const [blad, normen, opzoek] = sheets;
  if (!blad) return { status: "geenOverzicht", blad: verzoek.blad, tekst: `Blad ${verzoek.blad} bestaat niet.` };
  if (opzoekbladVanIemandAnders(opzoek)) {
    return {
      status: "geenOverzicht",
      blad: blad.naam,
      tekst: `De formules van LVS Analyse gebruiken een blad ${OPZOEKBLAD}, maar er staat al een blad met die naam dat niet van LVS Analyse is. Geef dat blad een andere naam en kleur opnieuw.`,
    };
  }
  const { record, oudeNaam } = await vindKleuring(port, settings, blad);
  if (record && eigenKolommen(record, blad.cellen).length > 0 && !verzoek.vervangen) {
    return {
      status: "bevestigen",
      blad: blad.naam,
      vraag: `Op blad ${blad.naam} staat al een kleuring van LVS Analyse (${normNaam(record.norm)}). Wil je die vervangen door een kleuring op ${normNaam(verzoek.norm)}? Je eigen cellen blijven zoals ze zijn.`,
    };
  }
  const bijNaam = onderNieuweNaam(settings, blad.naam, oudeNaam);
  const getypt = record ? getypteCellen(record, blad, normen, bijNaam) : [];
  const { changes, vrij } = opruimen(blad.naam, record, blad.cellen, getypt);
  const groep = bereidVoor(blad, normen, bijNaam, verzoek, vrij);
  if (!groep.indeling) return { status: "geenOverzicht", blad: blad.naam, tekst: geenOverzicht(blad.naam) };
  const { indeling, overzicht, plan } = groep;
  if (!groep.schaal.iep) return { status: "nietIep", blad: blad.naam, tekst: nietIepTekst(blad.naam, groep.schaal) };
  const nieuw: KleuringRecord = {
    norm: verzoek.norm,
    kopRij: plan.kopRij,
    laatsteRij: indeling.laatsteRij,
    kolommen: plan.hulpkolommen.map((k) => ({ kolom: k.kolom, kop: k.kop })),
    legenda: { rij: plan.legenda.rij, kolom: plan.legenda.kolom, rijen: legendaRegels(plan).length, kolommen: 1 },
    indelingVanGebruiker: verzoek.indeling !== undefined || (record?.indelingVanGebruiker ?? false),
  };
  await port.apply([
    ...changes,
    ...schrijfOpzoekblad(opzoek, normenBlad(normen)),
    ...vergeetOudeNaam(oudeNaam),
    ...schrijfPlan(plan, indeling.laatsteRij),
    { kind: "setting", key: indelingSleutel(blad.naam), value: JSON.stringify(indeling) },
    { kind: "setting", key: kleuringSleutel(blad.naam), value: JSON.stringify(nieuw) },
  ]);
  return {
    status: "klaar",
    blad: blad.naam,
    indeling,
    plan,
    meldingen: [
      ...overzicht.meldingen,
      ...plan.meldingen,
      ...getypt.map((cel): Leesmelding => ({
        soort: "getypt",
        cel,
        inhoud: String(blad.cellen[cel.rij]?.[cel.kolom] ?? ""),
      })),
    ],
    tekst: telling(plan, verzoek.norm),
  };
}

export interface VerwijderResultaat {
  readonly blad: string;
  readonly tekst: string;
  /** Columns the add-in made that the user has since typed over: left alone. */
  readonly behouden: readonly string[];
  /** Cells of the add-in's columns the user typed into (addresses): left alone too. */
  readonly getypt: readonly string[];
}

export async function verwijderKleuring(port: WorkbookPort, naam: string): Promise<VerwijderResultaat> {
  const { sheets, settings } = await port.read({ sheets: [naam, NORMEN_BLAD, OPZOEKBLAD], regelsVan: [naam] });
  const [blad, normen, opzoek] = sheets;
  if (!blad) return { blad: naam, tekst: `Blad ${naam} bestaat niet.`, behouden: [], getypt: [] };
  const { record, oudeNaam } = await vindKleuring(port, settings, blad);
  const getypt = record ? getypteCellen(record, blad, normen, onderNieuweNaam(settings, blad.naam, oudeNaam)) : [];
  const { changes } = opruimen(blad.naam, record, blad.cellen, getypt);
  const behouden = record
    ? record.kolommen.filter((k) => !eigenKolommen(record, blad.cellen).includes(k)).map((k) => k.kop)
    : [];
  // The lookup sheet goes with the last colouring that uses it.
  const nogGekleurd = Object.keys(settings).some(
    (k) =>
      k.startsWith(kleuringSleutel("")) && k !== kleuringSleutel(blad.naam) && k !== kleuringSleutel(oudeNaam ?? ""),
  );
  const opzoekWeg = opzoek && !nogGekleurd && eigenBladen(settings).has(OPZOEKBLAD.toLowerCase());
  await port.apply([
    ...changes,
    { kind: "setting", key: kleuringSleutel(blad.naam), value: undefined },
    ...(record?.indelingVanGebruiker
      ? []
      : [{ kind: "setting", key: indelingSleutel(blad.naam), value: undefined } as const]),
    ...(opzoekWeg
      ? [
          { kind: "removeSheet", sheet: OPZOEKBLAD } as const,
          { kind: "setting", key: eigenSleutel(OPZOEKBLAD), value: undefined } as const,
        ]
      : []),
    ...vergeetOudeNaam(oudeNaam),
    // The user's own mapping stays with the sheet, now under its new name.
    ...(oudeNaam && record?.indelingVanGebruiker && settings[indelingSleutel(oudeNaam)]
      ? [{ kind: "setting", key: indelingSleutel(blad.naam), value: settings[indelingSleutel(oudeNaam)] } as const]
      : []),
  ]);
  const kolommen = record ? eigenKolommen(record, blad.cellen).length : 0;
  const tekst = record
    ? `Kleuring van blad ${blad.naam} verwijderd: ${kolommen} ${kolommen === 1 ? "hulpkolom" : "hulpkolommen"}, de legenda en de kleurregels.`
    : `Op blad ${blad.naam} stond geen kleuring van LVS Analyse; eventuele kleurregels van LVS Analyse zijn weggehaald.`;
  return { blad: blad.naam, tekst, behouden, getypt: getypt.map((c) => celAdres(c.rij, c.kolom)) };
}
