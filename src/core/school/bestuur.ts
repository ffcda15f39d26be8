/**
 * The board's own indicator on Cito LOVS (kwaliteitshandboek): of the five toetsen DMT3, DMT4,
 * RW4, RW6 and BL6 at least four reach the board's lower bound. Each result is judged by the same
 * signalering as LVS.SIGNALERING.
 */
import { isEmpty, readNumber, readPercentage, SHARE, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import { CITO_MOMENTEN, readCitoMoment, type CitoMoment } from "../moment";
import { citoSignalering, VOLDOENDE, type CitoNorm } from "../signalering";

export const INDICATOR_TOETSEN = ["DMT3", "DMT4", "RW4", "RW6", "BL6"] as const;
export const INDICATOR_MINIMUM = 4;
const ONBEKEND = "onbekende toets";
const GEEN_WAARDE = "geen signaleringswaarde";

export interface CitoResultaat {
  readonly school: string;
  readonly toets: string;
  readonly moment: CitoMoment;
  readonly gemiddelde: number;
  readonly gewogen?: number;
  /** Cito 3.0 instead of the old version. */
  readonly versie3: boolean;
  readonly uitkomst: string;
}

/** One verdict per toets of the indicator. */
export type ToetsOordeel = "voldoende" | "onvoldoende" | "niet te beoordelen";

export interface IndicatorToets {
  readonly toets: (typeof INDICATOR_TOETSEN)[number];
  readonly oordeel: ToetsOordeel;
  /** The row that counts; absent when the sheet has none for this toets. */
  readonly resultaat?: CitoResultaat;
}

export interface BestuursIndicator {
  readonly school: string;
  /** Toetsen (not rows) at or above the lower bound. */
  readonly voldoende: number;
  /** Toetsen with a verdict: a table value and data. */
  readonly beoordeeld: number;
  readonly toetsen: readonly IndicatorToets[];
  /** true: at least four voldoende; false: four can no longer be reached; undefined: not yet to say. */
  readonly voldoet: boolean | undefined;
  /** Every row of the five toetsen on the sheet, also those that do not count. */
  readonly resultaten: readonly CitoResultaat[];
}

function norm(toets: string, versie3: boolean): CitoNorm | undefined {
  const soort = toets.replace(/\d+$/, "").toUpperCase();
  if (soort === "DMT") return "DMT";
  if (soort === "RW" || soort === "BL" || soort === "SP") return `${soort}${versie3 ? "3" : ""}` as CitoNorm;
  return undefined;
}

/** Reads a sheet with columns School, Toets, Moment, Gemiddelde, Gewogen (leerlingen) and Versie. */
export function leesCitoResultaten(
  cellen: readonly (readonly CellValue[])[],
  standaardSchool: string,
): CitoResultaat[] {
  const kop = (cellen[0] ?? []).map((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""));
  const kolom = (patroon: RegExp) => kop.findIndex((k) => patroon.test(k));
  const [school, toets, moment, gem, gewogen, versie] = [
    /^school/,
    /^toets/,
    /^moment|^afname/,
    /^gemiddelde|vaardigheidsscore/,
    /gewogen/,
    /^versie/,
  ].map(kolom) as [number, number, number, number, number, number];
  if (toets < 0 || moment < 0 || gem < 0) return [];
  const uit: CitoResultaat[] = [];
  for (const rij of cellen.slice(1)) {
    const naam = String(rij[toets] ?? "")
      .trim()
      .toUpperCase()
      .replace(/\s+/g, "");
    const m = readCitoMoment(rij[moment] ?? null, "moment");
    const g = readNumber(rij[gem] ?? null, "gemiddelde");
    if (!naam || isLvsError(m) || isLvsError(g)) continue;
    const versie3 = versie >= 0 && /3/.test(String(rij[versie] ?? ""));
    const w =
      gewogen >= 0 && !isEmpty(rij[gewogen] ?? null)
        ? readPercentage(rij[gewogen] ?? null, "gewogen", SHARE)
        : undefined;
    const citoNorm = norm(naam, versie3);
    const uitkomst = citoNorm ? citoSignalering(citoNorm, g, m, isLvsError(w) ? undefined : w) : ONBEKEND;
    uit.push({
      school: school >= 0 && !isEmpty(rij[school] ?? null) ? String(rij[school]).trim() : standaardSchool,
      toets: naam,
      moment: m,
      gemiddelde: g,
      ...(w !== undefined && !isLvsError(w) ? { gewogen: w } : {}),
      versie3,
      uitkomst: isLvsError(uitkomst) ? `${GEEN_WAARDE} (${uitkomst.message})` : uitkomst,
    });
  }
  return uit;
}

/**
 * Which row counts for a toets that has several (an M and an E row, or several years): the latest
 * moment of the year, as the trendanalyse takes the group as it ended the year; between rows of the
 * same moment the lowest on the sheet, as the one added last.
 */
function telt(rijen: readonly CitoResultaat[]): CitoResultaat | undefined {
  let gekozen: CitoResultaat | undefined;
  for (const r of rijen)
    if (!gekozen || CITO_MOMENTEN.indexOf(r.moment) >= CITO_MOMENTEN.indexOf(gekozen.moment)) gekozen = r;
  return gekozen;
}

function oordeelVan(r: CitoResultaat | undefined): ToetsOordeel {
  if (!r || r.uitkomst.startsWith(GEEN_WAARDE) || r.uitkomst === ONBEKEND) return "niet te beoordelen";
  return r.uitkomst === VOLDOENDE ? "voldoende" : "onvoldoende";
}

export function bestuursIndicator(resultaten: readonly CitoResultaat[]): BestuursIndicator[] {
  const scholen = [...new Set(resultaten.map((r) => r.school))];
  return scholen.map((school) => {
    const eigen = resultaten.filter(
      (r) => r.school === school && (INDICATOR_TOETSEN as readonly string[]).includes(r.toets),
    );
    const toetsen = INDICATOR_TOETSEN.map((toets): IndicatorToets => {
      const resultaat = telt(eigen.filter((r) => r.toets === toets));
      return { toets, oordeel: oordeelVan(resultaat), ...(resultaat ? { resultaat } : {}) };
    });
    const voldoende = toetsen.filter((t) => t.oordeel === "voldoende").length;
    const onvoldoende = toetsen.filter((t) => t.oordeel === "onvoldoende").length;
    return {
      school,
      voldoende,
      beoordeeld: voldoende + onvoldoende,
      toetsen,
      // A toets that cannot be judged is not a failed one: only "four can no longer be reached" fails.
      voldoet:
        voldoende >= INDICATOR_MINIMUM
          ? true
          : INDICATOR_TOETSEN.length - onvoldoende < INDICATOR_MINIMUM
            ? false
            : undefined,
      resultaten: eigen,
    };
  });
}

/** "4 van 5 voldoende", with how many could be judged when that is fewer than five. */
export function indicatorTelling(i: BestuursIndicator): string {
  const n = INDICATOR_TOETSEN.length;
  return `${i.voldoende} van ${n} voldoende${i.beoordeeld < n ? ` (${i.beoordeeld} van ${n} te beoordelen)` : ""}`;
}

export function indicatorUitkomst(i: BestuursIndicator | undefined): string {
  if (!i) return "";
  return i.voldoet === undefined ? "nog niet te beoordelen" : i.voldoet ? "voldoet" : "voldoet niet";
}

const normaal = (naam: string) => naam.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The Cito results of one school: matched on its name from Schoolinstellingen. A sheet with one
 * school under another spelling is taken, and both spellings are reported.
 */
export function citoVoorSchool(
  resultaten: readonly CitoResultaat[],
  naam: string,
): { indicator?: BestuursIndicator; melding?: string } {
  const indicatoren = bestuursIndicator(resultaten);
  const gelijk = indicatoren.find((i) => normaal(i.school) === normaal(naam));
  if (gelijk) return { indicator: gelijk };
  if (indicatoren.length === 0) return {};
  const namen = indicatoren.map((i) => `"${i.school}"`).join(", ");
  if (indicatoren.length === 1) {
    return {
      indicator: indicatoren[0]!,
      melding: `Op blad Cito-resultaten heet de school ${namen}, op Schoolinstellingen "${naam}". LVS Analyse neemt aan dat het dezelfde school is; maak de namen gelijk als dat klopt.`,
    };
  }
  return {
    melding: `Op blad Cito-resultaten staan de scholen ${namen}, maar geen "${naam}" (de naam op Schoolinstellingen). Maak de naam gelijk om de indicator te tellen.`,
  };
}

/** The same school given twice (same name, any spelling of spaces and capitals): counted once, with a warning. */
export function zonderDubbele<T extends { readonly naam: string }>(
  scholen: readonly T[],
  herkomst: (s: T) => string,
): { scholen: T[]; meldingen: string[] } {
  const gezien = new Map<string, T>();
  const meldingen: string[] = [];
  for (const s of scholen) {
    const eerder = gezien.get(normaal(s.naam));
    if (eerder)
      meldingen.push(
        `School "${s.naam}" staat twee keer in de lijst (${herkomst(eerder)} en ${herkomst(s)}); LVS Analyse telt de school één keer, uit ${herkomst(eerder)}.`,
      );
    else gezien.set(normaal(s.naam), s);
  }
  return { scholen: [...gezien.values()], meldingen };
}
