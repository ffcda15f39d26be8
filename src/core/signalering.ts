/**
 * Signalering: does a result reach the board's or the inspectie's lower bound? For Cito LOVS the
 * board's own tables (kwaliteitshandboek, see src/data/signalering/), for leerrendement the
 * kengetallen, for the end results the inspectie's signaleringswaarden.
 */
import inspectie from "../data/inspectie.json";
import bl from "../data/signalering/bl.json";
import bl3 from "../data/signalering/bl3.json";
import dmt from "../data/signalering/dmt.json";
import rw from "../data/signalering/rw.json";
import rw3 from "../data/signalering/rw3.json";
import sp from "../data/signalering/sp.json";
import sp3 from "../data/signalering/sp3.json";
import { labelKey } from "./cell";
import { fout, type LvsError } from "./errors";
import type { CitoMoment } from "./moment";
import { readReferentieniveau, referentieLijn } from "./toets";

export const VOLDOENDE = "voldoende";
export const CODE_ORANJE = "code oranje";
export const CODE_ROOD = "code rood";
export const ONDER_SIGNALERINGSWAARDE = "onder signaleringswaarde";

export type CitoNorm = "DMT" | "BL" | "BL3" | "RW" | "RW3" | "SP" | "SP3";
export type Signaleringsnorm = CitoNorm | "LR" | "1F" | "2F/1S";

export interface CitoTabel {
  readonly norm: string;
  readonly titel: string;
  readonly bron: string;
  /** "enkel": one lower bound (DMT, spelling); "gewogen": a bound per share of gewogen leerlingen (BL, RW). */
  readonly soort: string;
  readonly kolommen: readonly string[];
  /** Each row: the Cito moment, then the cells as printed in the source. */
  readonly rijen: readonly (readonly string[])[];
}

export const CITO_TABELLEN: Record<CitoNorm, CitoTabel> = {
  DMT: dmt,
  BL: bl,
  BL3: bl3,
  RW: rw,
  RW3: rw3,
  SP: sp,
  SP3: sp3,
};

const NORM_SPELLINGS: Record<string, Signaleringsnorm> = {
  dmt: "DMT",
  bl: "BL",
  bl3: "BL3",
  rw: "RW",
  rw3: "RW3",
  sp: "SP",
  sp3: "SP3",
  lr: "LR",
};

/** "BL 3.0", "bl3" and "BL3" are one norm; 2F, 1S and 1S/2F are 2F/1S. */
export function readSignaleringsnorm(text: string): Signaleringsnorm | undefined {
  const key = labelKey(text).replace(/\s+/g, "").replace(/3\.0$/, "3");
  const niveau = readReferentieniveau(key);
  if (niveau !== undefined) return niveau === "3F" ? undefined : (referentieLijn(niveau) as "1F" | "2F/1S");
  return NORM_SPELLINGS[key];
}

export function isCitoNorm(norm: Signaleringsnorm): norm is CitoNorm {
  return norm in CITO_TABELLEN;
}

const RANGE = /^(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)$/;

/**
 * The lower bound a printed table cell stands for: the lower end of a range ("109 - 111"), the
 * board's value beside a starred historical inspectie value ("151* 158"), or a lone starred value.
 */
export function boundInCell(cell: string | undefined): number | undefined {
  const text = (cell ?? "").trim();
  if (text === "") return undefined;
  const range = RANGE.exec(text);
  if (range) return Math.min(Number(range[1]), Number(range[2]));
  const tokens = text.split(/\s+/);
  const own = tokens.filter((t) => !t.endsWith("*"));
  const chosen = own.length > 0 ? own[own.length - 1] : tokens[0]?.replace(/\*$/, "");
  const value = Number(chosen);
  return Number.isFinite(value) ? value : undefined;
}

export interface CitoBounds {
  /** The bound for the category asked for; undefined when the table cell is empty. */
  readonly ondergrens: number | undefined;
  /** Midden niveau IV (the ≥ 15% bound minus 2); only for tables with gewogen categories. */
  readonly middenNiveauIV: number | undefined;
}

/** BL and RW choose their column by the share of gewogen leerlingen; DMT and spelling have one. */
export function usesGewogen(norm: CitoNorm): boolean {
  return CITO_TABELLEN[norm].soort === "gewogen";
}

export function citoBounds(norm: CitoNorm, moment: CitoMoment, gewogen: number | undefined): CitoBounds {
  const tabel = CITO_TABELLEN[norm];
  const row = tabel.rijen.find((r) => r[0] === moment);
  if (!usesGewogen(norm)) return { ondergrens: boundInCell(row?.[2]), middenNiveauIV: undefined };
  const vanaf15 = boundInCell(row?.[3]);
  const middenNiveauIV = vanaf15 === undefined ? undefined : vanaf15 - inspectie.middenNiveauIVOnderOranjeGrens;
  const hoogGewogen = (gewogen ?? 0) >= inspectie.gewogenLeerlingenGrensProcent / 100;
  return { ondergrens: hoogGewogen ? vanaf15 : boundInCell(row?.[2]), middenNiveauIV };
}

/**
 * A group's mean vaardigheidsscore against the board's table. BL/RW need the share of gewogen
 * leerlingen (as a fraction) to choose the column; below the bound it is code oranje while the
 * mean is at least midden niveau IV, and code rood below that.
 */
export function citoSignalering(
  norm: CitoNorm,
  gemiddelde: number,
  moment: CitoMoment,
  gewogen: number | undefined,
): string | LvsError {
  const tabel = CITO_TABELLEN[norm];
  const gewogenTabel = usesGewogen(norm);
  if (gewogenTabel && gewogen === undefined) return fout("needsGewogenAandeel", { norm });
  const { ondergrens, middenNiveauIV } = citoBounds(norm, moment, gewogen);
  if (ondergrens === undefined) {
    const categorie = !gewogenTabel
      ? ""
      : (gewogen ?? 0) >= inspectie.gewogenLeerlingenGrensProcent / 100
        ? " bij 15% of meer gewogen leerlingen"
        : " bij minder dan 15% gewogen leerlingen";
    return fout("noSignaleringswaarde", { tabel: tabel.titel, moment, categorie });
  }
  if (gemiddelde >= ondergrens) return VOLDOENDE;
  if (!gewogenTabel) return ONDER_SIGNALERINGSWAARDE;
  return middenNiveauIV !== undefined && gemiddelde >= middenNiveauIV ? CODE_ORANJE : CODE_ROOD;
}

/** A share of pupils at 1F (a fraction) against the inspectie's 85%, the same for every school. */
export function signalering1F(aandeel: number): string {
  return aandeel >= inspectie.signaleringswaarde1FProcent / 100 ? VOLDOENDE : ONDER_SIGNALERINGSWAARDE;
}

/** A share at 2F/1S against the school's own signaleringswaarde, which the inspectie publishes per school. */
export function signalering2F1S(aandeel: number, signaleringswaarde: number | undefined): string | LvsError {
  if (signaleringswaarde === undefined) return fout("needsSchoolSignaleringswaarde", {});
  return aandeel >= signaleringswaarde ? VOLDOENDE : ONDER_SIGNALERINGSWAARDE;
}
