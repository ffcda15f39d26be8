/**
 * What the workbook's data can say on a card: per group (one coloured overview), per school (all
 * its overviews) and per board. Every value carries the place it came from, written next to it on
 * the card, so a reader can check it. The cards only ever put these in empty answer cells.
 */
import inspectie from "../../data/inspectie.json";
import { type Normkeuze, type Uitkomst } from "../groep/kleurplan";
import { normNaam } from "../normregister";
import type { Kleur } from "../kleur";
import { halfjaren, type Moment } from "../moment";
import type { HartEnHanden } from "../school/hartenhanden";
import { indicatorTelling, type BestuursIndicator } from "../school/bestuur";
import { jarenTekst, schoolcijfers, zonderLijnTekst, type Schoolbron, type Schoolcijfers } from "../school/cijfers";
import { isHaalbaar, lrTelling } from "../school/leerrendementen";
import { meerderheid, tel } from "../school/meerderheid";
import { LR_ONDER_GROEP_6 } from "../leerrendement";
import { aandeel, huidigSchooljaar } from "../school/overzichten";
import { CODE_ORANJE, CODE_ROOD } from "../signalering";
import { gemiddelde, spreiding } from "../statistiek";
import type { Instrument } from "./sjabloon";

export interface Vulling {
  readonly waarde: string | number;
  readonly notatie?: string;
  /** Where the value came from. A value without one is a suggestion of the template, not data. */
  readonly bron?: string;
  /** A colour label shown in its own colour, as on the coloured sheets. */
  readonly kleur?: Kleur;
}

export type Velden = Readonly<Record<string, Vulling>>;

export interface DataRij {
  readonly label: string;
  readonly velden: Velden;
}

export type RijSoort = "vaardigheden" | "leerjaren" | "referentieniveaus" | "scholen";

export interface Gegevens {
  readonly velden: Velden;
  readonly rijen: Readonly<Partial<Record<RijSoort, readonly DataRij[]>>>;
  /** Values for tables with fixed row labels (an instrument's indicatoren, its PDCA-cyclus). */
  readonly perLabel?: Readonly<Record<string, Velden>>;
  /** What the school's data measures, by the `meting` names of instrumenten.json. */
  readonly metingen?: Readonly<Record<string, Indicatormeting>>;
}

const PROCENT = "0%";
const BLAUW: readonly (Kleur | "")[] = ["blauw", "lichtblauw", "donkerblauw"];

/** One decimal with a decimal comma, as a Dutch reader writes it. */
export function getal(n: number, decimalen = 1): string {
  return n.toFixed(decimalen).replace(".", ",");
}

function namen(lijst: readonly Uitkomst[]): string {
  return lijst.map((u) => u.leerling).join(", ");
}

function tekst(waarde: string, bron: string): Vulling {
  return { waarde, bron };
}

function procent(waarde: number, bron: string): Vulling {
  return { waarde, notatie: PROCENT, bron };
}

const MOMENT_WOORD = { a: "midden", b: "eind" } as const;

/** "eind groep 5 (5b)" for one moment, "afnames 5b en 6b" for a combined group. */
export function periodeTekst(momenten: readonly Moment[], schooljaar?: string): string {
  const uniek = [...new Set(momenten)].sort((a, b) => halfjaren(a) - halfjaren(b));
  const jaar = schooljaar ? `, schooljaar ${schooljaar}` : "";
  if (uniek.length === 1) {
    const m = uniek[0]!;
    return `${MOMENT_WOORD[m[1] as "a" | "b"]} groep ${m[0]} (${m})${jaar}`;
  }
  return `afnames ${uniek.join(" en ")}${jaar}`;
}

export interface GroepInvoer {
  readonly blad: string;
  readonly uitkomsten: readonly Uitkomst[];
  readonly norm: Normkeuze;
  readonly school?: string;
  readonly datum: string;
}

/**
 * "op de norm" when most pupils are at or above it, as the trendanalyse colours a cell (a tie counts
 * as reached); undefined when no pupil has a norm to be measured against.
 */
