/**
 * What colouring a group sheet adds: helper columns (Niveau, Passend, Norm, Leergroei, Kleur) to
 * the right of the table, conditional-format rules that compare the Kleur label, and a legend.
 * Pure: the workbook adapters carry the plan out, in Excel as formulas and in files as values.
 */
import { kolomLetters, type Bereik } from "../adres";
import { isLvsError } from "../errors";
import type { Output } from "../formulas/evaluate";
import { KLEUR_BETEKENIS, KLEUREN, type Kleur } from "../kleur";
import { halfjaren, leerjaar, MOMENTEN, type Moment } from "../moment";
import type { Basisnorm } from "../norm";
import { readNorm } from "../norm";
import { indicatieveGroei } from "../normlijn";
import { GEEN_NORM, GROEINORM, normDefinitie, normNaam } from "../normregister";
import { leesNormtabel } from "../normtabel";
import type { Grid } from "../overzicht/indeling";
import type { Cel, Leesmelding } from "../overzicht/metingen";
import { indicatiefMelding, legendaBron } from "../normherkomst";
import { chronologisch, type Afname, type Overzicht } from "../overzicht/metingen";
import type { Vaardigheid } from "../overzicht/vaardigheid";
import { HALFJAARTOETSEN } from "../toets";
import type { Writable } from "../writable";
import { BOVEN_BEREIK, evaluateExpr, toCell, type Expr, type Verwachting } from "./expressie";
import type { NormenBlad } from "./opzoekblad";

export type { NormenBlad } from "./opzoekblad";

/** Marks our conditional formats: N("…") is 0, so the rule means the same, and removal can find it. */
export const REGEL_MERK = 'N("LVS Analyse")=0';

export type Normkeuze = Exclude<Basisnorm, never>;

export interface KleurOpties {
  readonly norm: Normkeuze;
  readonly normen?: NormenBlad;
}

export interface Hulpcel {
  readonly rij: number;
  readonly expr: Expr;
  readonly waarde: Output;
}

export interface Hulpkolom {
  readonly kolom: number;
  readonly kop: string;
  /** In row order. */
  readonly cellen: readonly Hulpcel[];
  readonly getalnotatie?: string;
}

export interface Kleurregel {
  /** One column per area, all from the same first row: the score columns and the Kleur columns. */
  readonly bereiken: readonly Bereik[];
  readonly kleur: Kleur;
  /** Row relative to the areas' first row (columns absolute), with our marker. */
  readonly formule: string;
}

export interface Uitkomst {
  readonly leerling: string;
  readonly vaardigheid: Vaardigheid;
  readonly moment: Moment | undefined;
  readonly schooljaar?: string;
  readonly groep?: string;
  /** Why this pupil's result may be left out of the end results, when the overview says so. */
  readonly uitgesloten?: string;
  readonly score: number;
  /** The niveau as LVS.NIVEAU gives it, or "" when it could not be determined. */
  readonly niveau: string;
  /** The norm line's value at the pupil's moment (normwaarde); undefined without a norm or a line there. */
  readonly normwaarde: number | undefined;
  readonly leergroei: number | undefined;
  readonly kleur: Kleur | "";
}

export interface Legenda {
  readonly rij: number;
  readonly kolom: number;
  readonly regels: readonly { readonly tekst: string; readonly kleur?: Kleur; readonly vet?: boolean }[];
}

export interface Kleurplan {
  readonly blad: string;
  readonly kopRij: number;
  readonly hulpkolommen: readonly Hulpkolom[];
  readonly regels: readonly Kleurregel[];
  readonly legenda: Legenda;
  /** One per pupil × vaardigheid at the latest afname. */
  readonly uitkomsten: readonly Uitkomst[];
  /** One per coloured afname, all of them: what school overviews add up across years. */
  readonly alleAfnames: readonly Uitkomst[];
  readonly waarschuwingen: readonly string[];
  /** Scores above the range of their toets: coloured, and named in the report. */
  readonly meldingen: readonly Leesmelding[];
}

