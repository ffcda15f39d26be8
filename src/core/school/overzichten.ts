/**
 * The school overviews of stappenplan steps 3.1–3.3, as numbers: the dwarsdoorsnede (pupils per
 * colour per leerjaar), the trendanalyse (leerjaar × schooljaar, coloured by majority) and the
 * eindresultaten (shares at 1F and 2F/1S, the inspectie's three-year pool, filtered and not).
 */
import type { Uitkomst } from "../groep/kleurplan";
import { KLEUREN, type Kleur } from "../kleur";
import { halfjaren, leerjaar } from "../moment";
import type { Vaardigheid } from "../overzicht/vaardigheid";
import { gemiddelde } from "../statistiek";
import { referentieDrempel } from "../toets";
import { meerderheid, tel, type Telling } from "./meerderheid";

const ZONDER = "zonder kleur";
export type KleurOfZonder = Kleur | typeof ZONDER;
export const KLEUR_KOLOMMEN: readonly KleurOfZonder[] = [...KLEUREN, ZONDER];

function jaarVan(u: Uitkomst): string {
  return u.schooljaar ?? "";
}

/** The latest school year in the data; undefined when the data has none (one year of group sheets). */
export function huidigSchooljaar(afnames: readonly Uitkomst[]): string | undefined {
  let laatste: string | undefined;
  for (const u of afnames) {
    const jaar = jaarVan(u);
    if (jaar !== "" && (laatste === undefined || jaar > laatste)) laatste = jaar;
  }
  return laatste;
}

/** Per pupil and vaardigheid the latest afname within a school year. */
function laatstePerLeerling(afnames: readonly Uitkomst[]): Uitkomst[] {
  const laatste = new Map<string, Uitkomst>();
  for (const u of afnames) {
    if (!u.moment) continue;
    const key = `${u.leerling}\u0000${u.vaardigheid}\u0000${jaarVan(u)}`;
    const eerder = laatste.get(key);
    if (!eerder || halfjaren(u.moment) > halfjaren(eerder.moment!)) laatste.set(key, u);
  }
  return [...laatste.values()];
}

function vaardighedenIn(afnames: readonly Uitkomst[]): Vaardigheid[] {
  return [...new Set(afnames.map((u) => u.vaardigheid))];
}

export interface DoorsnedeRij {
  readonly vaardigheid: Vaardigheid;
  readonly leerjaar: number;
  readonly aantal: number;
  readonly perKleur: Readonly<Record<KleurOfZonder, number>>;
  /** Share on or above the norm among pupils coloured by it; undefined with norm "geen". */
  readonly aandeelGroen: number | undefined;
  readonly aandeelDonker: number | undefined;
}

/** Step 3.1: per vaardigheid and leerjaar, pupils per colour at their latest afname this school year. */
export function dwarsdoorsnede(afnames: readonly Uitkomst[]): DoorsnedeRij[] {
  const jaar = huidigSchooljaar(afnames) ?? "";
  const dit = laatstePerLeerling(afnames.filter((u) => jaarVan(u) === jaar));
  const rijen: DoorsnedeRij[] = [];
  for (const vaardigheid of vaardighedenIn(dit)) {
    const leerjaren = [...new Set(dit.filter((u) => u.vaardigheid === vaardigheid).map((u) => leerjaar(u.moment!)))].sort();
    for (const lj of leerjaren) {
      const groep = dit.filter((u) => u.vaardigheid === vaardigheid && leerjaar(u.moment!) === lj);
      const perKleur = Object.fromEntries(KLEUR_KOLOMMEN.map((k) => [k, groep.filter((u) => (u.kleur || ZONDER) === k).length])) as Record<KleurOfZonder, number>;
      const t = tel(groep.map((u) => u.kleur));
      rijen.push({
        vaardigheid,
        leerjaar: lj,
        aantal: groep.length,
        perKleur,
        aandeelGroen: t.groen + t.blauw === 0 ? undefined : t.groen / groep.length,
        aandeelDonker: t.donker + t.licht === 0 ? undefined : t.donker / groep.length,
      });
    }
  }
  return rijen;
}

export interface TrendCel {
  readonly vaardigheid: Vaardigheid;
  readonly leerjaar: number;
  readonly schooljaar: string;
  readonly aantal: number;
  readonly gemiddelde: number;
  readonly moment: string;
  readonly telling: Telling;
  readonly kleur: Kleur | "";
}

export interface Trend {
  readonly schooljaren: readonly string[];
  readonly cellen: readonly TrendCel[];
}

/**
 * Step 3.2: per vaardigheid, leerjaar and school year (the last six) the group's mean ontwikkelscore
 * at the latest afname of that year, coloured by the majority of its pupils.
 */
