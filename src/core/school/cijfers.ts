/**
 * Every figure of one school, computed once: the dwarsdoorsnede, the share on the norm, the
 * trendanalyse, the eindresultaten with their pools and lines, and the board's Cito indicator. The
 * school sheets, the board sheet and every card read them from here and compute nothing themselves,
 * so two places that show the same figure cannot disagree.
 */
import { indicatiefMelding } from "../normherkomst";
import { isLvsError } from "../errors";
import { type Normkeuze, type Uitkomst } from "../groep/kleurplan";
import { opsomming } from "../zin";
import { GEEN_NORM, normDefinitie, NORMEN, normNaam, type NormDefinitie } from "../normregister";
import type { Kleur } from "../kleur";
import { readNorm } from "../norm";
import { normlijn } from "../normlijn";
import type { Normtabel } from "../normtabel";
import type { Vaardigheid } from "../overzicht/vaardigheid";
import type { BestuursIndicator } from "./bestuur";
import type { SchoolInstellingen } from "./instellingen";
import { leerrendementen, type Leerrendementen, type LeerrendementRij } from "./leerrendementen";
import { meerderheid, tel } from "./meerderheid";
import {
  dwarsdoorsnede,
  eindresultaten,
  huidigSchooljaar,
  trendanalyse,
  type DoorsnedeRij,
  type Eindresultaten,
  type Trend,
} from "./overzichten";

export interface Schoolbron {
  readonly afnames: readonly Uitkomst[];
  /** The sheets the afnames came from. */
  readonly bronnen: readonly string[];
  readonly instellingen: SchoolInstellingen;
  readonly norm: Normkeuze;
  /** The workbook's Normen table, for the landelijk and schoolweging lines. */
  readonly normen?: Normtabel;
  readonly cito?: BestuursIndicator;
  /** Rows of the school's leerrendement sheet, when it keeps one. */
  readonly leerrendement?: readonly LeerrendementRij[];
  /** What the reading found that the user should know (a school name spelled two ways). */
  readonly meldingen?: readonly string[];
}

export interface DoorsnedeKleuren {
  readonly doorsnede: DoorsnedeRij;
  /** The trendanalyse's colour of this leerjaar this year and last year. */
  readonly kleurNu: Kleur | "";
  readonly kleurVorig: Kleur | "";
}

export interface OpDeNorm {
  /** Share of pupils on or above the norm, over the leerjaren where the norm has a line. */
  readonly aandeel: number | undefined;
  /** Pupils the share is over. */
  readonly aantal: number;
  /** Leerjaren with data this year where the norm has no line (1F before leerjaar 6): not in the share. */
  readonly zonderLijn: readonly number[];
}

export interface EindTegenLijn {
  readonly domein: Vaardigheid;
  readonly gemiddelde: number | undefined;
  /** Per norm the registry sets beside the end result (landelijk, schoolweging): its line at 8b. */
  readonly lijnen: Readonly<Record<string, number | undefined>>;
}

/** The norms whose line at 8b the school overviews set beside the mean end result. */
export const LIJNEN_TEGEN_EIND: readonly NormDefinitie[] = NORMEN.filter((n) => n.tegenEindresultaat);

export interface Schoolcijfers {
  readonly naam: string;
  readonly norm: Normkeuze;
  readonly schooljaar?: string;
  /** Where the figures come from, for a card's Bron column. */
  readonly bron: string;
  readonly bronnen: readonly string[];
  readonly instellingen: SchoolInstellingen;
  /** The school's ambitie for the chosen norm (only 1F and 2F/1S have one). */
  readonly ambitie?: number;
  readonly doorsnede: readonly DoorsnedeRij[];
  readonly rijen: readonly DoorsnedeKleuren[];
  readonly opDeNorm: OpDeNorm;
  readonly trend: Trend;
  readonly eind: Eindresultaten;
  /** The pooled mean per domain against the lines of the Normen table at eind groep 8; empty without those lines. */
  readonly eindTegenLijnen: readonly EindTegenLijn[];
  readonly cito?: BestuursIndicator;
  readonly leerrendement?: Leerrendementen;
  readonly meldingen: readonly string[];
  /** Said on the sheets while the colours rest on the indicatieve lines of LVS Analyse. */
  readonly indicatief?: string;
}

export function ambitieVoor(norm: Normkeuze, instellingen: SchoolInstellingen): number | undefined {
  const sleutel = normDefinitie(norm)?.ambitie;
  return sleutel === undefined ? undefined : instellingen[sleutel];
}

function doorsnedeKleur(r: DoorsnedeRij): Kleur | "" {
  const kleuren = Object.entries(r.perKleur).flatMap(([k, n]) =>
    Array<Kleur | "">(n).fill(k === "zonder kleur" ? "" : (k as Kleur)),
  );
  return meerderheid(tel(kleuren));
}