/**
 * The toets a score was most likely made with when the overview does not say: the half-year toets
 * of the moment up to groep 5; in groep 6 the 6a/6b toets where IEP has one (rekenen 6a, technisch
 * lezen 6a and 6b) and otherwise <1F-1F; in groep 7 and 8 1F-1S for rekenen and 1F-2F for the rest.
 */
export function standaardToets(vaardigheid: Vaardigheid, moment: Moment): string {
  const jaar = leerjaar(moment);
  if (jaar <= 5) return moment;
  if (jaar === 6) {
    if (vaardigheid === "technisch lezen") return moment;
    if (vaardigheid === "rekenen" && moment === "6a") return moment;
    return "<1F-1F";
  }
  return vaardigheid === "rekenen" ? "1F-1S" : "1F-2F";
}

/** The header of a long export's column with the score as LVS Analyse reads it. */
export const GELEZEN_KOP = "Ingelezen score";

/** One coloured score: the current afname, and the previous one to measure growth from. */
interface Doel {
  readonly rij: number;
  readonly leerling: string;
  readonly vaardigheid: Vaardigheid;
  readonly huidig: { readonly kolom: number; readonly moment?: Moment; readonly toetsKolom?: number };
  readonly vorig?: { readonly cel: { rij: number; kolom: number }; readonly moment?: Moment };
  /** Half years between the two afnames when a doublure repeated the moment. */
  readonly verstreken?: number;
  readonly afname?: Afname;
}

function doelenBreed(overzicht: Overzicht): Map<Vaardigheid, Doel[]> {
  const { indeling } = overzicht;
  const perVaardigheid = new Map<Vaardigheid, Doel[]>();
  const vaardigheden = [...new Set(indeling.scores.map((s) => s.vaardigheid))];
  const rijen = [...new Set(overzicht.afnames.map((m) => m.rij))].sort((a, b) => a - b);
  const afnameOp = new PerCel<Afname>();
  for (const m of overzicht.afnames) afnameOp.set(m.rij, m.scoreCel.kolom, m);
  const leerjaarVan = new Map(overzicht.afnames.map((m) => [m.rij, m]));
  for (const vaardigheid of vaardigheden) {
    // Columns in time order; "midden" before "eind" when the header names only the half.
    const kolommen = indeling.scores
      .filter((s) => s.vaardigheid === vaardigheid)
      .slice()
      .sort(
        (a, b) =>
          (a.moment ? halfjaren(a.moment) : a.deel === "b" ? 1 : 0) -
          (b.moment ? halfjaren(b.moment) : b.deel === "b" ? 1 : 0),
      );
    const huidig = kolommen[kolommen.length - 1]!;
    const vorig = kolommen[kolommen.length - 2];
    const doelen: Doel[] = [];
    // Filled in place, not spread: a wide overview of a whole school makes a doel per pupil per vaardigheid.
    for (const rij of rijen) {
      const pupil = leerjaarVan.get(rij)!;
      const momentVan = (k: typeof huidig) =>
        k.moment ??
        (k.deel && pupil.leerjaar && pupil.leerjaar >= 3 ? (`${pupil.leerjaar}${k.deel}` as Moment) : undefined);
      const nu: Writable<Doel["huidig"]> = { kolom: huidig.kolom };
      const moment = momentVan(huidig);
      if (moment) nu.moment = moment;
      if (huidig.toets !== undefined) nu.toetsKolom = huidig.toets;
      const doel: Writable<Doel> = { rij, leerling: pupil.leerling, vaardigheid, huidig: nu };
      if (vorig) {
        const toen: Writable<NonNullable<Doel["vorig"]>> = { cel: { rij, kolom: vorig.kolom } };
        const vorigMoment = momentVan(vorig);
        if (vorigMoment) toen.moment = vorigMoment;
        doel.vorig = toen;
      }
      const afname = afnameOp.get(rij, huidig.kolom);
      if (afname) doel.afname = afname;
      doelen.push(doel);
    }
    perVaardigheid.set(vaardigheid, doelen);
  }
  return perVaardigheid;
}

