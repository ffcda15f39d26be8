/**
 * Leerrendement (LR) = DLE / DL: the didactische leeftijdsequivalent reached, divided by the months
 * of education since the start of groep 3 (10 a year, 60 at the end of groep 8).
 */
import kengetallen from "../data/leerrendement.json";
import { fout, type LvsError } from "./errors";

export function leerrendement(dle: number, dl: number): number | LvsError {
  if (dl === 0) return fout("dlZero", {});
  return dle / dl;
}

export interface Kengetal {
  readonly dle: number;
  readonly dl: number;
  readonly procent: number;
}

/**
 * The bound of a kengetal as a fraction: the lower of DLE/DL and the printed percentage. A pupil
 * exactly at the level (40/60 = 66.7%) has reached it, and so has an LR typed as exactly 83%.
 */
export function kengetalGrens(kengetal: Kengetal): number {
  return Math.min(kengetal.dle / kengetal.dl, kengetal.procent / 100);
}

export const LR_HAALBAAR = "1F haalbaar";
export const LR_NIET_HAALBAAR = "1F niet haalbaar";
export const LR_ONDER_GROEP_6 = "onder eindniveau groep 6";

/** What the LR says about the end of groep 8; after a doublure counted on in the DL the bounds are 71% and 57%. */
export function leerrendementSignaal(lr: number, doublure: boolean): string {
  const set = doublure ? kengetallen.kengetallen.doublure : kengetallen.kengetallen.normaal;
  if (lr >= kengetalGrens(set["1F"])) return LR_HAALBAAR;
  return lr >= kengetalGrens(set.eindniveauGroep6) ? LR_NIET_HAALBAAR : LR_ONDER_GROEP_6;
}
