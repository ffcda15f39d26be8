/**
 * The pupil card as a sheet of its own, laid out to print on one A4 page (portrait): the pupil's
 * name as the title row (repeated on every printed page), a table with every afname (ontwikkelscore,
 * niveau and leergroei per vaardigheid, and the norm lines at that moment), per vaardigheid a
 * voortgangsgrafiek and a leergroeimeter, the passende-toets advice, detail scores where the
 * overview has them, and two open fields for the conversation. Pure: the workbook layer writes it.
 */
import type { Bereik } from "../adres";
import type { Grafiek } from "../grafiek";
import { KLEUR_OPMAAK } from "../kleur";
import type { Normkeuze } from "../groep/kleurplan";
import { halfjaren, type Moment } from "../moment";
import { PASSEND } from "../niveau";
import type { FormCel, Formulier } from "../kaart/formulier";
import type { Vaardigheid } from "../overzicht/vaardigheid";
import { herkomst, LIJNEN, type AfnameBeeld, type Leerlingbeeld, type Lijn } from "./beeld";
import { HOE_PROCENT_TOEVOEGEN } from "./details";
import { hartVragenlijsten, hartToelichting, type HartBeeld } from "./hart";

export const GESPREKSPUNTEN = "Gesprekspunten";
export const AFSPRAKEN = "Afspraken";
export const VOORTGANG = "Voortgang per afname";
export const GRAFIEKEN = "Voortgangsgrafiek en leergroeimeter";
export const PASSENDE_TOETS = "Passende toets";
export const DETAILSCORES = "Detailscores (laatste afname)";
export const HART_EN_HANDEN = "Hart en handen";

/** Expected growth: the meter is half full at 1 on its fixed scale of 0 to 2. */
export const METER_MAX = 2;

const STIJL = {
  titel: { vet: true },
  info: { cursief: true },
  uitleg: { cursief: true, terugloop: true },
  sectie: { vet: true, achtergrond: "#2E7D32", tekstkleur: "#FFFFFF" },
  kop: { vet: true, achtergrond: "#E8F1E9", omlijnd: true },
  antwoord: { achtergrond: "#FFF4CE", omlijnd: true, terugloop: true },
  waarde: { omlijnd: true },
} as const satisfies Record<string, Partial<FormCel>>;

const BREEDTE = { label: 12, score: 6, niveau: 14, groei: 6, lijn: 8 } as const;

/** The printable area of A4 portrait with Excel's standard margins, in points. */
const PAGINA = { breedte: 595 - 0.7 * 2 * 72, hoogte: 842 - 0.75 * 2 * 72 } as const;
const RIJHOOGTE = 15;
const OPEN_VELD_HOOGTE = 64;
/** Rows of a spider chart at least: it covers its own data (an empty row, a header, at most seven aspects). */
const SPIN_MIN = 10;
/** The sociaalwenselijkheid line when it says to read with care. */
const LET_OP = { vet: true, terugloop: true, achtergrond: "#FCE4D6" } as const;

/** A column's width in points as Excel draws it: 7 pixels a character plus 5 of padding, at 0.75 pt a pixel. */
const punten = (tekens: number) => (tekens * 7 + 5) * 0.75;

export interface Groepsgemiddelden {
  /** The group's mean percentage goed on a detail, by vaardigheid, aspect group and onderdeel. */
  readonly detail: (vaardigheid: Vaardigheid, groep: string, onderdeel: string) => number | undefined;
}

export interface Leerlingkaart {
  readonly formulier: Formulier;
  readonly grafieken: readonly Grafiek[];
  /** Rows the card takes; with the column widths it is sized to fit one printed page. */
  readonly rijen: number;
  readonly paginaRijen: number;
}

/** One row of the table: an afname moment (in a school year, when the pupil has that moment twice). */
interface Regel {
  readonly sleutel: string;
  readonly moment: Moment;
  readonly schooljaar?: string;
  label: string;
}