function doelenLang(overzicht: Overzicht): Doel[] {
  const reeksen = new Map<string, Afname[]>();
  for (const m of overzicht.afnames) {
    const key = `${m.leerling}\u0000${m.vaardigheid}`;
    const reeks = reeksen.get(key);
    if (reeks) reeks.push(m);
    else reeksen.set(key, [m]);
  }
  const doelen: Doel[] = [];
  for (const reeks of reeksen.values()) {
    const gesorteerd = reeks.slice().sort(chronologisch);
    gesorteerd.forEach((m, i) => {
      const vorige = gesorteerd[i - 1];
      // Afnames are in time order, so a moment that does not advance is a repeated year.
      const doublure = vorige?.moment && m.moment && halfjaren(m.moment) <= halfjaren(vorige.moment);
      doelen.push({
        rij: m.rij,
        leerling: m.leerling,
        vaardigheid: m.vaardigheid,
        huidig: {
          kolom: m.scoreCel.kolom,
          ...(m.moment ? { moment: m.moment } : {}),
          ...(m.toetsCel ? { toetsKolom: m.toetsCel.kolom } : {}),
        },
        ...(vorige ? { vorig: { cel: vorige.scoreCel, ...(vorige.moment ? { moment: vorige.moment } : {}) } } : {}),
        ...(doublure ? { verstreken: verstrekenHalfjaren(vorige!, m) } : {}),
        afname: m,
      });
    });
  }
  return doelen.sort((a, b) => a.rij - b.rij);
}

/** Half years from one afname to the next across school years (a doublure repeats the moment). */
function verstrekenHalfjaren(vorige: Afname, huidige: Afname): number {
  if (vorige.datum !== undefined && huidige.datum !== undefined) {
    return Math.max(1, Math.round((huidige.datum - vorige.datum) / 182.6));
  }
  const jaren =
    (Number(/\d{4}/.exec(huidige.schooljaar ?? "")?.[0]) || 0) -
    (Number(/\d{4}/.exec(vorige.schooljaar ?? "")?.[0]) || 0);
  const verschil = jaren * 2 + (halfjaren(huidige.moment!) - halfjaren(vorige.moment!));
  return Math.max(1, verschil);
}

/** The growth IEP pupils show over that many half years from the previous moment (indicatief). */
function verwachteGroeiNaDoublure(vorig: Moment, verstreken: number): number {
  const start = halfjaren(vorig);
  const eind = MOMENTEN[Math.min(MOMENTEN.length, start + verstreken) - 1]!;
  return indicatieveGroei(vorig, eind) ?? 0;
}

function heeftLandelijk(normen: NormenBlad | undefined, vaardigheid: Vaardigheid): boolean {
  if (!normen) return false;
  const tabel = leesNormtabel(normen.cellen);
  return Boolean(tabel.column(readNorm(`${GROEINORM} ${vaardigheid}`)) ?? tabel.column(readNorm(GROEINORM)));
}

interface Kolommen {
  /** Only in a long export: the score as read, which the other helper cells of the row work with. */
  readonly gelezen?: number;
  readonly niveau: number;
  readonly passend?: number;
  readonly norm?: number;
  readonly leergroei: number;
  readonly kleur: number;
}

/** The passende-toets flag only means something for 3a–6b, where the score shows the lowest and highest. */
function isHalfjaartoets(doel: Doel, lookup: (rij: number, kolom: number) => unknown): boolean {
  const { moment, toetsKolom } = doel.huidig;
  if (!moment) return false;
  const toets =
    toetsKolom !== undefined ? String(lookup(doel.rij, toetsKolom) ?? "") : standaardToets(doel.vaardigheid, moment);
  return (HALFJAARTOETSEN as readonly string[]).includes(toets.trim().toLowerCase());
}

