/**
 * IEP vaardigheden as IB'ers write them in column headers: full names, the usual abbreviations,
 * and the Cito-era names some overviews still use.
 */
import { onthoud } from "../onthoud";
export const VAARDIGHEDEN = ["rekenen", "lezen", "taalverzorging", "technisch lezen", "woordenschat"] as const;
export type Vaardigheid = (typeof VAARDIGHEDEN)[number];

// Checked in this order, so "technisch lezen" is found before "lezen".
const SPELLINGEN: ReadonlyArray<readonly [RegExp, Vaardigheid]> = [
  [/\b(technisch lezen|tech\.? lezen|tl|dmt|avi)\b/, "technisch lezen"],
  [/\b(begrijpend lezen|begr\.? lezen|lezen|bl)\b/, "lezen"],
  [/\b(rekenen[- ]wiskunde|rekenen|rek|rw)\b/, "rekenen"],
  [/\b(taalverzorging|taal|tv|spelling)\b/, "taalverzorging"],
  [/\b(woordenschat|ws)\b/, "woordenschat"],
];

export interface Gevonden {
  readonly vaardigheid: Vaardigheid;
  /** The text with the vaardigheid taken out, to look for a moment or a role word in. */
  readonly rest: string;
}

export const vindVaardigheid: (text: string) => Gevonden | undefined = onthoud(leesVaardigheid);

function leesVaardigheid(text: string): Gevonden | undefined {
  const key = text
    .toLowerCase()
    .replace(/[_()[\]:]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [pattern, vaardigheid] of SPELLINGEN) {
    const match = pattern.exec(key);
    if (match)
      return { vaardigheid, rest: `${key.slice(0, match.index)} ${key.slice(match.index + match[0].length)}`.trim() };
  }
  return undefined;
}
