/**
 * A fictional school for the demo workbook, generated from a fixed seed so every run gives the
 * same workbook: eight groups, six school years of IEP results in all vaardigheden, a pupil who
 * repeated groep 4, missing scores, text numbers and an error cell. All names are invented.
 */
import { halfjaartoets, HALFJAARTOETSEN, referentieDrempel } from "../toets";
import { defaultNormlijn } from "../normlijn";
import { MOMENTEN, type Moment } from "../moment";
import type { Vaardigheid } from "../overzicht/vaardigheid";

export const DEMO_SCHOOL = "Basisschool De Vlinderboom";
export const HUIDIG_SCHOOLJAAR = "2025-2026";
export const SCHOOLJAREN = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026"] as const;
export const DEMO_VAARDIGHEDEN: readonly Vaardigheid[] = ["rekenen", "lezen", "taalverzorging", "technisch lezen"];

/** Mulberry32: a small, well-known seeded generator; enough for believable demo data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOORNAMEN = [
  "Anouk",
  "Bram",
  "Chayenne",
  "Daan",
  "Elif",
  "Finn",
  "Guusje",
  "Hamza",
  "Isa",
  "Jesse",
  "Kiki",
  "Lucas",
  "Mila",
  "Noah",
  "Olivia",
  "Pim",
  "Quinten",
  "Roos",
  "Sem",
  "Tess",
  "Umut",
  "Vera",
  "Wout",
  "Xena",
  "Yara",
  "Zeyneb",
  "Amir",
  "Bo",
  "Cas",
  "Dewi",
  "Emma",
  "Fedde",
  "Gijs",
  "Hanna",
  "Ilias",
  "Julia",
  "Koen",
  "Lotte",
  "Mats",
  "Nina",
  "Otis",
  "Puck",
  "Rayan",
  "Sara",
  "Thijs",
  "Ilse",
  "Victor",
  "Wessel",
];
const ACHTERNAMEN = [
  "de Boer",
  "Jansen",
  "Yilmaz",
  "Bakker",
  "Visser",
  "Smit",
  "El Amrani",
  "Meijer",
  "de Vries",
  "Mulder",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "Kaya",
  "Dekker",
];

export interface DemoLeerling {
  readonly naam: string;
  /** The leerjaar in the current school year. */
  readonly leerjaar: number;
  readonly groep: string;
  /** Ability in points on the ontwikkelscore scale, relative to the 2F/1S line. */
  readonly niveau: number;
  /** Growth speed: 1 grows like the line. */
  readonly tempo: number;
  /** The school year in which this pupil repeated a year, if any. */
  readonly doublureIn?: string;
}

export interface DemoAfname {
  readonly leerling: string;
  readonly groep: string;
  readonly leerjaar: number;
  readonly schooljaar: string;
  readonly vaardigheid: Vaardigheid;
  readonly moment: Moment;
  readonly toets: string;
  readonly score: number;
}

export interface DemoGroep {
  readonly naam: string;
  readonly leerjaar: number;
  readonly leerlingen: readonly DemoLeerling[];
}

export interface DemoSchool {
  readonly naam: string;
  readonly groepen: readonly DemoGroep[];
  readonly afnames: readonly DemoAfname[];
  /** Pupils the school may leave out of its end results, with the ground. */
  readonly uitgesloten: ReadonlyMap<string, string>;
  /** Hart en handen of one group: per pupil the percentage per aspect and the sociaalwenselijkheid. */
  readonly hartEnHanden: readonly {
    readonly leerling: string;
    readonly leerjaar: number;
    readonly waarden: readonly number[];
    readonly sociaalwenselijkheid: number;
  }[];
}

/** Which vaardigheden IEP measures in a leerjaar: technisch lezen up to groep 6. */
export function vaardighedenIn(leerjaar: number): Vaardigheid[] {
  return DEMO_VAARDIGHEDEN.filter((v) => v !== "technisch lezen" || leerjaar <= 6);
}

function toetsVoor(vaardigheid: Vaardigheid, moment: Moment, score: number): string {
  const jaar = Number(moment[0]);
  if (
    jaar <= 5 ||
    (jaar === 6 && (vaardigheid === "technisch lezen" || (vaardigheid === "rekenen" && moment === "6a")))
  )
    return moment;
  if (score < referentieDrempel("1F")) return "<1F-1F";
  return vaardigheid === "rekenen" ? "1F-1S" : "1F-2F";
}

/** A score as a toets can give it: half-year toetsen have a lowest and a highest possible score. */
function begrens(toets: string, score: number): number {
  if (!(HALFJAARTOETSEN as readonly string[]).includes(toets)) return Math.max(0, score);
  const t = halfjaartoets(toets as (typeof HALFJAARTOETSEN)[number]);
  return Math.min(t.hoogste, Math.max(t.laagste - 3, score));
}