/** Per vaardigheid whether the Normen sheet has a landelijk line for it (its own or the general one). */
function landelijkIn(normen: NormenBlad | undefined): (vaardigheid: Vaardigheid) => boolean {
  const landelijk = new Map<Vaardigheid, boolean>();
  return (vaardigheid) => {
    let heeft = landelijk.get(vaardigheid);
    if (heeft === undefined) landelijk.set(vaardigheid, (heeft = heeftLandelijk(normen, vaardigheid)));
    return heeft;
  };
}

/** The toets text a helper cell works with: the overview's toets cell as it stands, or the assumed one. */
function toetsVan(doel: Doel, lookup: (rij: number, kolom: number) => unknown): string {
  const { moment, toetsKolom } = doel.huidig;
  if (toetsKolom === undefined) return standaardToets(doel.vaardigheid, moment!);
  const waarde = lookup(doel.rij, toetsKolom);
  return typeof waarde === "string" || typeof waarde === "number" ? String(waarde) : "";
}

/** Builds the helper cells of one target row; returns them per helper kind. */
function hulpcellen(
  doel: Doel,
  k: Kolommen,
  opties: KleurOpties,
  landelijk: (vaardigheid: Vaardigheid) => boolean,
  passend: boolean,
  lookup: (rij: number, kolom: number) => unknown,
) {
  const { huidig, vorig } = doel;
  const cellen: { kolom: number; expr: Expr }[] = [];
  if (!huidig.moment) return cellen;
  let score: Cel = { rij: doel.rij, kolom: huidig.kolom };
  // With a gelezen column the row's formulas name it (and so does the next afname's leergroei):
  // each afname's score is then read and checked once, not in every formula of the row.
  const bron = k.gelezen !== undefined ? ({ gelezen: true } as const) : {};
  if (k.gelezen !== undefined) {
    cellen.push({ kolom: k.gelezen, expr: { kind: "score", score } });
    score = { rij: doel.rij, kolom: k.gelezen };
  }
  const toets = toetsVan(doel, lookup);
  cellen.push({ kolom: k.niveau, expr: { kind: "niveau", score, toets, ...bron } });
  if (k.passend !== undefined && passend)
    cellen.push({ kolom: k.passend, expr: { kind: "passend", score, toets, ...bron } });
  const normen = opties.normen;
  if (k.norm !== undefined && opties.norm !== GEEN_NORM) {
    const lijn = normen ? `${opties.norm} ${doel.vaardigheid}` : opties.norm;
    cellen.push({ kolom: k.norm, expr: { kind: "norm", lijn, moment: huidig.moment, ...(normen ? { normen } : {}) } });
  }
  if (vorig?.moment) {
    const verwacht: Verwachting =
      doel.verstreken !== undefined
        ? { soort: "vast", groei: verwachteGroeiNaDoublure(vorig.moment, doel.verstreken) }
        : normen && landelijk(doel.vaardigheid)
          ? { soort: "landelijk", lijn: `${GROEINORM} ${doel.vaardigheid}`, normen }
          : { soort: "standaard" };
    cellen.push({
      kolom: k.leergroei,
      expr: {
        kind: "leergroei",
        vorige: k.gelezen !== undefined ? { rij: vorig.cel.rij, kolom: k.gelezen } : vorig.cel,
        huidige: score,
        vorigMoment: vorig.moment,
        huidigMoment: huidig.moment,
        verwacht,
        ...bron,
      },
    });
  }
  const metNorm = k.norm !== undefined && opties.norm !== GEEN_NORM;
  cellen.push({
    kolom: k.kleur,
    expr: {
      kind: "kleur",
      score,
      ...(metNorm ? { norm: { rij: doel.rij, kolom: k.norm! } } : {}),
      ...(vorig?.moment ? { leergroei: { rij: doel.rij, kolom: k.leergroei } } : {}),
      ...bron,
    },
  });
  return cellen;
}

/** The columns one Kleur label colours: the scores it is about and the label's own column. */
interface Gekleurd {
  readonly kolommen: readonly number[];
  readonly label: number;
}

