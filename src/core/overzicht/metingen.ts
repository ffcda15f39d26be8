/**
 * Reading the pupils' results out of an overview, whatever its layout: one Meting per pupil ×
 * vaardigheid × afname that holds a score. Odd cells never stop the reading; they are reported.
 */
import { isCellError, isEmpty, readNumber, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import { halfjaren, momentFromLabel, type Moment } from "../moment";
import type { Deel } from "./kop";
import { vindMoment } from "./kop";
import type { Blad, Kolomindeling } from "./indeling";
import { vindVaardigheid, type Vaardigheid } from "./vaardigheid";

export interface Cel {
  readonly rij: number;
  readonly kolom: number;
}

export interface Meting {
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
}

export type MeldingSoort =
  | "tekstgetal"
  | "foutwaarde"
  | "geenGetal"
  | "rijZonderNaam"
  | "samenvattingsrij"
  | "onbekendeVaardigheid"
  | "onbekendMoment";

export interface Melding {
  readonly soort: MeldingSoort;
  readonly cel: Cel;
  readonly inhoud: string;
}

export interface Overzicht {
  readonly blad: string;
  readonly indeling: Kolomindeling;
  readonly metingen: readonly Meting[];
  readonly meldingen: readonly Melding[];
  /** Score cells left empty: not an error, just not (yet) made. */
  readonly legeScores: number;
}

const SAMENVATTING = /^(gemiddelde|gem\.?|groepsgemiddelde|totaal|aantal|mediaan|min(imum)?|max(imum)?|gemiddeld)$/i;

function tekst(value: CellValue): string {
  if (isEmpty(value) || isCellError(value)) return "";
  return String(value).trim();
}

function leerjaarIn(value: CellValue): number | undefined {
  const match = /([1-8])/.exec(tekst(value));
  return match ? Number(match[1]) : undefined;
}

function momentVoor(moment: Moment | undefined, deel: Deel | undefined, leerjaar: number | undefined): Moment | undefined {
  if (moment) return moment;
  if (deel && leerjaar !== undefined && leerjaar >= 3) return `${leerjaar}${deel}` as Moment;
  return undefined;
}

/** The score in a cell, or why there is none: text numbers count (and are reported), errors do not. */
function leesScore(value: CellValue, cel: Cel, meldingen: Melding[]): number | undefined {
  if (isEmpty(value)) return undefined;
  if (isCellError(value)) {
    meldingen.push({ soort: "foutwaarde", cel, inhoud: value.cellError });
    return undefined;
  }
  const number = readNumber(value, "score");
  if (isLvsError(number) || number < 0) {
    meldingen.push({ soort: "geenGetal", cel, inhoud: String(value) });
    return undefined;
  }
  if (typeof value === "string") meldingen.push({ soort: "tekstgetal", cel, inhoud: value });
  return number;
}

export function leesOverzicht(blad: Blad, indeling: Kolomindeling): Overzicht {
  const metingen: Meting[] = [];
  const meldingen: Melding[] = [];
  let legeScores = 0;
  const { cellen } = blad;

  for (let r = indeling.eersteRij; r <= indeling.laatsteRij; r++) {
    const rij = cellen[r] ?? [];
    const leerling = indeling.leerling.map((c) => tekst(rij[c])).filter((t) => t !== "").join(" ");
    const ietsIngevuld = rij.slice(indeling.eersteKolom, indeling.laatsteKolom + 1).some((v) => !isEmpty(v));
    if (!ietsIngevuld) continue;
    const naamCel = { rij: r, kolom: indeling.leerling[0] ?? indeling.eersteKolom };
    if (leerling === "") {
      meldingen.push({ soort: "rijZonderNaam", cel: naamCel, inhoud: "" });
      continue;
    }
    if (SAMENVATTING.test(leerling)) {
      meldingen.push({ soort: "samenvattingsrij", cel: naamCel, inhoud: leerling });
      continue;
    }
    const groep = indeling.groep !== undefined ? tekst(rij[indeling.groep]) : undefined;
    const leerjaar = (indeling.groep !== undefined ? leerjaarIn(rij[indeling.groep]) : undefined) ?? indeling.leerjaar;
    const schooljaar = indeling.schooljaar !== undefined ? tekst(rij[indeling.schooljaar]) : undefined;
    const gemeen = {
      leerling,
      rij: r,
      ...(groep ? { groep } : {}),
      ...(leerjaar !== undefined ? { leerjaar } : {}),
      ...(schooljaar ? { schooljaar } : {}),
    };

    if (indeling.indeling === "lang") {
      const scoreCel = { rij: r, kolom: indeling.score! };
      const score = leesScore(rij[scoreCel.kolom], scoreCel, meldingen);
      if (score === undefined) {
        if (isEmpty(rij[scoreCel.kolom])) legeScores++;
        continue;
      }
      const vaardigheidTekst = tekst(rij[indeling.vaardigheid!]);
      const vaardigheid = vindVaardigheid(vaardigheidTekst)?.vaardigheid;
      if (!vaardigheid) {
        meldingen.push({ soort: "onbekendeVaardigheid", cel: { rij: r, kolom: indeling.vaardigheid! }, inhoud: vaardigheidTekst });
        continue;
      }
      const momentTekst = indeling.moment !== undefined ? tekst(rij[indeling.moment]) : "";
      const gelezen = momentFromLabel(momentTekst);
      const moment = momentVoor(gelezen ?? vindMoment(momentTekst).moment, vindMoment(momentTekst).deel, leerjaar);
      if (!moment && indeling.moment !== undefined) {
        meldingen.push({ soort: "onbekendMoment", cel: { rij: r, kolom: indeling.moment }, inhoud: momentTekst });
      }
      const toetsCel = indeling.toets !== undefined ? { rij: r, kolom: indeling.toets } : undefined;
      metingen.push({
        ...gemeen,
        vaardigheid,
        ...(moment ? { moment } : {}),
        scoreCel,
        score,
        ...(toetsCel ? { toetsCel, toets: tekst(rij[toetsCel.kolom]) } : {}),
      });
      continue;
    }

    for (const kolom of indeling.scores) {
      const scoreCel = { rij: r, kolom: kolom.kolom };
      const score = leesScore(rij[kolom.kolom], scoreCel, meldingen);
      if (score === undefined) {
        if (isEmpty(rij[kolom.kolom])) legeScores++;
        continue;
      }
      const moment = momentVoor(kolom.moment, kolom.deel, leerjaar);
      const toetsCel = kolom.toets !== undefined ? { rij: r, kolom: kolom.toets } : undefined;
      metingen.push({
        ...gemeen,
        vaardigheid: kolom.vaardigheid,
        ...(moment ? { moment } : {}),
        scoreCel,
        score,
        ...(toetsCel ? { toetsCel, toets: tekst(rij[toetsCel.kolom]) } : {}),
      });
    }
  }
  return { blad: blad.naam, indeling, metingen, meldingen, legeScores };
}

/** Orders a pupil's afnames of one vaardigheid in time: schooljaar first, then the moment. */
export function chronologisch(a: Meting, b: Meting): number {
  const jaar = (a.schooljaar ?? "").localeCompare(b.schooljaar ?? "");
  if (jaar !== 0) return jaar;
  const moment = (a.moment ? halfjaren(a.moment) : 0) - (b.moment ? halfjaren(b.moment) : 0);
  return moment !== 0 ? moment : a.rij - b.rij;
}
