/**
 * The colour of a pupil's score, in the words the add-in writes wherever a colour is text:
 * green/blue for at or above / below the norm, dark/light for growth at or above / below
 * expected. Without an earlier afname only groen/blauw; with norm "geen" only donker/licht;
 * nothing to colour by gives "".
 */
export const KLEUREN = [
  "donkergroen",
  "lichtgroen",
  "donkerblauw",
  "lichtblauw",
  "groen",
  "blauw",
  "donker",
  "licht",
] as const;
export type Kleur = (typeof KLEUREN)[number];

export interface Kleurbasis {
  readonly ontwikkelscore: number;
  /** The norm line at the pupil's moment; undefined for norm "geen" or no line at that moment. */
  readonly normwaarde?: number | undefined;
  /** Growth as a multiple of expected growth; undefined without an earlier afname. */
  readonly leergroei?: number | undefined;
}

export function kleur({ ontwikkelscore, normwaarde, leergroei }: Kleurbasis): Kleur | "" {
  // Equal to the norm is green and equal to expected growth is dark: reaching counts.
  const tint = leergroei === undefined ? "" : leergroei >= 1 ? "donker" : "licht";
  const basis = normwaarde === undefined ? "" : ontwikkelscore >= normwaarde ? "groen" : "blauw";
  return `${tint}${basis}` as Kleur | "";
}

/**
 * Fill and font of each colour, close to what IEP LVS shows. Chosen so that every two differ by at
 * least 10 (CIEDE2000), text meets WCAG AA on every fill, and in a greyscale print each green is
 * clearly lighter than the blue of the same growth (test/core/kleur.test.ts measures all three).
 */
export const KLEUR_OPMAAK: Record<Kleur, { readonly achtergrond: string; readonly tekst: string }> = {
  donkergroen: { achtergrond: "#3E7D3C", tekst: "#FFFFFF" },
  lichtgroen: { achtergrond: "#B8E3A7", tekst: "#1B1B1B" },
  donkerblauw: { achtergrond: "#004E9C", tekst: "#FFFFFF" },
  lichtblauw: { achtergrond: "#80B6E6", tekst: "#1B1B1B" },
  groen: { achtergrond: "#72B667", tekst: "#1B1B1B" },
  blauw: { achtergrond: "#3C8CCB", tekst: "#1B1B1B" },
  donker: { achtergrond: "#5E5E5E", tekst: "#FFFFFF" },
  licht: { achtergrond: "#D4D4D4", tekst: "#1B1B1B" },
};

/** What each colour means, for the legend on the sheet. */
export const KLEUR_BETEKENIS: Record<Kleur, string> = {
  donkergroen: "op of boven de norm, groei zoals verwacht of meer",
  lichtgroen: "op of boven de norm, minder groei dan verwacht",
  donkerblauw: "onder de norm, groei zoals verwacht of meer",
  lichtblauw: "onder de norm, minder groei dan verwacht",
  groen: "op of boven de norm (geen eerdere afname)",
  blauw: "onder de norm (geen eerdere afname)",
  donker: "groei zoals verwacht of meer (zonder norm)",
  licht: "minder groei dan verwacht (zonder norm)",
};
