/**
 * Finding the table in a sheet as IB'ers keep it: title rows, blank rows and merged cells above
 * the header, one or two header rows, and sometimes a second table beside the first. The result is
 * a column mapping (Kolomindeling) that the user can see, correct and keep.
 */
import { celTekst, isEmpty, type CellValue } from "../cell";
import type { Moment } from "../moment";
import { herkenKop, isKaalMoment, vindMoment, type Deel, type Kolomrol } from "./kop";
import { vindVaardigheid, type Vaardigheid } from "./vaardigheid";

export type Grid = readonly (readonly CellValue[])[];

export interface Blad {
  readonly naam: string;
  /** The sheet's cells from A1; row 0 is sheet row 1, column 0 is column A. */
  readonly cellen: Grid;
}

export interface ScoreKolom {
  readonly kolom: number;
  readonly vaardigheid: Vaardigheid;
  readonly moment?: Moment;
  /** "midden" (a) or "eind" (b) when the header names only the half year. */
  readonly deel?: Deel;
  /** The column with the toets made for this score, when the overview has one. */
  readonly toets?: number;
}

/** Which column holds what. Row and column numbers are 0-based sheet positions. */
export interface Kolomindeling {
  readonly indeling: "breed" | "lang";
  readonly kopRij: number;
  readonly kopRijen: 1 | 2;
  readonly eersteKolom: number;
  readonly laatsteKolom: number;
  readonly eersteRij: number;
  readonly laatsteRij: number;
  /** One column, or several (voornaam, tussenvoegsel, achternaam) joined with spaces. */
  readonly leerling: readonly number[];
  readonly groep?: number;
  readonly schooljaar?: number;
  /** The leerjaar of the whole sheet, from its name or title ("Groep 5"), for midden/eind headers. */
  readonly leerjaar?: number;
  /** A column with the date of each afname, for long exports without a moment column. */
  readonly datum?: number;
  /** A column marking pupils who may be left out of the end results, with the ground. */
  readonly uitgesloten?: number;
  // Long layout: one row per pupil × vaardigheid × afname.
  readonly vaardigheid?: number;
  readonly score?: number;
  readonly moment?: number;
  readonly toets?: number;
  // Wide layout: one row per pupil, a column per vaardigheid × afname.
  readonly scores: readonly ScoreKolom[];
}

const MAX_KOPRIJ = 40;
const LEERJAAR = /\b(?:groep|gr\.?|jaargroep|leerjaar)\s*([1-8])(?![0-9])/i;
const NAAM_DELEN = /^(voornaam|roepnaam|tussenvoegsel|tussenvoegsels|achternaam)$/i;

/** Header texts per column for one header row, or two stacked rows with merged group titles. */
export function kopTeksten(cellen: Grid, rij: number, rijen: 1 | 2): string[] {
  const onder = cellen[rij] ?? [];
  const breedte = Math.max(onder.length, (cellen[rij - 1] ?? []).length);
  if (rijen === 1) return Array.from({ length: breedte }, (_, c) => celTekst(onder[c]));
  const boven = cellen[rij - 1] ?? [];
  const result: string[] = [];
  let groepstitel = "";
  for (let c = 0; c < breedte; c++) {
    const top = celTekst(boven[c]);
    const bottom = celTekst(onder[c]);
    // A merged title ("Rekenen" over M5 and E5) only has text in its first cell.
    if (top !== "") groepstitel = vindVaardigheid(top) ? top : "";
    const titel = top !== "" ? top : bottom !== "" ? groepstitel : "";
    result.push([titel, bottom].filter((t) => t !== "").join(" "));
  }
  return result;
}

interface Kandidaat {
  readonly rij: number;
  readonly rijen: 1 | 2;
  readonly koppen: string[];
  readonly rollen: (Kolomrol | undefined)[];
  readonly punten: number;
}

function beoordeel(cellen: Grid, rij: number, rijen: 1 | 2, bladVaardigheid: Vaardigheid | undefined): Kandidaat {
  const koppen = kopTeksten(cellen, rij, rijen);
  const rollen = koppen.map((k): Kolomrol | undefined => {
    if (NAAM_DELEN.test(k)) return { rol: "leerling" };
    // On a sheet of one vaardigheid ("Rekenen groep 5") the headers may name only the moment.
    if (bladVaardigheid && isKaalMoment(k)) return { rol: "score", vaardigheid: bladVaardigheid, ...vindMoment(k) };
    return herkenKop(k);
  });
  const heeft = (rol: Kolomrol["rol"]) => rollen.some((r) => r?.rol === rol);
  const scoresMetVaardigheid = rollen.filter((r) => r?.rol === "score" && "vaardigheid" in r && r.vaardigheid).length;
  const lang = heeft("score") && heeft("vaardigheid");
  const bruikbaar = heeft("leerling") && (scoresMetVaardigheid > 0 || lang);
  const punten = rollen.filter(Boolean).length + (bruikbaar ? 100 : 0);
  return { rij, rijen, koppen, rollen, punten };
}

/** The columns of the table around the pupil column: a blank header ends it (a second table may follow). */
function tabelKolommen(koppen: readonly string[], start: number): [number, number] {
  let eerste = start;
  while (eerste > 0 && koppen[eerste - 1] !== "") eerste--;
  let laatste = start;
  while (laatste + 1 < koppen.length && koppen[laatste + 1] !== "") laatste++;
  return [eerste, laatste];
}

