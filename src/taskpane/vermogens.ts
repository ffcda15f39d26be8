/**
 * What this Excel can do for the add-in, checked once at start with Office's requirement sets, and
 * what to tell the user when something is missing: what still works and what does not, instead of a
 * button that fails.
 */

/** Office.context.requirements.isSetSupported, or a stand-in in tests. */
export type Ondersteund = (set: string, versie: string) => boolean;

export interface Vermogens {
  /** The buttons: colouring (conditional formats, 1.6), summaries and charts (1.7), cards (data validation 1.8, print titles 1.9). */
  readonly acties: boolean;
  /** The =LVS. functions with a reason in their error (CustomFunctionsRuntime 1.2) in the shared runtime. */
  readonly functies: boolean;
  /** ExcelApi 1.20: an action is one step of Ongedaan maken. */
  readonly ongedaanInEen: boolean;
}

export const NODIG = {
  acties: ["ExcelApi", "1.9"],
  functies: ["CustomFunctionsRuntime", "1.2"],
  gedeeld: ["SharedRuntime", "1.1"],
  ongedaan: ["ExcelApi", "1.20"],
} as const;

export function bepaalVermogens(ondersteund: Ondersteund): Vermogens {
  const heeft = ([set, versie]: readonly [string, string]) => {
    try {
      return ondersteund(set, versie);
    } catch {
      return false;
    }
  };
  return {
    acties: heeft(NODIG.acties),
    functies: heeft(NODIG.functies) && heeft(NODIG.gedeeld),
    ongedaanInEen: heeft(NODIG.ongedaan),
  };
}

/** Lines for the status area; none when everything works. */
export function vermogensTekst(v: Vermogens): string[] {
  const regels: string[] = [];
  if (!v.functies) {
    regels.push(
      "Deze versie van Excel kent geen eigen functies voor invoegtoepassingen: =LVS.NIVEAU en de andere functies werken hier niet. Het stappenplan en de knoppen wel, als die hieronder staan.",
    );
  }
  if (!v.acties) {
    regels.push(
      "Deze Excel is lang niet bijgewerkt en mist wat de knoppen nodig hebben (kleuren, overzichten, kaarten). Werk Excel bij (Bestand > Account > Bijwerkopties) of gebruik Excel op het web. Het stappenplan met uitleg en vragen kun je wel volgen.",
    );
  }
  if (v.acties && !v.ongedaanInEen) {
    regels.push(
      "Let op: in deze versie van Excel wist een actie van LVS Analyse de lijst van Ongedaan maken; daarna kun je niets terugdraaien, ook niet wat je zelf net deed. Sla je werkmap op voor je een actie kiest. 'Kleuring verwijderen' haalt een kleuring in één keer weg.",
    );
  }
  return regels;
}
