/**
 * Honest colouring: only IEP ontwikkelscores get a colour. A single implausible score (a typo like
 * 480 for 48, a date, a negative number) is left out; a sheet whose scores are mostly outside the
 * range IEP scores can have at their moment (Cito vaardigheidsscores of 150–190, percentages,
 * grades) is not coloured at all. The rule and its numbers live in src/data/iep-schaal.json.
 */
import schaalData from "../data/iep-schaal.json";
import { isCellError, isEmpty, readNumber, type CellValue } from "./cell";
import { isLvsError } from "./errors";
import { leerjaar, type Moment } from "./moment";
import { halfjaartoets, type Halfjaartoets } from "./toets";

export const SCHAAL: { readonly laagste: number; readonly hoogste: number } = schaalData.schaal;

/** The score a helper cell works with, or undefined: empty, an error, not a number, or off the IEP scale. */
export function plausibeleScore(value: CellValue): number | undefined {
  if (isEmpty(value) || isCellError(value) || typeof value === "boolean") return undefined;
  const getal = readNumber(value, "score");
  if (isLvsError(getal)) return undefined;
  return getal >= SCHAAL.laagste && getal <= SCHAAL.hoogste ? getal : undefined;
}

export interface Venster {
  readonly van: number;
  readonly tot: number;
}

/** The scores IEP pupils can have at a moment, with the margin of src/data/iep-schaal.json. */
export function schaalVenster(moment: Moment | undefined): Venster {
  const { marge, laagsteBovenbouw } = schaalData.bladtoets;
  if (moment === undefined || leerjaar(moment) >= 7) {
    return { van: moment === undefined ? SCHAAL.laagste : laagsteBovenbouw, tot: SCHAAL.hoogste };
  }
  const toets = halfjaartoets(moment as Halfjaartoets);
  return { van: Math.max(SCHAAL.laagste, toets.laagste - marge), tot: Math.min(SCHAAL.hoogste, toets.hoogste + marge) };
}

export interface Schaalscore {
  readonly adres: string;
  readonly score: number;
  readonly moment: Moment | undefined;
}

export type Schaaloordeel =
  | { readonly iep: true }
  | {
      readonly iep: false;
      readonly buiten: number;
      readonly totaal: number;
      readonly voorbeelden: readonly Schaalscore[];
    };

/** More than half of the numeric scores outside their moment's window: not IEP ontwikkelscores. */
export function beoordeelSchaal(scores: readonly Schaalscore[]): Schaaloordeel {
  const buiten = scores.filter((s) => {
    const venster = schaalVenster(s.moment);
    return s.score < venster.van || s.score > venster.tot;
  });
  if (scores.length === 0 || buiten.length <= scores.length * schaalData.bladtoets.aandeelBuiten) return { iep: true };
  return { iep: false, buiten: buiten.length, totaal: scores.length, voorbeelden: buiten.slice(0, 3) };
}
