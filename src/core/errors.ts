/**
 * Errors are values in the core: a code, the Excel error it becomes, and a Dutch message.
 * Every message the add-in can show for bad input is written here, in one catalogue, so the
 * wording stays consistent and the adapters (Excel, the test harness, taskpane) never invent text.
 */
import { NORMEN } from "./normregister";
import { hoofdletter } from "./zin";

/** Excel's error values as English Excel spells them (and files store them); each adapter maps them to its own type. */
export const ERROR_VALUES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"] as const;
export type ErrorValue = (typeof ERROR_VALUES)[number];

/** An error text from Excel or a file as one of ours; an unknown one (a newer Excel's #SPILL!) reads as #VALUE!. */
export function errorValue(text: string): ErrorValue {
  return (ERROR_VALUES as readonly string[]).includes(text) ? (text as ErrorValue) : "#VALUE!";
}

const brand: unique symbol = Symbol("LvsError");

export interface LvsError {
  readonly [brand]: true;
  readonly error: ErrorValue;
  readonly code: ErrorCode;
  readonly message: string;
}

export function isLvsError(value: unknown): value is LvsError {
  return typeof value === "object" && value !== null && brand in value;
}

/** The norms a user can name, from the registry: "2F/1S (ook 2F of 1S), 1F, landelijk (…), schoolweging". */
const NORMEN_IN_MELDING = NORMEN.map((n) =>
  n.spellingen.length === 0 ? n.naam : `${n.naam} (ook ${n.spellingen.join(" of ")})`,
).join(", ");

/** Quotes what the user typed, cut short: a message must stay readable in a tooltip. */
export function quote(value: unknown): string {
  const text = typeof value === "string" ? value : String(value);
  return text.length > 30 ? `"${text.slice(0, 27)}..."` : `"${text}"`;
}

interface Entry<P> {
  readonly error: ErrorValue;
  readonly message: (params: P) => string;
}

function entry<P>(error: ErrorValue, message: (params: P) => string): Entry<P> {
  return { error, message };
}

const TOETSEN_UITLEG = "3a t/m 6b, 1F, 2F, 1S, 2F/1S, 3F, <1F-1F, 1F-2F, 1F-1S of 2F-3F";
const MOMENTEN_UITLEG = "3a t/m 8b (of M3, E3 t/m M8, E8)";

