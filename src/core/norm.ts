/**
 * Norm names as users write them. The same names label the columns of a Normen table, so an
 * argument and a column header are read by the same rule: a known norm, optionally followed by a
 * vaardigheid ("landelijk rekenen"), or any other header the school made up.
 */
import { labelKey } from "./cell";

export type Basisnorm = "1F" | "2F/1S" | "landelijk" | "schoolweging" | "geen";

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

// Longest spellings first, so "landelijk gemiddelde rekenen" is not read as "landelijk" + "gemiddelde rekenen".
const SPELLINGS: ReadonlyArray<readonly [string, Basisnorm]> = (
  [
    ["ontwikkellijn 2f/1s", "2F/1S"],
    ["ontwikkellijn 1s/2f", "2F/1S"],
    ["ontwikkellijn 2f", "2F/1S"],
    ["ontwikkellijn 1s", "2F/1S"],
    ["ontwikkellijn 1f", "1F"],
    ["landelijk gemiddelde", "landelijk"],
    ["landelijk", "landelijk"],
    ["schoolweging", "schoolweging"],
    ["2f/1s", "2F/1S"],
    ["1s/2f", "2F/1S"],
    ["2f", "2F/1S"],
    ["1s", "2F/1S"],
    ["1f", "1F"],
    ["geen", "geen"],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

export function readNorm(text: string): Norm {
  const key = labelKey(text);
  for (const [spelling, basis] of SPELLINGS) {
    if (key === spelling || key.startsWith(`${spelling} `)) {
      const rest = key.slice(spelling.length).trim();
      const vaardigheid = rest === "" ? undefined : rest;
      return {
        basis,
        vaardigheid,
        label: vaardigheid ? `${basis} ${vaardigheid}` : basis,
        key: `${basis}|${vaardigheid ?? ""}`,
      };
    }
  }
  return { basis: undefined, vaardigheid: undefined, label: text.trim(), key: `eigen|${key}` };
}

/** The general line of a norm that has a vaardigheid; undefined when it is already general. */
export function generalNorm(norm: Norm): Norm | undefined {
  if (norm.basis === undefined || norm.vaardigheid === undefined) return undefined;
  return readNorm(norm.basis);
}