/**
 * One rule per colour for the whole sheet, over every coloured column as one multi-area range:
 * Excel slows down and its rule list becomes unreadable with a rule per block. Each cell finds
 * the Kleur label of its own vaardigheid by its column number (COLUMN() is the cell's own column in
 * Excel and LibreOffice alike); the row is relative, so every area reads its own row.
 */
function regelsVoor(
  rij: number,
  rijen: number,
  gekleurd: readonly Gekleurd[],
  kleuren: readonly Kleur[],
): Kleurregel[] {
  if (gekleurd.length === 0) return [];
  const label = (g: Gekleurd) => `$${kolomLetters(g.label)}${rij + 1}`;
  const welk = (g: Gekleurd) =>
    g.kolommen.length === 1
      ? `COLUMN()=${g.kolommen[0]! + 1}`
      : `OR(${g.kolommen.map((k) => `COLUMN()=${k + 1}`).join(",")})`;
  // One label for all columns needs no choice; otherwise IF per vaardigheid, "" for no match.
  const keuze =
    gekleurd.length === 1
      ? label(gekleurd[0]!)
      : gekleurd.reduceRight((rest, g) => `IF(${welk(g)},${label(g)},${rest})`, '""');
  const bereiken = gekleurd.flatMap((g) => g.kolommen.map((kolom) => ({ rij, kolom, rijen, kolommen: 1 })));
  return kleuren.map((kleur) => ({ bereiken, kleur, formule: `AND(${REGEL_MERK},${keuze}="${kleur}")` }));
}