function rijIsLeeg(rij: readonly CellValue[] | undefined, eerste: number, laatste: number): boolean {
  if (!rij) return true;
  for (let c = eerste; c <= laatste; c++) if (!isEmpty(rij[c])) return false;
  return true;
}

/** Data runs until two blank rows in a row, or the end of the sheet. */
function dataRijen(cellen: Grid, kopRij: number, eerste: number, laatste: number): [number, number] {
  let laatsteRij = kopRij;
  let leeg = 0;
  for (let r = kopRij + 1; r < cellen.length; r++) {
    if (rijIsLeeg(cellen[r], eerste, laatste)) {
      if (++leeg >= 2) break;
      continue;
    }
    leeg = 0;
    laatsteRij = r;
  }
  return [kopRij + 1, laatsteRij];
}

function vaardigheidVanBlad(blad: Blad, kopRij: number): Vaardigheid | undefined {
  const bronnen = [
    blad.naam,
    ...blad.cellen.slice(0, Math.max(0, kopRij - 1)).flatMap((r) => r.map((c) => celTekst(c))),
  ];
  for (const bron of bronnen) {
    const gevonden = vindVaardigheid(bron);
    if (gevonden) return gevonden.vaardigheid;
  }
  return undefined;
}

function leerjaarVanBlad(blad: Blad, kopRij: number): number | undefined {
  const bronnen = [blad.naam, ...blad.cellen.slice(0, kopRij).flatMap((r) => r.map((c) => celTekst(c)))];
  for (const bron of bronnen) {
    const match = LEERJAAR.exec(bron);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * Finds the overview table in a sheet; undefined when the sheet holds no pupils with scores
 * (a Normen sheet, notes, a chart sheet).
 */
export function vindIndeling(blad: Blad): Kolomindeling | undefined {
  const { cellen } = blad;
  let beste: Kandidaat | undefined;
  for (let r = 0; r < Math.min(MAX_KOPRIJ, cellen.length); r++) {
    const bladVaardigheid = vaardigheidVanBlad(blad, r);
    for (const rijen of [1, 2] as const) {
      if (rijen === 2 && r === 0) continue;
      const kandidaat = beoordeel(cellen, r, rijen, bladVaardigheid);
      if (!beste || kandidaat.punten > beste.punten) beste = kandidaat;
    }
  }
  if (!beste || beste.punten < 100) return undefined;
  const { rij: kopRij, rijen: kopRijen, koppen, rollen } = beste;

  const leerlingKolommen = rollen.flatMap((r, c) => (r?.rol === "leerling" ? [c] : []));
  // Prefer a name over a pupil number when a sheet has both.
  const naamKolommen = leerlingKolommen.filter((c) => !/nummer|nr/i.test(koppen[c] ?? ""));
  const leerling = naamKolommen.length > 0 ? naamKolommen : leerlingKolommen.slice(0, 1);
  const [eersteKolom, laatsteKolom] = tabelKolommen(koppen, leerling[0]!);
  const binnen = (c: number) => c >= eersteKolom && c <= laatsteKolom;
  const eerste = (rol: Kolomrol["rol"], zonderVaardigheid = true) =>
    rollen.findIndex(
      (r, c) => binnen(c) && r?.rol === rol && (!zonderVaardigheid || !("vaardigheid" in r && r.vaardigheid)),
    );
  const optioneel = (c: number) => (c >= 0 ? c : undefined);

  const [eersteRij, laatsteRij] = dataRijen(cellen, kopRij, eersteKolom, laatsteKolom);
  const basis = {
    kopRij,
    kopRijen,
    eersteKolom,
    laatsteKolom,
    eersteRij,
    laatsteRij,
    leerling: leerling.filter(binnen),
    // "Leerjaar" says the pupil's own year where "Groep" may name a combination group (5/6).
    groep:
      optioneel(
        rollen.findIndex((r, c) => binnen(c) && r?.rol === "groep" && /leerjaar|jaargroep/i.test(koppen[c] ?? "")),
      ) ?? optioneel(eerste("groep")),
    datum: optioneel(eerste("datum")),
    uitgesloten: optioneel(eerste("uitgesloten")),
    schooljaar: optioneel(eerste("schooljaar")),
    leerjaar: leerjaarVanBlad(blad, kopRij),
  };

  const vaardigheid = eerste("vaardigheid");
  const score = eerste("score");
  if (vaardigheid >= 0 && score >= 0) {
    return {
      ...basis,
      indeling: "lang",
      vaardigheid,
      score,
      moment: optioneel(eerste("moment")),
      toets: optioneel(eerste("toets")),
      scores: [],
    };
  }

  const toetsKolommen = rollen.flatMap((r, c) => (binnen(c) && r?.rol === "toets" && r.vaardigheid ? [{ c, r }] : []));
  const scores: ScoreKolom[] = [];
  rollen.forEach((r, c) => {
    if (!binnen(c) || r?.rol !== "score" || !r.vaardigheid) return;
    const toets = toetsKolommen.find(
      (t) => t.r.rol === "toets" && t.r.vaardigheid === r.vaardigheid && t.r.moment === r.moment && t.r.deel === r.deel,
    );
    scores.push({
      kolom: c,
      vaardigheid: r.vaardigheid,
      ...(r.moment ? { moment: r.moment } : {}),
      ...(r.deel ? { deel: r.deel } : {}),
      ...(toets ? { toets: toets.c } : {}),
    });
  });
  return { ...basis, indeling: "breed", scores };
}
