/** Colour by majority, as the trendanalyse colours a cell: the norm by the majority on the norm, the tint by the majority on growth. */
import type { Kleur } from "../kleur";

export interface Telling {
  readonly groen: number;
  readonly blauw: number;
  readonly donker: number;
  readonly licht: number;
}

export function tel(kleuren: readonly (Kleur | "")[]): Telling {
  const t = { groen: 0, blauw: 0, donker: 0, licht: 0 };
  for (const k of kleuren) {
    if (k.endsWith("groen")) t.groen++;
    if (k.endsWith("blauw")) t.blauw++;
    if (k.startsWith("donker")) t.donker++;
    if (k.startsWith("licht")) t.licht++;
  }
  return t;
}

/** A tie goes to green and to dark: half of the group reaching the norm or the expected growth counts as reached. */
export function meerderheid(t: Telling): Kleur | "" {
  const basis = t.groen + t.blauw === 0 ? "" : t.groen >= t.blauw ? "groen" : "blauw";
  const tint = t.donker + t.licht === 0 ? "" : t.donker >= t.licht ? "donker" : "licht";
  return `${tint}${basis}` as Kleur | "";
}

export const GELIJKSPEL_REGEL = "Bij een gelijke stand telt de kleur als groen (norm) en als donker (groei).";