const regelSleutel = (a: Pick<AfnameBeeld, "moment" | "schooljaar">) => `${a.schooljaar ?? ""}|${a.moment}`;

function regels(beeld: Leerlingbeeld): Regel[] {
  const map = new Map<string, Regel>();
  for (const r of beeld.reeksen) {
    for (const a of r.afnames) {
      const sleutel = regelSleutel(a);
      if (!map.has(sleutel))
        map.set(sleutel, {
          sleutel,
          moment: a.moment,
          ...(a.schooljaar ? { schooljaar: a.schooljaar } : {}),
          label: a.moment,
        });
    }
  }
  const lijst = [...map.values()].sort((a, b) => {
    const ja = a.schooljaar ?? "";
    const jb = b.schooljaar ?? "";
    if (ja !== jb) return ja < jb ? -1 : 1;
    return halfjaren(a.moment) - halfjaren(b.moment);
  });
  // The school year goes in the label only where it tells two afnames apart (a doublure).
  const aantal = new Map<Moment, number>();
  for (const r of lijst) aantal.set(r.moment, (aantal.get(r.moment) ?? 0) + 1);
  for (const r of lijst)
    if ((aantal.get(r.moment) ?? 0) > 1 && r.schooljaar)
      r.label = `${r.moment} (${r.schooljaar.slice(2, 4)}/${r.schooljaar.slice(-2)})`;
  return lijst;
}

/** A norm column: one line for all vaardigheden, or per vaardigheid where the Normen sheet differs. */
interface Lijnkolom {
  readonly lijn: Lijn;
  readonly vaardigheid?: Vaardigheid;
  readonly kop: string;
  readonly waarden: readonly (number | undefined)[];
}

function lijnkolommen(beeld: Leerlingbeeld, rijen: readonly Regel[]): Lijnkolom[] {
  const kolommen: Lijnkolom[] = [];
  const perReeks = beeld.reeksen.map((r) => new Map(r.afnames.map((a) => [regelSleutel(a), a])));
  for (const lijn of LIJNEN) {
    const per = beeld.reeksen.map((_, i) =>
      rijen.map(
        (regel) => perReeks[i]!.get(regel.sleutel)?.normen[lijn] ?? waardeOpMoment(beeld, i, lijn, regel.moment),
      ),
    );
    if (per.every((w) => w.every((x) => x === undefined))) continue;
    const gelijk = per.every((w) =>
      w.every((x, r) => x === undefined || per.every((ander) => ander[r] === undefined || ander[r] === x)),
    );
    if (gelijk) {
      kolommen.push({
        lijn,
        kop: lijn,
        waarden: rijen.map((_, r) => per.map((w) => w[r]).find((x) => x !== undefined)),
      });
    } else {
      beeld.reeksen.forEach((reeks, i) => {
        if (per[i]!.some((x) => x !== undefined))
          kolommen.push({
            lijn,
            vaardigheid: reeks.vaardigheid,
            kop: `${lijn} ${reeks.vaardigheid}`,
            waarden: per[i]!,
          });
      });
    }
  }
  return kolommen;
}

/** A line's value at a moment where this vaardigheid had no afname: from any afname at that moment. */
function waardeOpMoment(beeld: Leerlingbeeld, reeks: number, lijn: Lijn, moment: Moment): number | undefined {
  for (const a of beeld.reeksen[reeks]!.afnames)
    if (a.moment === moment && a.normen[lijn] !== undefined) return a.normen[lijn];
  return undefined;
}

class Raster {
  readonly cellen: (FormCel | undefined)[][] = [];
  readonly samenvoegingen: Bereik[] = [];
  readonly hoogtes: { rij: number; hoogte: number }[] = [];
  readonly secties: string[] = [];
  /** Extra points above the standard row height, for the page budget. */
  extra = 0;

  constructor(readonly breedte: number) {}

  get rij(): number {
    return this.cellen.length;
  }