function opDeNorm(doorsnede: readonly DoorsnedeRij[]): OpDeNorm {
  let groen = 0;
  let blauw = 0;
  for (const r of doorsnede) {
    groen += r.perKleur.groen + r.perKleur.lichtgroen + r.perKleur.donkergroen;
    blauw += r.perKleur.blauw + r.perKleur.lichtblauw + r.perKleur.donkerblauw;
  }
  const leerjaren = [...new Set(doorsnede.map((r) => r.leerjaar))].sort((a, b) => a - b);
  const zonderLijn = leerjaren.filter((lj) =>
    doorsnede.every((r) => r.leerjaar !== lj || r.aandeelGroen === undefined),
  );
  return { aandeel: groen + blauw === 0 ? undefined : groen / (groen + blauw), aantal: groen + blauw, zonderLijn };
}

function lijnOp8b(basis: string, domein: Vaardigheid, normen: Normtabel): number | undefined {
  const waarde = normlijn(readNorm(`${basis} ${domein}`), "8b", normen);
  return isLvsError(waarde) ? undefined : waarde;
}

function eindTegenLijnen(eind: Eindresultaten, normen: Normtabel | undefined): EindTegenLijn[] {
  if (!normen) return [];
  const rijen = eind.driejaars.perDomein.map((d): EindTegenLijn => ({
    domein: d.domein,
    gemiddelde: d.gemiddeldeGefilterd,
    lijnen: Object.fromEntries(LIJNEN_TEGEN_EIND.map((n) => [n.naam, lijnOp8b(n.naam, d.domein, normen)])),
  }));
  return rijen.some((r) => Object.values(r.lijnen).some((w) => w !== undefined)) ? rijen : [];
}

export function schoolcijfers(bron: Schoolbron): Schoolcijfers {
  const schooljaar = huidigSchooljaar(bron.afnames);
  const trend = trendanalyse(bron.afnames);
  const vorigJaar = schooljaar ? trend.schooljaren[trend.schooljaren.indexOf(schooljaar) - 1] : undefined;
  const trendKleur = (r: DoorsnedeRij, jaar: string | undefined) =>
    trend.cellen.find((c) => c.vaardigheid === r.vaardigheid && c.leerjaar === r.leerjaar && c.schooljaar === jaar)
      ?.kleur ?? "";
  const doorsnede = dwarsdoorsnede(bron.afnames);
  const eind = eindresultaten(bron.afnames);
  const ambitie = ambitieVoor(bron.norm, bron.instellingen);
  const indicatief = indicatiefMelding(bron.norm, bron.normen);
  return {
    naam: bron.instellingen.naam ?? "deze school",
    norm: bron.norm,
    ...(schooljaar ? { schooljaar } : {}),
    bron: `${bron.bronnen.length === 1 ? "blad" : "bladen"} ${bron.bronnen.join(", ")}; ${normNaam(bron.norm)}`,
    bronnen: bron.bronnen,
    instellingen: bron.instellingen,
    ...(ambitie !== undefined ? { ambitie } : {}),
    doorsnede,
    rijen: doorsnede.map((r) => ({
      doorsnede: r,
      kleurNu: schooljaar ? trendKleur(r, schooljaar) : doorsnedeKleur(r),
      kleurVorig: trendKleur(r, vorigJaar),
    })),
    opDeNorm: opDeNorm(doorsnede),
    trend,
    eind,
    eindTegenLijnen: eindTegenLijnen(eind, bron.normen),
    ...(bron.cito ? { cito: bron.cito } : {}),
    ...(bron.leerrendement && bron.leerrendement.length > 0
      ? { leerrendement: leerrendementen(bron.leerrendement) }
      : {}),
    meldingen: [...(bron.meldingen ?? []), ...eind.meldingen],
    ...(indicatief ? { indicatief } : {}),
  };
}

/** Why some leerjaren are not in the share on the norm; undefined when all are. */
export function zonderLijnTekst(c: Schoolcijfers): string | undefined {
  const z = c.opDeNorm.zonderLijn;
  if (z.length === 0 || c.norm === GEEN_NORM) return undefined;
  return `${z.length === 1 ? "leerjaar" : "leerjaren"} ${opsomming(z)} ${z.length === 1 ? "telt" : "tellen"} niet mee: ${normNaam(c.norm)} heeft daar geen lijn`;
}

/** "2023-2024 t/m 2025-2026" for the pool's years; "" without complete years. */
export function jarenTekst(jaren: readonly string[]): string {
  return jaren.length > 1 ? `${jaren[0]} t/m ${jaren[jaren.length - 1]}` : (jaren[0] ?? "");
}
