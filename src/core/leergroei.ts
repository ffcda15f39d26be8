/**
 * Leergroei: the growth between a pupil's previous and current afname, as a multiple of the growth
 * IEP pupils show on average over the same interval. 1 is expected growth (the leergroeimeter is
 * half full), above 1 more, below 1 less, below 0 the score went down (the meter stays empty).
 */
import { fout, type LvsError } from "./errors";
import { halfjaren, type Moment } from "./moment";
import { verwachteGroei } from "./normlijn";
import type { Normtabel } from "./normtabel";

export interface Afnames {
  readonly vorigeScore: number;
  readonly huidigeScore: number;
  readonly vorigMoment: Moment;
  readonly huidigMoment: Moment;
  /** Given by the user; then the moments are labels only, so a doublure's repeated moment works. */
  readonly verwachteGroei?: number;
}

export function leergroei(afnames: Afnames, tabel?: Normtabel, vaardigheid?: string): number | LvsError {
  const verwacht = afnames.verwachteGroei ?? defaultExpectation(afnames, tabel, vaardigheid);
  if (typeof verwacht !== "number") return verwacht;
  if (verwacht === 0) return fout("expectedGrowthZero", {});
  if (verwacht < 0) return fout("expectedGrowthNegative", { waarde: verwacht });
  return (afnames.huidigeScore - afnames.vorigeScore) / verwacht;
}

function defaultExpectation(afnames: Afnames, tabel?: Normtabel, vaardigheid?: string): number | LvsError {
  const { vorigMoment, huidigMoment } = afnames;
  if (halfjaren(huidigMoment) <= halfjaren(vorigMoment)) {
    return fout("momentsNotInOrder", { vorig: vorigMoment, huidig: huidigMoment });
  }
  // Every pair of ordered IEP moments lies on the default line, so this is always a number.
  return (
    verwachteGroei(vorigMoment, huidigMoment, tabel, vaardigheid) ??
    fout("momentsNotInOrder", { vorig: vorigMoment, huidig: huidigMoment })
  );
}
