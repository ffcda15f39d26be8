/**
 * The board's own indicator on Cito LOVS (kwaliteitshandboek): of the five toetsen DMT3, DMT4,
 * RW4, RW6 and BL6 at least four reach the board's lower bound. Each result is judged by the same
 * signalering as LVS.SIGNALERING.
 */
import { isEmpty, readNumber, readPercentage, SHARE, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import { readCitoMoment, type CitoMoment } from "../moment";
import { citoSignalering, VOLDOENDE, type CitoNorm } from "../signalering";

export const INDICATOR_TOETSEN = ["DMT3", "DMT4", "RW4", "RW6", "BL6"] as const;
export const INDICATOR_MINIMUM = 4;

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

export interface BestuursIndicator {
  readonly school: string;
  readonly voldoende: number;
  readonly gemeten: number;
  readonly voldoet: boolean | undefined;
  readonly resultaten: readonly CitoResultaat[];
}

function norm(toets: string, versie3: boolean): CitoNorm | undefined {
  const soort = toets.replace(/\d+$/, "").toUpperCase();
  if (soort === "DMT") return "DMT";
  if (soort === "RW" || soort === "BL" || soort === "SP") return `${soort}${versie3 ? "3" : ""}` as CitoNorm;
  return undefined;
}

/** Reads a sheet with columns School, Toets, Moment, Gemiddelde, Gewogen (leerlingen) and Versie. */
export function leesCitoResultaten(cellen: readonly (readonly CellValue[])[], standaardSchool: string): CitoResultaat[] {
  const kop = (cellen[0] ?? []).map((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""));
  const kolom = (patroon: RegExp) => kop.findIndex((k) => patroon.test(k));
  const [school, toets, moment, gem, gewogen, versie] = [/^school/, /^toets/, /^moment|^afname/, /^gemiddelde|vaardigheidsscore/, /gewogen/, /^versie/].map(kolom) as [number, number, number, number, number, number];
  if (toets < 0 || moment < 0 || gem < 0) return [];
  const uit: CitoResultaat[] = [];
  for (const rij of cellen.slice(1)) {
    const naam = String(rij[toets] ?? "").trim().toUpperCase().replace(/\s+/g, "");
    const m = readCitoMoment(rij[moment] ?? null, "moment");
    const g = readNumber(rij[gem] ?? null, "gemiddelde");
    if (!naam || isLvsError(m) || isLvsError(g)) continue;
    const versie3 = versie >= 0 && /3/.test(String(rij[versie] ?? ""));
    const w = gewogen >= 0 && !isEmpty(rij[gewogen] ?? null) ? readPercentage(rij[gewogen] ?? null, "gewogen", SHARE) : undefined;
    const citoNorm = norm(naam, versie3);
    const uitkomst = citoNorm ? citoSignalering(citoNorm, g, m, isLvsError(w) ? undefined : w) : "onbekende toets";
    uit.push({
      school: school >= 0 && !isEmpty(rij[school] ?? null) ? String(rij[school]).trim() : standaardSchool,
      toets: naam,
      moment: m,
      gemiddelde: g,
      ...(w !== undefined && !isLvsError(w) ? { gewogen: w } : {}),
      versie3,
      uitkomst: isLvsError(uitkomst) ? `geen signaleringswaarde (${uitkomst.message})` : uitkomst,
    });
  }
  return uit;
}

export function bestuursIndicator(resultaten: readonly CitoResultaat[]): BestuursIndicator[] {
  const scholen = [...new Set(resultaten.map((r) => r.school))];
  return scholen.map((school) => {
    const eigen = resultaten.filter((r) => r.school === school && (INDICATOR_TOETSEN as readonly string[]).includes(r.toets));
    const voldoende = eigen.filter((r) => r.uitkomst === VOLDOENDE).length;
    return {
      school,
      voldoende,
      gemeten: eigen.length,
      // With fewer than four toetsen measured the indicator cannot be met or missed yet.
      voldoet: eigen.length < INDICATOR_MINIMUM ? undefined : voldoende >= INDICATOR_MINIMUM,
      resultaten: eigen,
    };
  });
}