export function normpositie(kleuren: readonly (Kleur | "")[]): string | undefined {
  const t = tel(kleuren);
  if (t.groen + t.blauw === 0) return undefined;
  return meerderheid(t).endsWith("groen") ? "op de norm" : "onder de norm";
}

/** Per vaardigheid of one group: where it stands against the norm, its spread and growth, and who needs attention. */
export function groepsgegevens(invoer: GroepInvoer): Gegevens {
  const { blad, uitkomsten, norm } = invoer;
  const momenten = uitkomsten.map((u) => u.moment).filter((m): m is Moment => m !== undefined);
  const schooljaar = huidigSchooljaar(uitkomsten);
  // One source for every value of the group, so the card says it once per row.
  const afname = `blad ${blad}, laatste afname, ${normNaam(norm)}`;
  const vaardigheden = [...new Set(uitkomsten.map((u) => u.vaardigheid))];

  const rijen = vaardigheden.map((vaardigheid): DataRij => {
    const van = uitkomsten.filter((u) => u.vaardigheid === vaardigheid);
    const s = spreiding(van.map((u) => u.score));
    const normen = van.map((u) => u.norm).filter((n): n is number => n !== undefined);
    const gemNorm = gemiddelde(normen);
    const velden: Record<string, Vulling> = { vaardigheid: tekst(vaardigheid, afname) };
    if (s.gemiddelde !== undefined) {
      velden["vaardigheid.spreiding"] = tekst(
        `laagste ${getal(s.minimum!, 0)}, hoogste ${getal(s.maximum!, 0)}; middelste helft ${getal(s.kwartiel1!)} tot ${getal(s.kwartiel3!)} (${s.aantal} leerlingen)`,
        afname,
      );
      velden["vaardigheid.gemiddelde"] = tekst(
        gemNorm === undefined ? getal(s.gemiddelde) : `${getal(s.gemiddelde)} (norm ${getal(gemNorm)})`,
        afname,
      );
    }
    if (s.gemiddelde !== undefined && gemNorm !== undefined) {
      const positie = normpositie(van.map((u) => u.kleur));
      if (positie) velden["vaardigheid.normpositie"] = tekst(positie, afname);
      const onder = van.filter((u) => u.norm !== undefined && u.score < u.norm);
      const aandacht = onder.filter((u) => u.leergroei !== undefined && u.leergroei < 1);
      velden["vaardigheid.onderNorm"] = tekst(
        onder.length === 0 ? "niemand" : `${namen(onder)} (${onder.length} van ${van.length})`,
        afname,
      );
      velden["vaardigheid.aandacht"] = tekst(aandacht.length === 0 ? "niemand" : namen(aandacht), afname);
      velden["vaardigheid.nietBehaald"] = tekst(
        onder.length === 0
          ? "Bij de laatste afname scoorde niemand onder de norm."
          : `Onder de norm bij de laatste afname: ${namen(onder)} (${onder.length} van ${van.length}). ` +
              (aandacht.length === 0
                ? "Zij groeiden allemaal zoals verwacht of meer."
                : `Van hen groeiden minder dan verwacht: ${namen(aandacht)}.`),
        afname,
      );
    }
    const groeiers = van.filter((u) => u.leergroei !== undefined);
    const gemGroei = gemiddelde(groeiers.map((u) => u.leergroei!));
    if (gemGroei !== undefined) {
      const minder = groeiers.filter((u) => u.leergroei! < 1);
      velden["vaardigheid.groei"] = tekst(
        `${getal(gemGroei)} × verwacht; ${minder.length} van ${groeiers.length} minder`,
        afname,
      );
      velden["vaardigheid.groeiTekst"] = tekst(
        `Gemiddeld ${getal(gemGroei)} keer de verwachte groei. ` +
          (minder.length === 0
            ? `Alle ${groeiers.length} leerlingen groeiden zoals verwacht of meer.`
            : `${minder.length} van de ${groeiers.length} leerlingen groeiden minder dan verwacht: ${namen(minder)}.`),
        afname,
      );
    }
    return { label: vaardigheid, velden };
  });

  return {
    velden: {
      ...(invoer.school ? { "school.naam": tekst(invoer.school, "blad Schoolinstellingen") } : {}),
      "groep.naam": tekst(blad, "naam van het blad"),
      ...(momenten.length > 0 ? { "groep.periode": tekst(periodeTekst(momenten, schooljaar), afname) } : {}),
      "groep.norm": tekst(normNaam(norm), "gekozen in LVS Analyse"),
      vandaag: { waarde: invoer.datum },
    },
    rijen: { vaardigheden: rijen },
  };
}