export function maakDemoSchool(seed = 20251123): DemoSchool {
  const rnd = random(seed);
  const normaal = () => (rnd() + rnd() + rnd() - 1.5) * 2; // roughly normal, sd ≈ 1
  const groepen: DemoGroep[] = [];
  const indelingen: [string, number][] = [
    ["Groep 3", 3],
    ["Groep 4", 4],
    ["Groep 5", 5],
    ["Groep 6", 6],
    ["Groep 7", 7],
    ["Groep 8a", 8],
    ["Groep 8b", 8],
    ["Groep 5-6", 5],
  ];
  let nummer = 0;
  for (const [naam, leerjaar] of indelingen) {
    const grootte = 14 + Math.floor(rnd() * 8);
    const leerlingen: DemoLeerling[] = [];
    for (let i = 0; i < grootte; i++) {
      // 7 and 48 share no factor, so k·7 mod 48 runs through every first name; the surname shifts
      // by one every round, so no two pupils of the school share a name (up to 768 pupils).
      const k = nummer++;
      const voornaam = VOORNAMEN[(k * 7) % VOORNAMEN.length]!;
      const achternaam = ACHTERNAMEN[(k * 5 + Math.floor(k / VOORNAMEN.length)) % ACHTERNAMEN.length]!;
      // The combination group 5-6 has pupils of both years.
      const jaar = naam === "Groep 5-6" && i % 2 === 1 ? 6 : leerjaar;
      leerlingen.push({
        naam: `${voornaam} ${achternaam}`,
        leerjaar: jaar,
        groep: naam,
        niveau: normaal() * 7 - 1,
        tempo: 0.85 + rnd() * 0.35,
        ...(naam === "Groep 5" && i === 3 ? { doublureIn: "2023-2024" } : {}),
      });
    }
    groepen.push({ naam, leerjaar, leerlingen });
  }

  // Pupils who finished groep 8 in an earlier school year: the end results and the trend need them.
  const oudLeerlingen: DemoLeerling[] = [];
  SCHOOLJAREN.slice(0, -1).forEach((jaar, s) => {
    const grootte = 14 + Math.floor(rnd() * 6);
    for (let i = 0; i < grootte; i++) {
      const k = nummer++;
      oudLeerlingen.push({
        naam: `${VOORNAMEN[(k * 7) % VOORNAMEN.length]!} ${ACHTERNAMEN[(k * 5 + Math.floor(k / VOORNAMEN.length)) % ACHTERNAMEN.length]!}`,
        // Their leerjaar "now" lies beyond 8: walking back, they were in groep 8 in `jaar`.
        leerjaar: 8 + (SCHOOLJAREN.length - 1 - s),
        groep: `Groep 8 (${jaar})`,
        niveau: normaal() * 7 - 1,
        tempo: 0.85 + rnd() * 0.35,
      });
    }
  });

  const afnames: DemoAfname[] = [];
  for (const groep of [...groepen, { naam: "oud-leerlingen", leerjaar: 8, leerlingen: oudLeerlingen }]) {
    for (const leerling of groep.leerlingen) {
      // Walk back through the school years: one leerjaar lower each year (twice the same after a doublure).
      let jaar = leerling.leerjaar;
      const jaren: [string, number][] = [];
      for (let s = SCHOOLJAREN.length - 1; s >= 0 && jaar >= 3; s--) {
        jaren.unshift([SCHOOLJAREN[s]!, jaar]);
        if (leerling.doublureIn !== SCHOOLJAREN[s]) jaar--;
      }
      for (const [schooljaar, lj] of jaren.filter(([, lj]) => lj <= 8)) {
        for (const vaardigheid of vaardighedenIn(lj)) {
          const eigen = normaal() * 2;
          for (const deel of ["a", "b"] as const) {
            const moment = `${lj}${deel}` as Moment;
            const lijn = defaultNormlijn("2F/1S", moment)!;
            const t = MOMENTEN.indexOf(moment) + 1;
            const ruw = Math.round(
              (lijn + leerling.niveau + eigen) * (1 + (leerling.tempo - 1) * (t / 12)) + normaal() * 2.5,
            );
            const toets = toetsVoor(vaardigheid, moment, ruw);
            afnames.push({
              leerling: leerling.naam,
              groep: leerling.groep,
              leerjaar: lj,
              schooljaar,
              vaardigheid,
              moment,
              toets,
              score: begrens(toets, ruw),
            });
          }
        }
      }
    }
  }
  const groep8 = groepen.filter((g) => g.leerjaar === 8).flatMap((g) => g.leerlingen);
  const uitgesloten = new Map<string, string>([
    [groep8[2]!.naam, "korter dan vier jaar onderwijs in het Nederlands"],
    [groep8[9]!.naam, "ontwikkelingsperspectief onder eindniveau groep 6, met passend aanbod"],
    [oudLeerlingen[oudLeerlingen.length - 3]!.naam, "korter dan vier jaar onderwijs in het Nederlands"],
  ]);
  const aspecten = 16 + 3; // five + seven + four aspects, and richting, ruimte, ruggesteun
  const hartEnHanden = groepen
    .find((g) => g.naam === "Groep 6")!
    .leerlingen.map((l) => ({
      leerling: l.naam,
      leerjaar: l.leerjaar,
      waarden: Array.from({ length: aspecten }, () => Math.round(Math.min(100, Math.max(5, 62 + normaal() * 15)))),
      sociaalwenselijkheid: Math.round(Math.min(95, Math.max(5, 40 + normaal() * 14))),
    }));
  return { naam: DEMO_SCHOOL, groepen, afnames, uitgesloten, hartEnHanden };
}