  regel(cellen: (FormCel | undefined)[] = [], hoogte?: number): number {
    const r = this.cellen.length;
    this.cellen.push(cellen);
    if (hoogte !== undefined) {
      this.hoogtes.push({ rij: r, hoogte });
      this.extra += hoogte - RIJHOOGTE;
    }
    return r;
  }

  voeg(rij: number, kolom: number, kolommen: number): void {
    if (kolommen > 1) this.samenvoegingen.push({ rij, kolom, rijen: 1, kolommen });
  }

  breed(cel: FormCel, hoogte?: number): number {
    const r = this.regel([cel], hoogte);
    this.voeg(r, 0, this.breedte);
    return r;
  }

  sectie(titel: string): void {
    this.regel();
    this.breed({ ...STIJL.sectie, waarde: titel });
    this.secties.push(titel);
  }

  leeg(aantal: number): void {
    for (let i = 0; i < aantal; i++) this.regel();
  }
}

/** Lines a text needs over the whole width of the card. */
function regelsVoor(tekst: string, breedtes: readonly number[]): number {
  const tekens = breedtes.reduce((a, b) => a + b, 0) * 0.95;
  return Math.max(1, Math.ceil(tekst.length / tekens));
}

const procent = (f: number) => Math.round(f * 1000) / 10;
const rond = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

/** Per vaardigheid and advice one line listing the afnames: a pupil who often hit the lowest score fills no page. */
function adviesRegels(beeld: Leerlingbeeld): { regels: string[]; procentOntbreekt: boolean } {
  const regels: string[] = [];
  let procentOntbreekt = false;
  for (const r of beeld.reeksen) {
    const perAdvies = new Map<string, string[]>();
    for (const a of r.afnames) {
      if (a.passend === undefined) {
        if (!/^[3-6][ab]$/.test(a.toets)) procentOntbreekt = true;
        continue;
      }
      if (a.passend === PASSEND) continue;
      const waarom = a.procentGoed !== undefined ? `${procent(a.procentGoed)}% goed` : `score ${a.score}`;
      const lijst = perAdvies.get(a.passend) ?? [];
      lijst.push(
        `${a.moment}${a.schooljaar && beeld.reeksen.some((x) => x.afnames.some((b) => b !== a && b.moment === a.moment && b.schooljaar !== a.schooljaar)) ? ` (${a.schooljaar})` : ""} met toets ${a.toets}, ${waarom}`,
      );
      perAdvies.set(a.passend, lijst);
    }
    for (const [advies, afnames] of perAdvies) regels.push(`${r.vaardigheid}: ${advies} bij ${afnames.join("; ")}.`);
  }
  return { regels, procentOntbreekt };
}