/** Plans the colouring of one overview. `vrijeKolom` is the first column right of everything on the sheet. */
export function planKleuring(overzicht: Overzicht, opties: KleurOpties, cellen: Grid, vrijeKolom: number): Kleurplan {
  const { indeling } = overzicht;
  const waarschuwingen: string[] = [];
  const metNorm = opties.norm !== GEEN_NORM;
  if (metNorm && !normDefinitie(opties.norm)?.indicatief && !opties.normen) {
    waarschuwingen.push(
      `Voor ${normNaam(opties.norm)} is een blad Normen met de waarden uit IEP LVS nodig; zonder dat blad kleurt LVS Analyse alleen op leergroei.`,
    );
  }
  const indicatief = indicatiefMelding(opties.norm, opties.normen?.cellen);
  if (indicatief) waarschuwingen.push(indicatief);
  const groepen: { vaardigheid?: Vaardigheid; doelen: Doel[] }[] =
    indeling.indeling === "breed"
      ? [...doelenBreed(overzicht)].map(([vaardigheid, doelen]) => ({ vaardigheid, doelen }))
      : [{ doelen: doelenLang(overzicht) }];

  const kolomVan = new Map<number, Hulpkolom & { cellen: Hulpcel[] }>();
  const landelijk = landelijkIn(opties.normen);
  const hulpkolommen: (Hulpkolom & { cellen: Hulpcel[] })[] = [];
  const gekleurd: Gekleurd[] = [];
  // What the plan computed per helper cell.
  const berekend = new PerCel<Output>();
  const lookup = (rij: number, kolom: number) => {
    const waarde = berekend.get(rij, kolom);
    return waarde !== undefined ? toCell(waarde) : cellen[rij]?.[kolom];
  };
  // Made once: a closure per helper cell is measurable at 100,000 pupils.
  const celLookup = (c: Cel) => lookup(c.rij, c.kolom);
  let volgende = vrijeKolom + 1; // one blank column between the user's table and ours
  const uitkomsten: Uitkomst[] = [];
  const alleAfnames: Uitkomst[] = [];
  const meldingen: Leesmelding[] = [];
  const vanaf = indeling.eersteRij;
  const tot = indeling.laatsteRij;

  for (const groep of groepen) {
    const achter = groep.vaardigheid ? ` ${groep.vaardigheid}` : "";
    const maak = (kop: string, getalnotatie?: string) => {
      const kolom = { kolom: volgende++, kop, cellen: [] as Hulpcel[], ...(getalnotatie ? { getalnotatie } : {}) };
      hulpkolommen.push(kolom);
      kolomVan.set(kolom.kolom, kolom);
      return kolom.kolom;
    };
    const halfjaartoets = groep.doelen.map((d) => isHalfjaartoets(d, lookup));
    const k: Kolommen = {
      // A long export's formulas cannot be filled down (each row has its own toets and previous
      // afname), so each would read and check the score anew; a gelezen column does that once.
      ...(groep.vaardigheid ? {} : { gelezen: maak(GELEZEN_KOP) }),
      niveau: maak(`Niveau${achter}`),
      ...(halfjaartoets.includes(true) ? { passend: maak(`Passende toets${achter}`) } : {}),
      ...(metNorm ? { norm: maak(`Norm${achter} (${opties.norm})`, "0.0") } : {}),
      leergroei: maak(`Leergroei${achter}`, "0.00"),
      kleur: maak(`Kleur${achter}`),
    };
    // Gelezen cells first: a leergroei names the gelezen cell of the afname before, which can be
    // on a later row. Each column still gets its cells in row order, all in one round. Without a
    // gelezen column the cells are made as they are used: kept, they outlive a young heap.
    const cellenPerDoel =
      k.gelezen !== undefined
        ? groep.doelen.map((doel, d) => hulpcellen(doel, k, opties, landelijk, halfjaartoets[d]!, lookup))
        : undefined;
    for (const eerst of k.gelezen !== undefined ? [true, false] : [false])
      groep.doelen.forEach((doel, d) => {
        const hier = cellenPerDoel?.[d] ?? hulpcellen(doel, k, opties, landelijk, halfjaartoets[d]!, lookup);
        for (const { kolom, expr } of hier) {
          if (k.gelezen !== undefined && (kolom === k.gelezen) !== eerst) continue;
          const waarde = evaluateExpr(expr, celLookup);
          berekend.set(doel.rij, kolom, waarde);
          if (kolom === k.niveau && typeof waarde === "string" && waarde.startsWith(BOVEN_BEREIK)) {
            const scoreCel = { rij: doel.rij, kolom: doel.huidig.kolom };
            meldingen.push({
              soort: "bovenBereik",
              cel: scoreCel,
              inhoud: `${String(cellen[doel.rij]?.[doel.huidig.kolom] ?? "")} (${waarde})`,
            });
          }
          kolomVan.get(kolom)!.cellen.push({ rij: doel.rij, expr, waarde });
        }
      });
    const scoreKolommen = [...new Set(groep.doelen.map((d) => d.huidig.kolom))];
    gekleurd.push({ kolommen: [...scoreKolommen, k.kleur], label: k.kleur });
    // One object per afname, in both lists. One at a time: a group of a long export has an entry
    // per afname, too many to spread into a call.
    const perDoel = groep.doelen.map((doel) => (doel.afname ? uitkomstVan(doel, k, berekend) : undefined));
    for (const uitkomst of perDoel) if (uitkomst) alleAfnames.push(uitkomst);
    for (const uitkomst of laatsteUitkomsten(groep.doelen, perDoel)) uitkomsten.push(uitkomst);
  }

  // All eight: a norm without a line at some moment (1F before groep 6) still colours by growth.
  const regels = regelsVoor(vanaf, tot - vanaf + 1, gekleurd, KLEUREN);
  const voorkomend = new Set(uitkomsten.map((u) => u.kleur));
  const legenda = maakLegenda(indeling.kopRij - indeling.kopRijen + 1, volgende + 1, opties, metNorm, voorkomend);
  return {
    blad: overzicht.blad,
    kopRij: indeling.kopRij,
    hulpkolommen,
    regels,
    legenda,
    uitkomsten,
    alleAfnames,
    waarschuwingen,
    meldingen,
  };
}

/**
 * Something per cell: an array per column, by row. One map keyed by cell grew to millions of
 * entries at 100,000 pupils, and rehashing it cost more than computing; a key of row and column in
 * one number also leaves V8's small integers at that size.
 */
