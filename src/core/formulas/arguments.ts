/**
 * Argument kinds: how a cell value becomes a typed argument. Functions declare the kind of each
 * parameter and the evaluator reads every argument through this one table, so a rule such as
 * "text numbers with a decimal comma are numbers" holds for every function alike.
 */
import {
  RATE,
  readBoolean,
  readLabel,
  readNonNegative,
  readNumber,
  readPercentage,
  SHARE,
  type CellValue,
} from "../cell";
import type { LvsError } from "../errors";
import { readCitoMoment, readMoment } from "../moment";
import { readToets } from "../toets";

export const READERS = {
  /** An IEP ontwikkelscore, a DLE or a DL: a number that cannot be negative. */
  nietNegatief: readNonNegative,
  /** Any number, such as a Cito vaardigheidsscore (the scale goes below zero) or a verwachte groei. */
  getal: readNumber,
  /** A share of pupils, 0 to 100%: 0.85, 85 and "85%" alike. */
  aandeel: (value: CellValue, naam: string) => readPercentage(value, naam, SHARE),
  /** A leerrendement, which may pass 100%. */
  leerrendement: (value: CellValue, naam: string) => readPercentage(value, naam, RATE),
  waarOnwaar: readBoolean,
  toets: (value: CellValue, _naam: string) => readToets(value),
  moment: readMoment,
  citoMoment: readCitoMoment,
  tekst: readLabel,
  /** Left as it is, for an argument whose kind depends on another argument. */
  ruw: (value: CellValue, _naam: string): CellValue => value,
} as const;

export type Kind = keyof typeof READERS;
export type Read<K extends Kind> = Exclude<ReturnType<(typeof READERS)[K]>, LvsError>;

export function read<K extends Kind>(kind: K, value: CellValue, naam: string): Read<K> | LvsError {
  return (READERS[kind] as (v: CellValue, n: string) => Read<K> | LvsError)(value, naam);
}