export interface SchoolInvoer extends Schoolbron {
  readonly datum: string;
  readonly hartEnHanden?: readonly HartEnHanden[];
}

function rijLabel(r: { vaardigheid: string; leerjaar: number }): string {
  return `${r.vaardigheid}, leerjaar ${r.leerjaar}`;
}

/** Below the norm or below the expected growth: blue of any tint, lichtgroen, or licht without a norm. */
function vraagtZorg(kleur: Kleur | ""): boolean {
  return kleur.endsWith("blauw") || kleur.startsWith("licht");
}

/** The share on the norm as the cards and the board sheet word its reach. */
function opDeNormBron(c: Schoolcijfers): string {
  const zonder = zonderLijnTekst(c);
  return zonder ? `${c.bron} (${zonder})` : c.bron;
}

export function schoolgegevens(invoer: SchoolInvoer, cijfers: Schoolcijfers = schoolcijfers(invoer)): Gegevens {
  const bron = cijfers.bron;
  const leerjaren = cijfers.rijen.map(({ doorsnede: r, kleurNu, kleurVorig }): DataRij => {
    const velden: Record<string, Vulling> = { leerjaar: tekst(rijLabel(r), bron) };
    if (kleurNu) velden["leerjaar.kleurNu"] = { ...tekst(kleurNu, bron), kleur: kleurNu };
    if (kleurVorig) velden["leerjaar.kleurVorig"] = { ...tekst(kleurVorig, bron), kleur: kleurVorig };
    if (r.aandeelGroen !== undefined) velden["leerjaar.aandeelGroen"] = procent(r.aandeelGroen, bron);
    if (cijfers.ambitie !== undefined) velden["leerjaar.ambitie"] = procent(cijfers.ambitie, bron);
    if (r.aandeelGroen !== undefined && cijfers.ambitie !== undefined) {
      velden["leerjaar.ambitieGehaald"] = tekst(r.aandeelGroen >= cijfers.ambitie ? "ja" : "nee", bron);
    }
    return { label: rijLabel(r), velden };
  });

  const zorg = cijfers.rijen.filter((r) => vraagtZorg(r.kleurNu));
  const achter =
    cijfers.ambitie === undefined
      ? []
      : cijfers.rijen.filter(
          (r) => r.doorsnede.aandeelGroen !== undefined && r.doorsnede.aandeelGroen < cijfers.ambitie!,
        );
  const voorbeeld = cijfers.rijen.filter(
    (r) =>
      r.kleurNu === "donkergroen" &&
      (cijfers.ambitie === undefined || (r.doorsnede.aandeelGroen ?? 0) >= cijfers.ambitie),
  );
  const lijst = (rijen: typeof cijfers.rijen) =>
    rijen.map((r) => `${rijLabel(r.doorsnede)} (${r.kleurNu || "geen kleur"})`).join("; ");
  const zorgTekst = [
    zorg.length > 0
      ? `Leerjaren waar de meeste leerlingen onder de norm zitten of minder groeiden dan verwacht: ${lijst(zorg)}.`
      : "Er is geen leerjaar waar de meeste leerlingen onder de norm zitten of minder groeiden dan verwacht.",
    ...(achter.length > 0
      ? [
          `Onder de ambitie: ${achter.map((r) => `${rijLabel(r.doorsnede)} (${Math.round(r.doorsnede.aandeelGroen! * 100)}%)`).join("; ")}.`,
        ]
      : []),
  ].join(" ");
  const voorbeeldTekst =
    voorbeeld.length > 0
      ? `Leerjaren waar de meeste leerlingen donkergroen zijn (op of boven de norm en de verwachte groei of meer): ${lijst(voorbeeld)}.`
      : "Er is geen leerjaar waar de meeste leerlingen donkergroen zijn.";

  return {
    velden: {
      ...(invoer.instellingen.naam
        ? { "school.naam": tekst(invoer.instellingen.naam, "blad Schoolinstellingen") }
        : {}),
      ...(cijfers.schooljaar ? { "school.schooljaar": tekst(cijfers.schooljaar, bron) } : {}),
      "school.norm": tekst(normNaam(invoer.norm), "gekozen in LVS Analyse"),
      vandaag: { waarde: invoer.datum },
      ...(leerjaren.length > 0
        ? {
            "school.zorg": tekst(zorgTekst, `${bron}; dwarsdoorsnede en trendanalyse`),
            "school.voorbeeld": tekst(voorbeeldTekst, `${bron}; dwarsdoorsnede en trendanalyse`),
          }
        : {}),
    },
    rijen: { leerjaren },
    metingen: metingen(invoer, cijfers),
  };
}