const catalogue = {
  notANumber: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam}: ${quote(p.waarde)} is geen getal. Typ bijvoorbeeld 24 of 24,5.`,
  ),
  negative: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam} kan niet negatief zijn (${quote(p.waarde).slice(1, -1)}).`,
  ),
  internalError: entry<{ functie: string }>(
    "#VALUE!",
    (p) =>
      `${p.functie} liep vast op deze invoer. Dit is een fout in LVS Analyse; meld de formule en de invoer aan de beheerder.`,
  ),
  notAPercentage: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam}: ${quote(p.waarde)} is geen percentage. Typ bijvoorbeeld 0,85, 85 of 85%.`,
  ),
  percentageOutOfRange: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam} moet tussen 0% en 100% liggen (${quote(p.waarde)}).`,
  ),
  notABoolean: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam}: ${quote(p.waarde)} is geen WAAR of ONWAAR.`,
  ),
  notALabel: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam}: ${quote(p.waarde)} is geen tekst. Typ een naam zoals een toets (4a) of een moment (5b).`,
  ),
  unknownToets: entry<{ waarde: unknown }>(
    "#VALUE!",
    (p) => `Onbekende toets ${quote(p.waarde)}. Kies ${TOETSEN_UITLEG}.`,
  ),
  scoreAboveHighest: entry<{ ontwikkelscore: number; toets: string; hoogste: number }>(
    "#VALUE!",
    (p) =>
      `Ontwikkelscore ${p.ontwikkelscore} is hoger dan de hoogste score van toets ${p.toets} (${p.hoogste}). Controleer de score en de toets.`,
  ),
  unknownMoment: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam}: onbekend moment ${quote(p.waarde)}. Gebruik ${MOMENTEN_UITLEG}.`,
  ),
  unknownCitoMoment: entry<{ naam: string; waarde: unknown }>(
    "#VALUE!",
    (p) => `${p.naam}: onbekend moment ${quote(p.waarde)}. Gebruik M3, E3 t/m M8, E8, B8 (of 3a t/m 8b).`,
  ),
  b8OnlyInSignalering: entry<{ naam: string }>(
    "#VALUE!",
    (p) =>
      `${p.naam}: B8 (begin groep 8) bestaat alleen in de Cito-tabellen van LVS.SIGNALERING. Gebruik ${MOMENTEN_UITLEG}.`,
  ),
  momentsNotInOrder: entry<{ vorig: string; huidig: string }>(
    "#VALUE!",
    (p) =>
      `Het huidige moment (${p.huidig}) moet na het vorige moment (${p.vorig}) liggen. Geef bij een doublure zelf de verwachte groei op.`,
  ),
  expectedGrowthNegative: entry<{ waarde: number }>(
    "#VALUE!",
    (p) => `De verwachte groei moet groter dan 0 zijn (${p.waarde}).`,
  ),
  expectedGrowthZero: entry<Record<string, never>>(
    "#DIV/0!",
    () => "De verwachte groei is 0: delen door nul kan niet.",
  ),
  unknownNorm: entry<{ waarde: unknown }>(
    "#VALUE!",
    (p) => `Onbekende norm ${quote(p.waarde)}. Kies ${NORMEN_IN_MELDING} of een kolomkop uit de normtabel.`,
  ),
  normBeforeLeerjaar: entry<{ norm: string; leerjaar: number; moment: string }>(
    "#N/A",
    (p) => `${hoofdletter(p.norm)} begint in leerjaar ${p.leerjaar}; op ${p.moment} is er geen waarde.`,
  ),
  normNeedsTable: entry<{ norm: string }>(
    "#N/A",
    (p) =>
      `Voor ${p.norm} zijn de waarden uit je eigen IEP LVS nodig: geef een normtabel mee (eerste kolom momenten, eerste rij normen), bijvoorbeeld het blad Normen.`,
  ),
  normNotInTable: entry<{ norm: string }>(
    "#N/A",
    (p) => `De normtabel heeft geen kolom voor ${p.norm}. Voeg die kolom toe met de waarden uit je IEP LVS.`,
  ),
  normGeen: entry<Record<string, never>>("#N/A", () => 'Bij norm "geen" hoort geen normlijn.'),
  normTableNoValue: entry<{ norm: string; moment: string }>(
    "#N/A",
    (p) => `De normtabel heeft geen getal voor ${p.norm} op ${p.moment}.`,
  ),
  resultTooLarge: entry<{ functie: string }>(
    "#NUM!",
    (p) => `${p.functie}: de uitkomst is te groot om te tonen; controleer of de deler niet bijna 0 is.`,
  ),
  dlZero: entry<Record<string, never>>("#DIV/0!", () => "DL is 0: zonder maanden onderwijs is er geen leerrendement."),
  unknownSignaleringsnorm: entry<{ waarde: unknown }>(
    "#VALUE!",
    (p) => `Onbekende norm ${quote(p.waarde)}. Kies DMT, BL, BL3, RW, RW3, SP, SP3, LR, 1F of 2F/1S.`,
  ),
  needsCitoMoment: entry<{ norm: string }>(
    "#VALUE!",
    (p) => `Bij ${p.norm} hoort een toetsmoment als derde argument: M3, E3 t/m M8, E8 of B8.`,
  ),
  needsGewogenAandeel: entry<{ norm: string }>(
    "#VALUE!",
    (p) => `Bij ${p.norm} hoort het aandeel gewogen leerlingen als vierde argument, bijvoorbeeld 0,2, 20 of 20%.`,
  ),
  needsSchoolSignaleringswaarde: entry<Record<string, never>>(
    "#N/A",
    () =>
      "De signaleringswaarde voor 2F/1S verschilt per school (hij hangt af van de schoolweging). De inspectie maakt hem per school bekend via Mijn Inspectie; vul hem in als vierde argument.",
  ),
  noSignaleringswaarde: entry<{ tabel: string; moment: string; categorie: string }>(
    "#N/A",
    (p) => `De tabel ${p.tabel} heeft geen signaleringswaarde voor ${p.moment}${p.categorie}.`,
  ),
  shapesDiffer: entry<{ eerste: string; ander: string; naam: string }>(
    "#VALUE!",
    (p) =>
      `${p.naam} is een bereik van ${p.ander}, het eerste bereik is ${p.eerste}. Geef één cel of een bereik met dezelfde vorm.`,
  ),
  tooManyArguments: entry<{ functie: string; max: number }>(
    "#VALUE!",
    (p) => `${p.functie} heeft hoogstens ${p.max} argumenten.`,
  ),
} as const;

type Catalogue = typeof catalogue;
export type ErrorCode = keyof Catalogue;
type ParamsOf<C extends ErrorCode> = Catalogue[C] extends Entry<infer P> ? P : never;

/** Builds the error value for a catalogue entry; the only way the core creates errors. */
export function fout<C extends ErrorCode>(code: C, params: ParamsOf<C>): LvsError {
  const item = catalogue[code] as Entry<ParamsOf<C>>;
  return Object.freeze({ [brand]: true as const, error: item.error, code, message: item.message(params) });
}

export const ERROR_CODES = Object.keys(catalogue) as ErrorCode[];
