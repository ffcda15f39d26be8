/** The stappenplan as the walker uses it: every step in order, with its chapter. */
import data from "./stappenplan.json";
import type { Actie } from "./groepsacties";

export interface Stap {
  readonly id: string;
  readonly titel: string;
  readonly waar: string;
  readonly uitleg: string;
  readonly vragen: readonly string[];
  readonly acties: readonly Actie[];
  readonly hoofdstuk: string;
}

export const STAPPEN: readonly Stap[] = data.hoofdstukken.flatMap((h) =>
  h.stappen.map((s) => ({ ...s, acties: s.acties as Actie[], hoofdstuk: h.titel })),
);

export const HOOFDSTUKKEN: readonly { readonly titel: string; readonly stappen: readonly Stap[] }[] =
  data.hoofdstukken.map((h) => ({
    titel: h.titel,
    stappen: STAPPEN.filter((s) => s.hoofdstuk === h.titel),
  }));

/** The step the user was at, or the first one for a workbook seen for the first time. */
export function stapIndex(id: string | undefined): number {
  const index = STAPPEN.findIndex((s) => s.id === id);
  return index >= 0 ? index : 0;
}

export const STAP_SLEUTEL = "lvs.stap";