export function maakLeerlingkaart(
  beeld: Leerlingbeeld,
  opties: {
    readonly blad: string;
    readonly norm: Normkeuze;
    readonly datum: string;
    readonly gemiddelden?: Groepsgemiddelden;
    /** The pupil's hart en handen, or the sentence the card shows instead; nothing without either. */
    readonly hart?: HartBeeld | { readonly ontbreekt: string };
  },
): Leerlingkaart {
  const rijen = regels(beeld);
  const lijnen = lijnkolommen(beeld, rijen);
  const nV = beeld.reeksen.length;
  const eersteLijn = 1 + nV * 3;
  const verwachtKolom = eersteLijn + lijnen.length;
  const breedtes = [
    BREEDTE.label,
    ...beeld.reeksen.flatMap(() => [BREEDTE.score, BREEDTE.niveau, BREEDTE.groei]),
    ...lijnen.map(() => BREEDTE.lijn),
    BREEDTE.lijn,
  ];
  const breedte = breedtes.length;
  const o = new Raster(breedte);

  // Header: the name (the title row repeats on every printed page), where it comes from, how to read it.
  // One line each, running on over the empty cells beside them: no merge, which keeps the write of a
  // whole school's cards within one request to Excel.
  o.regel([{ ...STIJL.titel, waarde: `Leerlingkaart ${beeld.leerling}` }]);
  o.regel([{ ...STIJL.info, waarde: herkomst(beeld, opties.blad, opties.norm, opties.datum) }]);
  o.breed(
    {
      ...STIJL.uitleg,
      waarde: `Groei 1,00 is de verwachte groei sinds de vorige afname: de leergroeimeter is dan half vol (schaal 0 tot ${METER_MAX}); onder 0 ging de score achteruit en blijft de meter leeg. De gele vakken zijn voor jullie eigen aantekeningen: LVS Analyse schrijft daar nooit in.`,
    },
    2 * RIJHOOGTE + 3,
  );

  // The table of every afname: what the charts draw.
  o.sectie(VOORTGANG);
  const kop1: (FormCel | undefined)[] = [{ ...STIJL.kop, waarde: "Afname" }];
  const kop2: (FormCel | undefined)[] = [{ ...STIJL.kop, waarde: "" }];
  beeld.reeksen.forEach((r, i) => {
    kop1[1 + i * 3] = { ...STIJL.kop, waarde: r.vaardigheid };
    kop1[2 + i * 3] = { ...STIJL.kop, waarde: null };
    kop1[3 + i * 3] = { ...STIJL.kop, waarde: null };
    kop2[1 + i * 3] = { ...STIJL.kop, waarde: "Score" };
    kop2[2 + i * 3] = { ...STIJL.kop, waarde: "Niveau" };
    kop2[3 + i * 3] = { ...STIJL.kop, waarde: "Groei" };
  });
  lijnen.forEach((l, j) => {
    kop1[eersteLijn + j] = { ...STIJL.kop, waarde: j === 0 ? "Normlijn" : null };
    kop2[eersteLijn + j] = { ...STIJL.kop, waarde: l.kop };
  });
  kop1[verwachtKolom] = { ...STIJL.kop, waarde: "Groei" };
  kop2[verwachtKolom] = { ...STIJL.kop, waarde: "verwacht" };
  const k1 = o.regel(kop1);
  beeld.reeksen.forEach((_, i) => o.voeg(k1, 1 + i * 3, 3));
  o.voeg(k1, eersteLijn, lijnen.length);
  o.regel(kop2);
  const eersteData = o.rij;
  const perReeks = beeld.reeksen.map((r) => new Map(r.afnames.map((a) => [regelSleutel(a), a])));
  rijen.forEach((regel, r) => {
    const cellen: (FormCel | undefined)[] = [{ ...STIJL.kop, waarde: regel.label }];
    beeld.reeksen.forEach((_, i) => {
      const a = perReeks[i]!.get(regel.sleutel);
      const opmaak = a?.kleur
        ? { achtergrond: KLEUR_OPMAAK[a.kleur].achtergrond, tekstkleur: KLEUR_OPMAAK[a.kleur].tekst }
        : {};
      cellen[1 + i * 3] = { ...STIJL.waarde, ...opmaak, waarde: a ? a.score : null };
      cellen[2 + i * 3] = { ...STIJL.waarde, waarde: a ? a.niveau : null };
      cellen[3 + i * 3] = {
        ...STIJL.waarde,
        waarde: a?.leergroei !== undefined ? rond(a.leergroei, 2) : null,
        notatie: "0.00",
      };
    });
    lijnen.forEach(
      (l, j) => (cellen[eersteLijn + j] = { ...STIJL.waarde, waarde: l.waarden[r] ?? null, notatie: "0.0" }),
    );
    cellen[verwachtKolom] = { ...STIJL.waarde, waarde: r === 0 ? null : 1, notatie: "0.00" };
    o.regel(cellen);
  });
  const dataBereik = (kolom: number): Bereik => ({ rij: eersteData, kolom, rijen: rijen.length, kolommen: 1 });

  // What else goes on the page, so the charts get the height that is left.
  const advies = adviesRegels(beeld);
  const detailRegels = beeld.reeksen.flatMap((r) => r.details.map((d) => ({ r, d })));
  const breedtePunten = breedtes.reduce((s, w) => s + punten(w), 0);
  const schaal = Math.min(1, PAGINA.breedte / breedtePunten);
  const paginaRijen = Math.floor(PAGINA.hoogte / schaal / RIJHOOGTE);
  const open = 2 * (2 + Math.ceil(OPEN_VELD_HOOGTE / RIJHOOGTE));
  const passendRijen =
    2 + advies.regels.reduce((n, t) => n + regelsVoor(t, breedtes), 0) + 1 + (advies.procentOntbreekt ? 2 : 0);
  const detailRijen = detailRegels.length > 0 ? 3 + detailRegels.length : 0;
  const hart = hartIndeling(opties.hart, beeld.leerling, breedte);
  const hartTekst = hart ? 2 + regelsVoor(hart.tekst, breedtes) : 0;
  const vast = o.rij + Math.ceil(o.extra / RIJHOOGTE) + 2 + passendRijen + detailRijen + hartTekst + open + 1;
  // The rows left go to the rows of charts alike; a spider chart needs room for its own data under it.
  const over = paginaRijen - vast;
  const spinRijen = hart?.rijen ?? 0;
  const spinHoogte = Math.max(SPIN_MIN, Math.min(14, Math.floor(over / (nV + spinRijen)) - 1));
  // Below six rows a chart is small, but a card on one page is what the teacher asked for.
  const grafiekHoogte =
    nV === 0 ? 0 : Math.max(5, Math.min(14, Math.floor((over - spinRijen * (spinHoogte + 1)) / nV) - 1));

  // Per vaardigheid the voortgangsgrafiek (scores against the norm lines) beside its leergroeimeter.
  const grafieken: Grafiek[] = [];
  if (nV > 0) {
    o.sectie(GRAFIEKEN);
    const lijnBreedte = Math.max(2, Math.round(breedte * 0.6));
    beeld.reeksen.forEach((reeks, i) => {
      const rij = o.rij;
      o.leeg(grafiekHoogte + 1);
      const categories = dataBereik(0);
      grafieken.push({
        type: "line",
        title: `Voortgang ${reeks.vaardigheid}`,
        yTitle: "ontwikkelscore",
        categories,
        series: [
          { name: reeks.vaardigheid, values: dataBereik(1 + i * 3), kleur: "#1565C0" },
          ...lijnen
            .map((l, j) => ({ l, j }))
            .filter(({ l }) => l.vaardigheid === undefined || l.vaardigheid === reeks.vaardigheid)
            .map(({ l, j }) => ({ name: l.lijn, values: dataBereik(eersteLijn + j), referentie: true })),
        ],
        anchor: { rij, kolom: 0, rijen: grafiekHoogte, kolommen: lijnBreedte },
      });
      grafieken.push({
        type: "barStacked",
        title: `Leergroeimeter ${reeks.vaardigheid}`,
        categories,
        series: [
          { name: "groei", values: dataBereik(3 + i * 3), kleur: "#2E7D32" },
          { name: "verwacht", values: dataBereik(verwachtKolom), referentie: true, kleur: "#1B1B1B" },
        ],
        yMin: 0,
        yMax: METER_MAX,
        yFormaat: "0.0",
        anchor: { rij, kolom: lijnBreedte, rijen: grafiekHoogte, kolommen: breedte - lijnBreedte },
      });
    });
  }

  // Passende toets: only the afnames where the score suggests another toets, in words.
  o.sectie(PASSENDE_TOETS);
  const adviesTekst =
    advies.regels.length > 0 ? advies.regels : ["Bij geen enkele afname wijst de score op een andere toets."];
  for (const tekst of adviesTekst)
    o.breed({ ...STIJL.uitleg, cursief: false, waarde: tekst }, regelsVoor(tekst, breedtes) * RIJHOOGTE);
  if (advies.procentOntbreekt) {
    const tekst = `Bij 1F-, 2F- en 3F-toetsen telt het percentage goed. ${HOE_PROCENT_TOEVOEGEN}`;
    o.breed({ ...STIJL.uitleg, waarde: tekst }, regelsVoor(tekst, breedtes) * RIJHOOGTE);
  }

  if (detailRegels.length > 0) {
    o.sectie(DETAILSCORES);
    const onderdeelBreedte = Math.max(1, Math.min(4, breedte - 3));
    const kop = o.regel([
      { ...STIJL.kop, waarde: "Vaardigheid" },
      { ...STIJL.kop, waarde: "Domein of aspect" },
    ]);
    o.voeg(kop, 1, onderdeelBreedte);
    o.cellen[kop]![1 + onderdeelBreedte] = { ...STIJL.kop, waarde: "% goed" };
    o.cellen[kop]![2 + onderdeelBreedte] = { ...STIJL.kop, waarde: "groep" };
    for (const { r, d } of detailRegels) {
      const cellen: (FormCel | undefined)[] = [
        { ...STIJL.waarde, waarde: r.vaardigheid },
        { ...STIJL.waarde, waarde: d.groep === "domein" ? d.onderdeel : `${d.groep}: ${d.onderdeel}` },
      ];
      cellen[1 + onderdeelBreedte] = { ...STIJL.waarde, waarde: procent(d.waarde), notatie: "0" };
      const gemiddeld = opties.gemiddelden?.detail(r.vaardigheid, d.groep, d.onderdeel);
      cellen[2 + onderdeelBreedte] = {
        ...STIJL.waarde,
        waarde: gemiddeld !== undefined ? procent(gemiddeld) : null,
        notatie: "0",
      };
      const rij = o.regel(cellen);
      o.voeg(rij, 1, onderdeelBreedte);
    }
  }

  if (hart) {
    o.sectie(HART_EN_HANDEN);
    const cel: FormCel = hart.letOp ? { ...LET_OP, waarde: hart.tekst } : { ...STIJL.uitleg, waarde: hart.tekst };
    const regels = regelsVoor(hart.tekst, breedtes);
    // A line that fits runs on over the empty cells; only a longer text is merged to wrap.
    if (regels === 1) o.regel([{ ...cel, terugloop: false }]);
    else o.breed(cel, regels * RIJHOOGTE);
    if (hart.beeld) grafieken.push(...spindiagrammen(o, hart.beeld, hart.perRij, spinHoogte, beeld.leerling));
  }

  // The open fields: the teacher's, never written again by the add-in.
  for (const titel of [GESPREKSPUNTEN, AFSPRAKEN]) {
    o.sectie(titel);
    o.breed({ ...STIJL.antwoord, waarde: null }, OPEN_VELD_HOOGTE);
  }

  return {
    formulier: {
      cellen: o.cellen,
      samenvoegingen: o.samenvoegingen,
      keuzelijsten: [],
      tabellen: [],
      hoogtes: o.hoogtes,
      breedtes,
      titelRijen: 1,
      secties: o.secties,
      plekken: [],
    },
    grafieken,
    rijen: o.rij + Math.ceil(o.extra / RIJHOOGTE),
    paginaRijen,
  };
}

