/**
 * Reading the pupils' results out of an overview, whatever its layout: one Afname per pupil ×
 * vaardigheid × afname that holds a score. Odd cells never stop the reading; they are reported.
 */
import { celTekst, isCellError, isEmpty, readNumber, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import { halfjaren, momentFromLabel, type Moment } from "../moment";
import { SCHAAL } from "../schaal";
import type { Deel } from "./kop";
import { vindMoment } from "./kop";
import type { Blad, Kolomindeling } from "./indeling";
import type { Writable } from "../writable";
import { vindVaardigheid, type Vaardigheid } from "./vaardigheid";
import { datumVan, serieelGetal } from "../excel-datum";
import { groepeer } from "../groepeer";

export interface Cel {
  readonly rij: number;
  readonly kolom: number;
}

export interface Afname {
  readonly leerling: string;
  readonly rij: number;
  readonly groep?: string;
  readonly leerjaar?: number;
  readonly vaardigheid: Vaardigheid;
  /** Undefined when neither header nor cell says when the toets was made. */
  readonly moment?: Moment;
  readonly schooljaar?: string;
  readonly scoreCel: Cel;
  readonly score: number;
  /** The toets column's cell for this score, when the overview has one. */
  readonly toetsCel?: Cel;
  readonly toets?: string;
  /** Date of the afname as an Excel serial number, when the overview has one: it orders afnames. */
  readonly datum?: number;
  /** The ground for leaving this pupil out of the end results, from an "Uitgesloten" column. */
  readonly uitgesloten?: string;
}

export type LeesmeldingSoort =
  | "tekstgetal"
  | "foutwaarde"
  | "geenGetal"
  /** A number off the IEP ontwikkelscore scale (negative, a typo like 480, a date): no colour, not counted. */
  | "onwaarschijnlijk"
  /** Above the highest score of its toets: coloured, but probably made with another toets. */
  | "bovenBereik"
  /** A cell of the add-in's helper columns that the user typed into: kept as it is. */
  | "getypt"
  | "rijZonderNaam"
  | "samenvattingsrij"
  | "onbekendeVaardigheid"
  | "onbekendMoment";

export interface Leesmelding {
  readonly soort: LeesmeldingSoort;
  readonly cel: Cel;
  readonly inhoud: string;
}

/** The messages per kind, in the order the kinds first occur. */
export function meldingenPerSoort(meldingen: readonly Leesmelding[]): Map<LeesmeldingSoort, Leesmelding[]> {
  return groepeer(meldingen, (m) => m.soort);
}

export interface Overzicht {
  readonly blad: string;
  readonly indeling: Kolomindeling;
  readonly afnames: readonly Afname[];
  readonly meldingen: readonly Leesmelding[];
  /** Score cells left empty: not an error, just not (yet) made. */
  readonly legeScores: number;
}

const SAMENVATTING = /^(gemiddelde|gem\.?|groepsgemiddelde|totaal|aantal|mediaan|min(imum)?|max(imum)?|gemiddeld)$/i;

function leerjaarIn(value: CellValue): number | undefined {
  const match = /([1-8])/.exec(celTekst(value));
  return match ? Number(match[1]) : undefined;
}

function momentVoor(
  moment: Moment | undefined,
  deel: Deel | undefined,
  leerjaar: number | undefined,
): Moment | undefined {
  if (moment) return moment;
  if (deel && leerjaar !== undefined && leerjaar >= 3) return `${leerjaar}${deel}` as Moment;
  return undefined;
}

/** The score in a cell, or why there is none: text numbers count (and are reported), errors do not. */
function leesScore(value: CellValue, cel: Cel, meldingen: Leesmelding[]): number | undefined {
  if (isEmpty(value)) return undefined;
  if (isCellError(value)) {
    meldingen.push({ soort: "foutwaarde", cel, inhoud: value.cellError });
    return undefined;
  }
  const number = readNumber(value, "score");
  if (isLvsError(number)) {
    meldingen.push({ soort: "geenGetal", cel, inhoud: String(value) });
    return undefined;
  }
  if (number < SCHAAL.laagste || number > SCHAAL.hoogste) {
    meldingen.push({ soort: "onwaarschijnlijk", cel, inhoud: String(value) });
    return undefined;
  }
  if (typeof value === "string") meldingen.push({ soort: "tekstgetal", cel, inhoud: value });
  return number;
}

/** The pupil's name: one column, or several (voornaam, tussenvoegsel, achternaam) joined. */
function naamIn(rij: readonly CellValue[], kolommen: readonly number[]): string {
  if (kolommen.length === 1) return celTekst(rij[kolommen[0]!]);
  return kolommen
    .map((c) => celTekst(rij[c]))
    .filter((t) => t !== "")
    .join(" ");
}

function ietsIn(rij: readonly CellValue[], van: number, tot: number): boolean {
  for (let c = van; c <= tot; c++) if (!isEmpty(rij[c])) return true;
  return false;
}

const NIET_UITGESLOTEN = /^(nee|n|0|onwaar|false|-)$/i;

/*
 * Metingen are built field by field rather than by spreading optional parts: a school's export has
 * thousands of rows, and every spread makes objects only to throw them away.
 */
export function leesOverzicht(blad: Blad, indeling: Kolomindeling): Overzicht {
  const afnames: Afname[] = [];
  const meldingen: Leesmelding[] = [];
  let legeScores = 0;
  const { cellen } = blad;

  for (let r = indeling.eersteRij; r <= indeling.laatsteRij; r++) {
    const rij = cellen[r] ?? [];
    if (!ietsIn(rij, indeling.eersteKolom, indeling.laatsteKolom)) continue;
    const leerling = naamIn(rij, indeling.leerling);
    const naamCel = { rij: r, kolom: indeling.leerling[0] ?? indeling.eersteKolom };
    if (leerling === "") {
      meldingen.push({ soort: "rijZonderNaam", cel: naamCel, inhoud: "" });
      continue;
    }
    if (SAMENVATTING.test(leerling)) {
      meldingen.push({ soort: "samenvattingsrij", cel: naamCel, inhoud: leerling });
      continue;
    }
    const groep = indeling.groep !== undefined ? celTekst(rij[indeling.groep]) : undefined;
    const leerjaar = (indeling.groep !== undefined ? leerjaarIn(rij[indeling.groep]) : undefined) ?? indeling.leerjaar;
    const schooljaar = indeling.schooljaar !== undefined ? celTekst(rij[indeling.schooljaar]) : undefined;
    const uitgesloten = indeling.uitgesloten !== undefined ? celTekst(rij[indeling.uitgesloten]) : "";
    const afname = (
      vaardigheid: Vaardigheid,
      scoreCel: Cel,
      score: number,
      moment: Moment | undefined,
      toetsKolom: number | undefined,
    ): Writable<Afname> => {
      const m: Writable<Afname> = { leerling, rij: r, vaardigheid, scoreCel, score };
      if (uitgesloten && !NIET_UITGESLOTEN.test(uitgesloten)) m.uitgesloten = uitgesloten;
      if (groep) m.groep = groep;
      if (leerjaar !== undefined) m.leerjaar = leerjaar;
      if (schooljaar) m.schooljaar = schooljaar;
      if (moment) m.moment = moment;
      if (toetsKolom !== undefined) {
        m.toetsCel = { rij: r, kolom: toetsKolom };
        m.toets = celTekst(rij[toetsKolom]);
      }
      return m;
    };

    if (indeling.indeling === "lang") {
      const scoreCel = { rij: r, kolom: indeling.score! };
      const score = leesScore(rij[scoreCel.kolom], scoreCel, meldingen);
      if (score === undefined) {
        if (isEmpty(rij[scoreCel.kolom])) legeScores++;
        continue;
      }
      const vaardigheidTekst = celTekst(rij[indeling.vaardigheid!]);
      const vaardigheid = vindVaardigheid(vaardigheidTekst)?.vaardigheid;
      if (!vaardigheid) {
        meldingen.push({
          soort: "onbekendeVaardigheid",
          cel: { rij: r, kolom: indeling.vaardigheid! },
          inhoud: vaardigheidTekst,
        });
        continue;
      }
      const momentTekst = indeling.moment !== undefined ? celTekst(rij[indeling.moment]) : "";
      const datum = indeling.datum !== undefined ? datumIn(rij[indeling.datum]) : undefined;
      const inKop = vindMoment(momentTekst);
      const moment =
        momentVoor(momentFromLabel(momentTekst) ?? inKop.moment, inKop.deel, leerjaar) ??
        // Without a moment column: a half-year toets is made at its own moment; else the date tells the half.
        (indeling.moment === undefined
          ? (halfjaarVanToets(indeling.toets !== undefined ? rij[indeling.toets] : undefined) ??
            momentVoor(undefined, deelVanDatum(datum), leerjaar))
          : undefined);
      if (!moment && indeling.moment !== undefined) {
        meldingen.push({ soort: "onbekendMoment", cel: { rij: r, kolom: indeling.moment }, inhoud: momentTekst });
      }
      const m = afname(vaardigheid, scoreCel, score, moment, indeling.toets);
      if (datum !== undefined) {
        m.datum = datum;
        if (!schooljaar) m.schooljaar = schooljaarVan(datum);
      }
      afnames.push(m);
      continue;
    }

    for (const kolom of indeling.scores) {
      const scoreCel = { rij: r, kolom: kolom.kolom };
      const score = leesScore(rij[kolom.kolom], scoreCel, meldingen);
      if (score === undefined) {
        if (isEmpty(rij[kolom.kolom])) legeScores++;
        continue;
      }
      afnames.push(
        afname(kolom.vaardigheid, scoreCel, score, momentVoor(kolom.moment, kolom.deel, leerjaar), kolom.toets),
      );
    }
  }
  return { blad: blad.naam, indeling, afnames, meldingen, legeScores };
}

/** A date cell as an Excel serial number: a number already, or text like 24-1-2025 or 2025-01-24. */
function datumIn(value: CellValue): number | undefined {
  if (typeof value === "number" && value > 20000 && value < 80000) return value;
  const t = celTekst(value);
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  const [jaar, maand, dag] = nl ? [nl[3], nl[2], nl[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!jaar) return undefined;
  return serieelGetal(Date.UTC(Number(jaar), Number(maand) - 1, Number(dag)));
}

/** A school year runs from August to July: 24-1-2025 lies in 2024-2025. */
function schooljaarVan(datum: number): string {
  const d = datumVan(datum);
  const jaar = d.getUTCMonth() + 1 >= 8 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  return `${jaar}-${jaar + 1}`;
}

/** IEP's afnames: midden (a) in januari/februari, eind (b) in juni; so autumn and winter count as a. */
function deelVanDatum(datum: number | undefined): Deel | undefined {
  if (datum === undefined) return undefined;
  const maand = datumVan(datum).getUTCMonth() + 1;
  return maand >= 4 && maand <= 8 ? "b" : "a";
}

function halfjaarVanToets(value: CellValue): Moment | undefined {
  const label = celTekst(value).toLowerCase().replace(/\s+/g, "");
  return /^[3-6][ab]$/.test(label) ? (label as Moment) : undefined;
}

/** Orders a pupil's afnames of one vaardigheid in time: date or schooljaar first, then the moment. */
export function chronologisch(a: Afname, b: Afname): number {
  if (a.datum !== undefined && b.datum !== undefined && a.datum !== b.datum) return a.datum - b.datum;
  // School years read "2024-2025": plain comparison orders them (and is far quicker than localeCompare).
  const ja = a.schooljaar ?? "";
  const jb = b.schooljaar ?? "";
  if (ja !== jb) return ja < jb ? -1 : 1;
  const moment = (a.moment ? halfjaren(a.moment) : 0) - (b.moment ? halfjaren(b.moment) : 0);
  return moment !== 0 ? moment : a.rij - b.rij;
}