/** The instruments' measurable indicators, keyed by the `meting` names in instrumenten.json. */
export type Indicatormeting = { readonly gemeten: Vulling; readonly grens?: Vulling; readonly voldaan?: Vulling };

function oordeel(gemeten: number, grens: number, bron: string): Vulling {
  return tekst(gemeten >= grens ? "ja" : "nee", bron);
}

function eindBron(c: Schoolcijfers): string {
  return `${c.bronnen.length === 1 ? "blad" : "bladen"} ${c.bronnen.join(", ")}, eindresultaten ${jarenTekst(c.eind.driejaars.jaren)}, gefilterd`;
}

export function metingen(
  invoer: SchoolInvoer,
  cijfers: Schoolcijfers = schoolcijfers(invoer),
): Readonly<Record<string, Indicatormeting>> {
  const uit: Record<string, Indicatormeting> = {};
  // One source per indicator, for the measured value, its bound and the verdict together.
  const meet = (gemeten: string | number, bron: string, grens?: number, opmaak = PROCENT): Indicatormeting => {
    const waarde = (w: string | number): Vulling =>
      typeof w === "number" ? { waarde: w, notatie: opmaak, bron } : { waarde: w, bron };
    return {
      gemeten: waarde(gemeten),
      ...(grens !== undefined ? { grens: waarde(grens) } : {}),
      ...(grens !== undefined && typeof gemeten === "number" ? { voldaan: oordeel(gemeten, grens, bron) } : {}),
    };
  };
  const metAmbitie = (bron: string, grens: number | undefined) =>
    grens === undefined ? bron : `${bron}; Schoolinstellingen`;
  if (cijfers.opDeNorm.aandeel !== undefined) {
    uit["tussen.aandeelGroen"] = meet(
      cijfers.opDeNorm.aandeel,
      metAmbitie(opDeNormBron(cijfers), cijfers.ambitie),
      cijfers.ambitie,
    );
    const blauw = cijfers.rijen.filter((r) => BLAUW.includes(r.kleurNu));
    uit["tussen.meerderheidBlauw"] = meet(
      `${blauw.length} van ${cijfers.rijen.length}${blauw.length > 0 ? `: ${blauw.map((r) => rijLabel(r.doorsnede)).join("; ")}` : ""}`,
      cijfers.bron,
    );
  }
  const pool = cijfers.eind.driejaars;
  if (pool.gefilterd.aantal > 0) {
    const bron = eindBron(cijfers);
    const een = aandeel(pool.gefilterd, "1F")!;
    const twee = aandeel(pool.gefilterd, "2F/1S")!;
    const { signaleringswaarde2F1S: sw, ambitie1F: a1, ambitie2F1S: a2 } = invoer.instellingen;
    uit["eind.1F"] = meet(een, `${bron}; 85% van de inspectie`, inspectie.signaleringswaarde1FProcent / 100);
    uit["eind.2F1S"] = meet(twee, metAmbitie(bron, sw), sw);
    uit["eind.ambitie1F"] = meet(een, metAmbitie(bron, a1), a1);
    uit["eind.ambitie2F1S"] = meet(twee, metAmbitie(bron, a2), a2);
  }
  if (cijfers.cito) {
    const c = cijfers.cito;
    const citoBron = "blad Cito-resultaten, signaleringsnormen";
    const voldaan = c.voldoet === undefined ? "nog niet te beoordelen" : c.voldoet ? "ja" : "nee";
    uit["cito.indicator"] = { ...meet(indicatorTelling(c), citoBron), voldaan: tekst(voldaan, citoBron) };
    const codes = c.toetsen.some((t) => t.resultaat?.uitkomst === CODE_ORANJE || t.resultaat?.uitkomst === CODE_ROOD);
    uit["cito.codes"] = { ...meet(signalen(c), citoBron), voldaan: tekst(codes ? "nee" : "ja", citoBron) };
  }
  if (cijfers.leerrendement) {
    const { rijen } = cijfers.leerrendement;
    const lrBron = "blad met leerrendement (DLE en DL)";
    const normaal = rijen.filter((r) => !r.doublure);
    const doublure = rijen.filter((r) => r.doublure);
    uit["lr.83"] = meet(
      lrTelling(normaal, (r) => !isHaalbaar(r)),
      lrBron,
    );
    uit["lr.67"] = meet(
      lrTelling(normaal, (r) => r.signaal === LR_ONDER_GROEP_6),
      lrBron,
    );
    uit["lr.71"] = meet(
      lrTelling(doublure, (r) => !isHaalbaar(r)),
      lrBron,
    );
    uit["lr.57"] = meet(
      lrTelling(doublure, (r) => r.signaal === LR_ONDER_GROEP_6),
      lrBron,
    );
    uit["lr.lwooPro"] = meet(
      lrTelling(rijen, (r) => r.lwooPro),
      lrBron,
    );
  }
  if (invoer.hartEnHanden && invoer.hartEnHanden.length > 0) {
    const leerlingen = invoer.hartEnHanden.flatMap((h) => h.leerlingen);
    const voorzichtig = leerlingen.filter((l) => l.voorzichtig);
    uit["hh.voorzichtig"] = meet(
      `${voorzichtig.length} van ${leerlingen.length}${voorzichtig.length > 0 ? `: ${voorzichtig.map((l) => l.leerling).join(", ")}` : ""}`,
      "bladen met hart en handen",
    );
  }
  return uit;
}