interface HartIndeling {
  readonly tekst: string;
  readonly letOp: boolean;
  readonly beeld?: HartBeeld;
  /** Spider charts side by side, and rows of them. */
  readonly perRij: number;
  readonly rijen: number;
}

/** What the hart-en-handen section holds: the spider charts in rows that fit the card's width, or one sentence. */
function hartIndeling(
  hart: HartBeeld | { readonly ontbreekt: string } | undefined,
  leerling: string,
  breedte: number,
): HartIndeling | undefined {
  if (!hart) return undefined;
  if ("ontbreekt" in hart) return { tekst: hart.ontbreekt, letOp: false, perRij: 0, rijen: 0 };
  const aantal = hartVragenlijsten(hart).length;
  if (aantal === 0)
    return {
      tekst: `Op blad ${hart.blad} staan te weinig antwoorden van ${leerling} voor een spindiagram: per vragenlijst zijn er minstens drie aspecten nodig.`,
      letOp: false,
      perRij: 0,
      rijen: 0,
    };
  // A chart covers its own data: an aspect column and two value columns at least.
  const perRij = Math.max(1, Math.min(aantal, Math.floor(breedte / 3)));
  return {
    tekst: hartToelichting(hart),
    letOp: hart.leerling.voorzichtig,
    beeld: hart,
    perRij,
    rijen: Math.ceil(aantal / perRij),
  };
}

