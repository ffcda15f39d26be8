/**
 * The school overviews of stappenplan steps 3.1–3.3, as numbers: the dwarsdoorsnede (pupils per
 * colour per leerjaar), the trendanalyse (leerjaar × schooljaar, coloured by majority) and the
 * eindresultaten (shares at 1F and 2F/1S, the inspectie's three-year pool, filtered and not).
 */
import type { Uitkomst } from "../groep/kleurplan";
import { KLEUREN, type Kleur } from "../kleur";
import { halfjaren, leerjaar, type Moment } from "../moment";
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
  /** Each colour's share of all pupils of the row (also those without a colour): the stacked chart. */
  readonly aandeelPerKleur: Readonly<Record<KleurOfZonder, number>>;
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
    const leerjaren = [
      ...new Set(dit.filter((u) => u.vaardigheid === vaardigheid).map((u) => leerjaar(u.moment!))),
    ].sort();
    for (const lj of leerjaren) {
      const groep = dit.filter((u) => u.vaardigheid === vaardigheid && leerjaar(u.moment!) === lj);
      const perKleur = Object.fromEntries(
        KLEUR_KOLOMMEN.map((k) => [k, groep.filter((u) => (u.kleur || ZONDER) === k).length]),
      ) as Record<KleurOfZonder, number>;
      const t = tel(groep.map((u) => u.kleur));
      rijen.push({
        vaardigheid,
        leerjaar: lj,
        aantal: groep.length,
        perKleur,
        aandeelPerKleur: Object.fromEntries(
          KLEUR_KOLOMMEN.map((k) => [k, groep.length === 0 ? 0 : perKleur[k] / groep.length]),
        ) as Record<KleurOfZonder, number>,
        // Among the pupils the norm (or growth) could colour: a pupil without a line at that moment is no "blue".
        aandeelGroen: t.groen + t.blauw === 0 ? undefined : t.groen / (t.groen + t.blauw),
        aandeelDonker: t.donker + t.licht === 0 ? undefined : t.donker / (t.donker + t.licht),
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
  readonly moment: Moment;
  readonly telling: Telling;
  readonly kleur: Kleur | "";
}

/** Which afname a school year's column shows for one vaardigheid: eind, or midden while the year has no eind afname yet. */
export interface TrendKolom {
  readonly vaardigheid: Vaardigheid;
  readonly schooljaar: string;
  readonly deel: "midden" | "eind" | undefined;
}

export interface Trend {
  readonly schooljaren: readonly string[];
  readonly kolommen: readonly TrendKolom[];
  readonly cellen: readonly TrendCel[];
}

const BEGINJAAR = /^(\d{4})\s*([-/–])\s*(\d{2}|\d{4})$/;

/**
 * The last `jaren` consecutive school years up to the latest in the data; a year without data keeps
 * its column (empty), so a gap shows instead of closing up. Labels that are no school year
 * ("2024-2025", "2024/25") are taken as they sort.
 */
export function opeenvolgendeSchooljaren(labels: readonly string[], jaren: number): string[] {
  const uniek = [...new Set(labels.filter((j) => j !== ""))].sort();
  const herkend = uniek.map((j) => ({ j, m: BEGINJAAR.exec(j.trim()) }));
  if (herkend.length === 0 || herkend.some((h) => !h.m)) return uniek.slice(-jaren);
  const laatste = herkend.reduce((a, h) => Math.max(a, Number(h.m![1])), 0);
  const perJaar = new Map(herkend.map((h) => [Number(h.m![1]), h.j]));
  const voorbeeld = herkend[herkend.length - 1]!.m!;
  const maak = (begin: number) =>
    `${begin}${voorbeeld[2]}${voorbeeld[3]!.length === 2 ? String(begin + 1).slice(-2) : begin + 1}`;
  return Array.from({ length: jaren }, (_, i) => laatste - jaren + 1 + i).map((b) => perJaar.get(b) ?? maak(b));
}

/**
 * Step 3.2: per vaardigheid, leerjaar and school year (six consecutive years) the group's mean
 * ontwikkelscore, coloured by the majority of its pupils. Every cell of a year's column is the
 * same moment: eind where the year has an eind afname of that vaardigheid, else midden (labelled),
 * so a year still in progress is not set beside complete years as if it were one of them.
 */
export function trendanalyse(afnames: readonly Uitkomst[], jaren = 6): Trend {
  const schooljaren = opeenvolgendeSchooljaren(afnames.map(jaarVan), jaren);
  // One pass to group by vaardigheid, school year and moment; a school has thousands of afnames.
  const groepen = new Map<string, Uitkomst[]>();
  const metEind = new Set<string>();
  for (const u of afnames) {
    if (!u.moment) continue;
    const key = `${u.vaardigheid}\u0000${jaarVan(u)}\u0000${u.moment}`;
    const lijst = groepen.get(key);
    if (lijst) lijst.push(u);
    else groepen.set(key, [u]);
    if (u.moment.endsWith("b")) metEind.add(`${u.vaardigheid}\u0000${jaarVan(u)}`);
  }
  const kolommen: TrendKolom[] = [];
  const cellen: TrendCel[] = [];
  for (const vaardigheid of vaardighedenIn(afnames)) {
    for (const schooljaar of schooljaren) {
      const deel = metEind.has(`${vaardigheid}\u0000${schooljaar}`) ? "b" : "a";
      let gevuld = false;
      for (let lj = 3; lj <= 8; lj++) {
        const moment = `${lj}${deel}` as Moment;
        const groep = groepen.get(`${vaardigheid}\u0000${schooljaar}\u0000${moment}`);
        if (!groep) continue;
        gevuld = true;
        const telling = tel(groep.map((u) => u.kleur));
        cellen.push({
          vaardigheid,
          leerjaar: lj,
          schooljaar,
          aantal: groep.length,
          gemiddelde: gemiddelde(groep.map((u) => u.score))!,
          moment,
          telling,
          kleur: meerderheid(telling),
        });
      }
      kolommen.push({ vaardigheid, schooljaar, deel: gevuld ? (deel === "b" ? "eind" : "midden") : undefined });
    }
  }
  return { schooljaren, kolommen, cellen };
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
  /** The year has no eind afname in groep 8 yet: shown, never pooled. */
  readonly lopend: boolean;
  readonly ongefilterd: Telling1F2F;
  readonly gefilterd: Telling1F2F;
  /** Mean ontwikkelscore of the counted results, filtered: to set beside a landelijk or schoolweging line. */
  readonly gemiddeldeGefilterd: number | undefined;
}

export interface Pool {
  readonly ongefilterd: Telling1F2F;
  readonly gefilterd: Telling1F2F;
}

export interface Uitsluiting {
  readonly leerling: string;
  readonly schooljaar: string;
  readonly reden: string;
}

export interface Eindresultaten {
  readonly rijen: readonly EindRij[];
  /** The inspectie's view: the last three complete cohorts and the three domains together, every result counting once. */
  readonly driejaars: Pool & {
    readonly jaren: readonly string[];
    readonly perDomein: readonly (Pool & {
      readonly domein: Vaardigheid;
      readonly gemiddeldeGefilterd: number | undefined;
    })[];
  };
  /** Per school year the three domains together. */
  readonly jaarTotalen: readonly (Pool & { readonly schooljaar: string; readonly lopend: boolean })[];
  /** School years whose groep 8 has no eind afname yet. */
  readonly lopend: readonly string[];
  /** Pupils left out in the filtered view, with their ground. */
  readonly uitgesloten: readonly Uitsluiting[];
  /** Marks that do not agree (two grounds, or marked on some rows of the year only): said, not silently used. */
  readonly meldingen: readonly string[];
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

const NUL: Telling1F2F = { aantal: 0, op1F: 0, op2F1S: 0 };

/**
 * Exclusion belongs to a pupil in a school year: a mark on any of the pupil's rows of that year
 * takes the pupil out of every domain. Rows that disagree are reported.
 */
export function uitsluitingen(afnames: readonly Uitkomst[]): {
  per: ReadonlyMap<string, Uitsluiting>;
  meldingen: string[];
} {
  const rijen = new Map<
    string,
    { leerling: string; schooljaar: string; redenen: Set<string>; gemarkeerd: number; totaal: number }
  >();
  for (const u of afnames) {
    const key = `${u.leerling}\u0000${jaarVan(u)}`;
    let r = rijen.get(key);
    if (!r)
      rijen.set(
        key,
        (r = { leerling: u.leerling, schooljaar: jaarVan(u), redenen: new Set(), gemarkeerd: 0, totaal: 0 }),
      );
    r.totaal++;
    if (u.uitgesloten) {
      r.gemarkeerd++;
      r.redenen.add(u.uitgesloten.trim());
    }
  }
  const per = new Map<string, Uitsluiting>();
  const meldingen: string[] = [];
  for (const [key, r] of rijen) {
    if (r.gemarkeerd === 0) continue;
    const redenen = [...r.redenen];
    per.set(key, { leerling: r.leerling, schooljaar: r.schooljaar, reden: redenen.join(" / ") });
    const wie = `${r.leerling}${r.schooljaar ? ` (${r.schooljaar})` : ""}`;
    if (redenen.length > 1)
      meldingen.push(
        `${wie} heeft verschillende redenen om uit te sluiten: ${redenen.map((x) => `"${x}"`).join(" en ")}. Kies er één in je overzicht.`,
      );
    if (r.gemarkeerd < r.totaal) {
      meldingen.push(
        `${wie} staat op ${r.gemarkeerd} van de ${r.totaal} regels als uitgesloten; in 'gefilterd' telt de leerling daarom in geen enkel domein mee. Klopt dat niet, haal dan de reden weg.`,
      );
    }
  }
  return { per, meldingen };
}

/**
 * Step 3.3: per school year and domain, the groep 8 pupils' latest afname: an ontwikkelscore of
 * 60 or more counts as 1F reached, 80 or more as 2F/1S. "Gefilterd" leaves out pupils the overview
 * marks as excluded. Only complete cohorts (a groep 8 with its eind afname) enter the three-year
 * pool; a year still in progress is shown on its own.
 */
export function eindresultaten(afnames: readonly Uitkomst[]): Eindresultaten {
  const inGroep8 = afnames.filter((u) => u.moment && leerjaar(u.moment) === 8);
  const { per, meldingen } = uitsluitingen(inGroep8);
  const isUit = (u: Uitkomst) => per.has(`${u.leerling}\u0000${jaarVan(u)}`);
  const groep8 = laatstePerLeerling(inGroep8.filter((u) => DOMEINEN.includes(u.vaardigheid)));
  const schooljaren = [...new Set(groep8.map(jaarVan))].sort();
  const compleet = new Set(inGroep8.filter((u) => u.moment === "8b").map(jaarVan));
  const rijen: EindRij[] = [];
  for (const schooljaar of schooljaren) {
    for (const domein of DOMEINEN) {
      const van = groep8.filter((u) => jaarVan(u) === schooljaar && u.vaardigheid === domein);
      if (van.length === 0) continue;
      const gefilterd = van.filter((u) => !isUit(u));
      rijen.push({
        schooljaar,
        domein,
        lopend: !compleet.has(schooljaar),
        ongefilterd: telReferentie(van),
        gefilterd: telReferentie(gefilterd),
        gemiddeldeGefilterd: gemiddelde(gefilterd.map((u) => u.score)),
      });
    }
  }
  const jaren = schooljaren.filter((j) => compleet.has(j)).slice(-3);
  const inPool = rijen.filter((r) => jaren.includes(r.schooljaar));
  const perDomein = DOMEINEN.flatMap((domein) => {
    const van = inPool.filter((r) => r.domein === domein);
    if (van.length === 0) return [];
    const scores = groep8
      .filter((u) => u.vaardigheid === domein && jaren.includes(jaarVan(u)) && !isUit(u))
      .map((u) => u.score);
    return [
      {
        domein,
        ongefilterd: van.map((r) => r.ongefilterd).reduce(optellen, NUL),
        gefilterd: van.map((r) => r.gefilterd).reduce(optellen, NUL),
        gemiddeldeGefilterd: gemiddelde(scores),
      },
    ];
  });
  return {
    rijen,
    driejaars: {
      jaren,
      ongefilterd: inPool.map((r) => r.ongefilterd).reduce(optellen, NUL),
      gefilterd: inPool.map((r) => r.gefilterd).reduce(optellen, NUL),
      perDomein,
    },
    jaarTotalen: schooljaren.map((schooljaar) => {
      const van = rijen.filter((r) => r.schooljaar === schooljaar);
      return {
        schooljaar,
        lopend: !compleet.has(schooljaar),
        ongefilterd: van.map((r) => r.ongefilterd).reduce(optellen, NUL),
        gefilterd: van.map((r) => r.gefilterd).reduce(optellen, NUL),
      };
    }),
    lopend: schooljaren.filter((j) => !compleet.has(j)),
    uitgesloten: [...per.values()].filter((u) => schooljaren.includes(u.schooljaar)),
    meldingen,
  };
}

export function aandeel(t: Telling1F2F, welk: "1F" | "2F/1S"): number | undefined {
  if (t.aantal === 0) return undefined;
  return (welk === "1F" ? t.op1F : t.op2F1S) / t.aantal;
}
