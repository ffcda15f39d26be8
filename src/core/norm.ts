/**
 * Norm names as users write them. The same names label the columns of a Normen table, so an
 * argument and a column header are read by the same rule: a known norm, optionally followed by a
 * vaardigheid ("landelijk rekenen"), or any other header the school made up.
 */
import { labelKey } from "./cell";
import { GEEN_NORM, NORMEN } from "./normregister";
import { onthoud } from "./onthoud";
import { readReferentieniveau, referentieLijn } from "./toets";

/** A norm's name from the registry (src/data/normen.json), or "geen" for no norm. */
export type Basisnorm = string;

export interface Norm {
  /** A known norm, or undefined for a header of the school's own. */
  readonly basis: Basisnorm | undefined;
  /** The vaardigheid after the norm name, lower-case; undefined for the general line. */
  readonly vaardigheid: string | undefined;
  /** How messages name it, in canonical spelling. */
  readonly label: string;
  /** Identity used to match an argument to a column. */
  readonly key: string;
}

// Norms named by a word; longest first, so "landelijk gemiddelde rekenen" keeps its vaardigheid.
const WORD_NORMS: ReadonlyArray<readonly [string, Basisnorm]> = [
  ...NORMEN.flatMap((n) => [n.naam, ...n.spellingen].map((spelling) => [spelling.toLowerCase(), n.naam] as const)),
  [GEEN_NORM, GEEN_NORM] as const,
].sort((a, b) => b[0].length - a[0].length);

function known(basis: Basisnorm, rest: string): Norm {
  const vaardigheid = rest.trim() === "" ? undefined : rest.trim();
  return {
    basis,
    vaardigheid,
    label: vaardigheid ? `${basis} ${vaardigheid}` : basis,
    key: `${basis}|${vaardigheid ?? ""}`,
  };
}

/** "Ontwikkellijn 2F/1S", "1S", "landelijk gemiddelde rekenen", or a header of the school's own. */
export const readNorm: (text: string) => Norm = onthoud(leesNorm);

function leesNorm(text: string): Norm {
  const key = labelKey(text);
  const body = key.replace(/^ontwikkellijn /, "");
  const [first = "", ...rest] = body.split(" ");
  const niveau = readReferentieniveau(first);
  if (niveau !== undefined && niveau !== "3F") return known(referentieLijn(niveau), rest.join(" "));
  for (const [spelling, basis] of WORD_NORMS) {
    if (body === spelling || body.startsWith(`${spelling} `)) return known(basis, body.slice(spelling.length));
  }
  return { basis: undefined, vaardigheid: undefined, label: text.trim(), key: `eigen|${key}` };
}

/** The general line of a norm that has a vaardigheid; undefined when it is already general. */
export function generalNorm(norm: Norm): Norm | undefined {
  if (norm.basis === undefined || norm.vaardigheid === undefined) return undefined;
  return readNorm(norm.basis);
}