/**
 * Per questionnaire a spider chart of the pupil's percentages with the group mean as a dashed line.
 * Its data lies in the cells the chart covers (aspect, pupil, group; not merged, as nobody sees them
 * there): the chart shows them, and the numbers are there for anyone who moves the chart aside.
 */
function spindiagrammen(o: Raster, h: HartBeeld, perRij: number, hoogte: number, leerling: string): Grafiek[] {
  const grafieken: Grafiek[] = [];
  const vragenlijsten = hartVragenlijsten(h);
  const band = (j: number) => Math.round((j * o.breedte) / perRij);
  for (let start = 0; start < vragenlijsten.length; start += perRij) {
    const rij = o.rij;
    o.leeg(hoogte + 1);
    vragenlijsten.slice(start, start + perRij).forEach(({ vragenlijst, aspecten }, j) => {
      const kolom = band(j);
      const kolommen = band(j + 1) - kolom;
      // The values right beside the aspect, well inside the chart however a reader sizes it.
      const waarde = kolom + 1;
      const zet = (r: number, label: FormCel, eigen: FormCel, groep: FormCel) => {
        // From the chart's second row: its top edge never shows a cell's text.
        const cellen = o.cellen[rij + 1 + r]!;
        cellen[kolom] = label;
        cellen[waarde] = eigen;
        cellen[waarde + 1] = groep;
      };
      zet(
        0,
        { ...STIJL.kop, waarde: vragenlijst.naam },
        { ...STIJL.kop, waarde: leerling },
        { ...STIJL.kop, waarde: "groep" },
      );
      aspecten.forEach((aspect, a) => {
        zet(
          1 + a,
          { ...STIJL.waarde, waarde: aspect },
          { ...STIJL.waarde, waarde: h.leerling.waarden[aspect] ?? null, notatie: "0" },
          { ...STIJL.waarde, waarde: h.gemiddelden[aspect] ?? null, notatie: "0" },
        );
      });
      const kolomBereik = (c: number): Bereik => ({ rij: rij + 2, kolom: c, rijen: aspecten.length, kolommen: 1 });
      grafieken.push({
        type: "radar",
        // The flag stands in the coloured line right above: a longer title would take the chart's room.
        title: vragenlijst.naam,
        categories: kolomBereik(kolom),
        series: [
          // No colour of its own: Excel would take it as a fill, which a radar series has no use for.
          { name: leerling, values: kolomBereik(waarde) },
          { name: "groep", values: kolomBereik(waarde + 1), referentie: true, kleur: "#6B6B6B" },
        ],
        yMin: 0,
        yMax: 100,
        anchor: { rij, kolom, rijen: hoogte, kolommen },
      });
    });
  }
  return grafieken;
}

/** The group's mean percentage goed per detail, over the pupils whose cards are made together. */
export function groepsgemiddelden(beelden: readonly Leerlingbeeld[]): Groepsgemiddelden {
  const som = new Map<string, { som: number; n: number }>();
  const key = (v: string, g: string, o: string) => `${v}\u0000${g}\u0000${o.toLowerCase()}`;
  for (const b of beelden) {
    for (const r of b.reeksen) {
      for (const d of r.details) {
        const k = key(r.vaardigheid, d.groep, d.onderdeel);
        const s = som.get(k) ?? { som: 0, n: 0 };
        s.som += d.waarde;
        s.n++;
        som.set(k, s);
      }
    }
  }
  return {
    detail: (v, g, o) => {
      const s = som.get(key(v, g, o));
      return s ? s.som / s.n : undefined;
    },
  };
}