class PerCel<T> {
  private readonly kolommen = new Map<number, T[]>();

  get(rij: number, kolom: number): T | undefined {
    return this.kolommen.get(kolom)?.[rij];
  }

  set(rij: number, kolom: number, waarde: T): void {
    let kolomWaarden = this.kolommen.get(kolom);
    if (!kolomWaarden) this.kolommen.set(kolom, (kolomWaarden = []));
    kolomWaarden[rij] = waarde;
  }
}

function getal(output: Output | undefined): number | undefined {
  return typeof output === "number" ? output : undefined;
}

/** The latest afname per pupil and vaardigheid: what the group analysis talks about. */
function laatsteUitkomsten(doelen: readonly Doel[], perDoel: readonly (Uitkomst | undefined)[]): Uitkomst[] {
  const laatste = new Map<string, number>();
  doelen.forEach((doel, i) => {
    if (!doel.afname) return;
    const key = `${doel.leerling}\u0000${doel.vaardigheid}`;
    const eerder = laatste.get(key);
    if (eerder === undefined || chronologisch(doelen[eerder]!.afname!, doel.afname) < 0) laatste.set(key, i);
  });
  return Array.from(laatste.values(), (i) => perDoel[i]!);
}

function uitkomstVan(doel: Doel, k: Kolommen, berekend: PerCel<Output>): Uitkomst {
  const afname = doel.afname!;
  const kleurWaarde = berekend.get(doel.rij, k.kleur);
  const niveau = berekend.get(doel.rij, k.niveau);
  // Filled in place, not spread: a school export makes thousands of these.
  const uitkomst: Writable<Uitkomst> = {
    leerling: doel.leerling,
    vaardigheid: doel.vaardigheid,
    moment: doel.huidig.moment,
    score: afname.score,
    niveau: typeof niveau === "string" ? niveau : "",
    normwaarde: k.norm !== undefined ? getal(berekend.get(doel.rij, k.norm)) : undefined,
    leergroei: getal(berekend.get(doel.rij, k.leergroei)),
    kleur: typeof kleurWaarde === "string" && !isLvsError(kleurWaarde) ? (kleurWaarde as Kleur | "") : "",
  };
  if (afname.schooljaar) uitkomst.schooljaar = afname.schooljaar;
  if (afname.groep) uitkomst.groep = afname.groep;
  if (afname.uitgesloten) uitkomst.uitgesloten = afname.uitgesloten;
  return uitkomst;
}

function maakLegenda(
  rij: number,
  kolom: number,
  opties: KleurOpties,
  metNorm: boolean,
  voorkomend: ReadonlySet<string>,
): Legenda {
  const bron = legendaBron(opties.norm, opties.normen?.cellen);
  const indicatief = indicatiefMelding(opties.norm, opties.normen?.cellen);
  const hoofd = (kl: Kleur) =>
    metNorm ? kl.endsWith("groen") || kl.endsWith("blauw") : kl === "donker" || kl === "licht";
  const kleuren = KLEUREN.filter((kl) => hoofd(kl) || voorkomend.has(kl));
  return {
    rij,
    kolom,
    regels: [
      { tekst: "Legenda LVS Analyse", vet: true },
      { tekst: `Norm: ${normNaam(opties.norm)}${bron ? ` (${bron})` : ""}` },
      ...kleuren.map((kleur) => ({ tekst: `${kleur}: ${KLEUR_BETEKENIS[kleur]}`, kleur })),
      {
        tekst: metNorm
          ? "Gelijk aan de norm telt als groen; gelijk aan de verwachte groei als donker."
          : "Gelijk aan de verwachte groei telt als donker.",
      },
      ...(indicatief ? [{ tekst: indicatief }] : []),
      {
        tekst:
          "De kolommen rechts van je tabel en deze legenda zijn van LVS Analyse; 'Kleuring verwijderen' haalt ze weg.",
      },
    ],
  };
}
