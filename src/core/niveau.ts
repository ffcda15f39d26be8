/**
 * The result of a toets as IEP reports it, and whether the toets fitted the pupil.
 */
import toetsData from "../data/iep-toetsen.json";
import { fout, type LvsError } from "./errors";
import type { Halfjaar, Referentietoets, Toets } from "./toets";

export const GEEN_RESULTAAT = "geen resultaat";

export function opWegNaar(label: string): string {
  return `op weg naar ${label}`;
}

/**
 * Below the lowest possible score there is no result; from there up to the threshold the pupil is
 * "op weg naar" the level; at or above the threshold the level is reached (equal counts as reached).
 */
export function niveau(ontwikkelscore: number, toets: Toets): string | LvsError {
  return toets.soort === "halfjaar" ? halfjaarNiveau(ontwikkelscore, toets) : referentieNiveau(ontwikkelscore, toets);
}

function halfjaarNiveau(score: number, toets: Halfjaar): string | LvsError {
  if (score > toets.hoogste) {
    return fout("scoreAboveHighest", { ontwikkelscore: score, toets: toets.label, hoogste: toets.hoogste });
  }
  if (score < toets.laagste) return GEEN_RESULTAAT;
  return score >= toets.drempelwaarde ? toets.label : toets.opWeg;
}

/** A span toets (1F-2F) shows the highest level of its span that the score reaches. */
function referentieNiveau(score: number, toets: Referentietoets): string {
  const reached = toets.niveaus.filter((n) => score >= n.drempelwaarde);
  const highest = reached[reached.length - 1];
  if (highest) return highest.label;
  const lowest = toets.niveaus[0];
  return opWegNaar(lowest ? lowest.label : toets.label);
}

export const PASSEND = "passend";
export const LAGERE_TOETS = "lagere toets overwegen";
export const HOGERE_TOETS = "hogere toets overwegen";

/**
 * A guideline, not a hard limit. For 3a–6b the lowest possible score (or less) hints at a lower
 * toets and the highest possible score at a higher one; for reference-level toetsen the share
 * of correct answers does: under 40% lower, over 85% higher.
 *
 * `waarde` is the ontwikkelscore for 3a–6b and the share correct (a fraction) otherwise.
 */
export function passendeToets(waarde: number, toets: Toets): string | LvsError {
  if (toets.soort === "halfjaar") {
    if (waarde > toets.hoogste) {
      return fout("scoreAboveHighest", { ontwikkelscore: waarde, toets: toets.label, hoogste: toets.hoogste });
    }
    if (waarde <= toets.laagste) return LAGERE_TOETS;
    return waarde >= toets.hoogste ? HOGERE_TOETS : PASSEND;
  }
  // Compare fractions made by the same division as the input's, so 85% is exactly 85/100.
  const { referentieniveauLagerOnderProcent: onder, referentieniveauHogerBovenProcent: boven } =
    toetsData.passendeToets;
  if (waarde < onder / 100) return LAGERE_TOETS;
  return waarde > boven / 100 ? HOGERE_TOETS : PASSEND;
}