export function trendanalyse(afnames: readonly Uitkomst[], jaren = 6): Trend {
  const schooljaren = [...new Set(afnames.map(jaarVan).filter((j) => j !== ""))].sort().slice(-jaren);
  // One pass to group by vaardigheid, school year and leerjaar; a school has thousands of afnames.
  const groepen = new Map<string, Uitkomst[]>();
  for (const u of afnames) {
    if (!u.moment) continue;
    const key = `${u.vaardigheid}\u0000${jaarVan(u)}\u0000${leerjaar(u.moment)}`;
    const lijst = groepen.get(key);
    if (lijst) lijst.push(u);
    else groepen.set(key, [u]);
  }
  const cellen: TrendCel[] = [];
  for (const vaardigheid of vaardighedenIn(afnames)) {
    for (const schooljaar of schooljaren) {
      for (let lj = 1; lj <= 8; lj++) {
        const vanJaar = groepen.get(`${vaardigheid}\u0000${schooljaar}\u0000${lj}`);
        if (!vanJaar) continue;
        // The eind afname when the year has one, else midden: the group as it ended the year.
        const laatste = vanJaar.reduce((m, u) => (halfjaren(u.moment!) > halfjaren(m) ? u.moment! : m), vanJaar[0]!.moment!);
        const groep = vanJaar.filter((u) => u.moment === laatste);
        const telling = tel(groep.map((u) => u.kleur));
        cellen.push({
          vaardigheid,
          leerjaar: lj,
          schooljaar,
          aantal: groep.length,
          gemiddelde: gemiddelde(groep.map((u) => u.score))!,
          moment: laatste,
          telling,
          kleur: meerderheid(telling),
        });
      }
    }
  }
  return { schooljaren, cellen };
}

export const DOMEINEN: readonly Vaardigheid[] = ["lezen", "taalverzorging", "rekenen"];

export interface Telling1F2F {
  readonly aantal: number;
  readonly op1F: number;
  readonly op2F1S: number;
}

export interface EindRij {
  readonly schooljaar: string;
  readonly domein: Vaardigheid;
  readonly ongefilterd: Telling1F2F;
  readonly gefilterd: Telling1F2F;
}

export interface Eindresultaten {
  readonly rijen: readonly EindRij[];
  /** The inspectie's view: the last three cohorts and the three domains together, every result counting once. */
  readonly driejaars: { readonly jaren: readonly string[]; readonly ongefilterd: Telling1F2F; readonly gefilterd: Telling1F2F };
  /** Pupils left out in the filtered view, with their ground. */
  readonly uitgesloten: readonly { readonly leerling: string; readonly schooljaar: string; readonly reden: string }[];
}

function telReferentie(uitkomsten: readonly Uitkomst[]): Telling1F2F {
  return {
    aantal: uitkomsten.length,
    op1F: uitkomsten.filter((u) => u.score >= referentieDrempel("1F")).length,
    op2F1S: uitkomsten.filter((u) => u.score >= referentieDrempel("2F/1S")).length,
  };
}

function optellen(a: Telling1F2F, b: Telling1F2F): Telling1F2F {
  return { aantal: a.aantal + b.aantal, op1F: a.op1F + b.op1F, op2F1S: a.op2F1S + b.op2F1S };
}

/**
 * Step 3.3: per school year and domain, the groep 8 pupils' latest afname: an ontwikkelscore of
 * 60 or more counts as 1F reached, 80 or more as 2F/1S. "Gefilterd" leaves out pupils the overview
 * marks as excluded.
 */
export function eindresultaten(afnames: readonly Uitkomst[]): Eindresultaten {
  const groep8 = laatstePerLeerling(afnames.filter((u) => u.moment && leerjaar(u.moment) === 8 && DOMEINEN.includes(u.vaardigheid)));
  const schooljaren = [...new Set(groep8.map(jaarVan))].sort();
  const rijen: EindRij[] = [];
  for (const schooljaar of schooljaren) {
    for (const domein of DOMEINEN) {
      const van = groep8.filter((u) => jaarVan(u) === schooljaar && u.vaardigheid === domein);
      if (van.length === 0) continue;
      rijen.push({ schooljaar, domein, ongefilterd: telReferentie(van), gefilterd: telReferentie(van.filter((u) => !u.uitgesloten)) });
    }
  }
  const jaren = schooljaren.slice(-3);
  const nul: Telling1F2F = { aantal: 0, op1F: 0, op2F1S: 0 };
  const inPool = rijen.filter((r) => jaren.includes(r.schooljaar));
  const uitgesloten = [...new Map(groep8.filter((u) => u.uitgesloten).map((u) => [`${u.leerling}\u0000${jaarVan(u)}`, { leerling: u.leerling, schooljaar: jaarVan(u), reden: u.uitgesloten! }])).values()];
  return {
    rijen,
    driejaars: {
      jaren,
      ongefilterd: inPool.map((r) => r.ongefilterd).reduce(optellen, nul),
      gefilterd: inPool.map((r) => r.gefilterd).reduce(optellen, nul),
    },
    uitgesloten,
  };
}

export function aandeel(t: Telling1F2F, welk: "1F" | "2F/1S"): number | undefined {
  if (t.aantal === 0) return undefined;
  return (welk === "1F" ? t.op1F : t.op2F1S) / t.aantal;
}
