/**
 * The one list of norms (src/data/normen.json). Everything that offers, reads, writes or compares a
 * norm takes it from here: the functions (LVS.NORMLIJN), the pane's choice, the Normen sheet, the
 * LVS-normen lookup sheet, the colouring, the pupil card and the school figures. Adding a norm is one
 * entry in that file, plus its indicatieve line if it has one.
 */
import data from "../data/normen.json";

export type Ambitiesleutel = "ambitie1F" | "ambitie2F1S";

export interface NormDefinitie {
  /** As functions, Normen headers and settings spell it: "2F/1S", "landelijk". */
  readonly naam: string;
  /** Other ways users write it, lower-case ("landelijk gemiddelde"). */
  readonly spellingen: readonly string[];
  /** The pane's choice. */
  readonly keuze: string;
  /** How a sentence names it: "ontwikkellijn 2F/1S". */
  readonly inZin: string;
  /** The first leerjaar the line has a value in. */
  readonly vanafLeerjaar: number;
  /** LVS Analyse has an indicatieve line for it (normlijnen-indicatief.json) while no Normen sheet does. */
  readonly indicatief: boolean;
  /** The school setting with the school's ambitie for this norm. */
  readonly ambitie?: Ambitiesleutel;
  /** The school overviews set the mean end-of-groep-8 score beside this line. */
  readonly tegenEindresultaat: boolean;
  /** Its rise between two moments is the expected growth behind leergroei (landelijk; exactly one norm). */
  readonly groei: boolean;
}

/** Choosing no norm: colour on leergroei alone. Not a line, so not in the list. */
export const GEEN_NORM = "geen";
export const GEEN_NORM_KEUZE = "Geen lijn: alleen leergroei (licht en donker)";
export const GEEN_NORM_IN_ZIN = "geen norm";

/** In the order the pane offers them and the sheets show them (test/data/normen.test.ts checks the file). */
export const NORMEN: readonly NormDefinitie[] = data.normen as readonly NormDefinitie[];

/** The names of the norms, in the registry's order. */
export const NORMNAMEN: readonly string[] = NORMEN.map((n) => n.naam);

/** The line whose rise is the expected growth, where the Normen sheet has it: "landelijk". */
export const GROEINORM: string = NORMEN.find((n) => n.groei)?.naam ?? "";

const PER_NAAM = new Map(NORMEN.map((n) => [n.naam, n]));

export function normDefinitie(naam: string): NormDefinitie | undefined {
  return PER_NAAM.get(naam);
}

/** How a sentence names a norm choice: "ontwikkellijn 2F/1S", "geen norm". */
export function normNaam(keuze: string): string {
  return keuze === GEEN_NORM ? GEEN_NORM_IN_ZIN : (normDefinitie(keuze)?.inZin ?? keuze);
}

/** The norms LVS Analyse has an indicatieve line for (1F, 2F/1S), and those only a Normen sheet gives. */
export const INDICATIEVE_NORMEN: readonly string[] = NORMEN.filter((n) => n.indicatief).map((n) => n.naam);
export const NORMEN_UIT_BLAD: readonly string[] = NORMEN.filter((n) => !n.indicatief).map((n) => n.naam);