/** The toetsen of the indicator that did not reach the bound, or could not be judged, with why. */
export function signalen(c: BestuursIndicator): string {
  const delen = c.toetsen.flatMap((t) => {
    if (t.oordeel === "voldoende") return [];
    if (!t.resultaat) return [`${t.toets}: geen gegevens`];
    return [`${t.toets} (${t.resultaat.moment}): ${t.resultaat.uitkomst}`];
  });
  return delen.length === 0 ? "geen code oranje of rood" : delen.join("; ");
}

export interface BestuursSchool {
  readonly naam: string;
  readonly invoer: SchoolInvoer;
  /** The figures when the caller computed them already (the board sheet shows the same ones). */
  readonly cijfers?: Schoolcijfers;
}

/** The board card: per school the end results against signaleringswaarde and ambitie, and the tussenopbrengsten. */
export function bestuursgegevens(scholen: readonly BestuursSchool[], datum: string): Gegevens {
  const referentieniveaus: DataRij[] = [];
  const schoolRijen: DataRij[] = [];
  const jaren: string[] = [];
  for (const { naam, invoer, cijfers: gegeven } of scholen) {
    const cijfers = gegeven ?? schoolcijfers(invoer);
    if (cijfers.schooljaar) jaren.push(cijfers.schooljaar);
    const pool = cijfers.eind.driejaars;
    // One source per row: the school, its overviews and its settings.
    const overzichten = invoer.bronnen.join(", ");
    const bronEind = `${naam}: ${overzichten}, eindresultaten ${jarenTekst(pool.jaren)}; Schoolinstellingen`;
    for (const niveau of ["1F", "2F/1S"] as const) {
      const velden: Record<string, Vulling> = { referentieniveau: tekst(`${naam} – ${niveau}`, bronEind) };
      const alle = aandeel(pool.ongefilterd, niveau);
      const gefilterd = aandeel(pool.gefilterd, niveau);
      const sw =
        niveau === "1F" ? inspectie.signaleringswaarde1FProcent / 100 : invoer.instellingen.signaleringswaarde2F1S;
      const ambitie = niveau === "1F" ? invoer.instellingen.ambitie1F : invoer.instellingen.ambitie2F1S;
      if (alle !== undefined) velden["eind.alle"] = procent(alle, bronEind);
      if (gefilterd !== undefined) velden["eind.gefilterd"] = procent(gefilterd, bronEind);
      if (sw !== undefined) velden["eind.signaleringswaarde"] = procent(sw, bronEind);
      if (ambitie !== undefined) velden["eind.ambitie"] = procent(ambitie, bronEind);
      if (gefilterd !== undefined && sw !== undefined) velden["eind.boven"] = oordeel(gefilterd, sw, bronEind);
      referentieniveaus.push({ label: `${naam} – ${niveau}`, velden });
    }
    const zonder = zonderLijnTekst(cijfers);
    const schoolBron = `${naam}: ${overzichten}${cijfers.cito ? ", Cito-resultaten" : ""}; Schoolinstellingen${zonder ? ` (${zonder})` : ""}`;
    const velden: Record<string, Vulling> = { school: tekst(naam, schoolBron) };
    if (cijfers.opDeNorm.aandeel !== undefined)
      velden["school.aandeelGroen"] = procent(cijfers.opDeNorm.aandeel, schoolBron);
    if (cijfers.ambitie !== undefined) velden["school.ambitie"] = procent(cijfers.ambitie, schoolBron);
    if (cijfers.cito) {
      velden["school.cito"] = tekst(indicatorTelling(cijfers.cito), schoolBron);
      velden["school.signalen"] = tekst(signalen(cijfers.cito), schoolBron);
    }
    schoolRijen.push({ label: naam, velden });
  }
  const schooljaar = jaren.sort()[jaren.length - 1];
  return {
    velden: {
      "bestuur.scholen": tekst(
        scholen.map((s) => s.naam).join(", "),
        scholen.length === 1 ? "de werkmap van de school" : "de werkmappen van de scholen",
      ),
      ...(schooljaar ? { "school.schooljaar": tekst(schooljaar, "overzichten van de scholen") } : {}),
      vandaag: { waarde: datum },
    },
    rijen: { referentieniveaus, scholen: schoolRijen },
  };
}

/** An instrument card's values: the measured indicators, and the card's suggestions (bound, PDCA) without a source. */
export function instrumentGegevens(instrument: Instrument, school: Gegevens): Gegevens {
  const perLabel: Record<string, Velden> = {};
  for (const indicator of [...instrument.indicatoren, ...instrument.ambitie]) {
    const gemeten = indicator.meting ? school.metingen?.[indicator.meting] : undefined;
    perLabel[indicator.tekst] = { ...(indicator.grens ? { grens: { waarde: indicator.grens } } : {}), ...gemeten };
  }
  for (const [fase, voorstel] of Object.entries(instrument.pdca))
    if (voorstel) perLabel[fase] = { voorstel: { waarde: voorstel } };
  return {
    velden: {
      ...school.velden,
      "instrument.naam": { waarde: instrument.naam },
      ...(instrument.domein ? { "instrument.domein": { waarde: instrument.domein } } : {}),
    },
    rijen: school.rijen,
    perLabel,
  };
}
