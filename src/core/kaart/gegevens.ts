/**
 * What the workbook's data can say on a card: per group (one coloured overview), per school (all
 * its overviews) and per board. Every value carries the place it came from, written next to it on
 * the card, so a reader can check it. The cards only ever put these in empty answer cells.
 */
import inspectie from "../../data/inspectie.json";
import { normNaam, type Normkeuze, type Uitkomst } from "../groep/kleurplan";
import type { Kleur } from "../kleur";
import { halfjaren, type Moment } from "../moment";
import type { BestuursIndicator } from "../school/bestuur";
import type { HartEnHanden } from "../school/hartenhanden";
import type { SchoolInstellingen } from "../school/instellingen";
import { meerderheid, tel } from "../school/meerderheid";
import { aandeel, dwarsdoorsnede, eindresultaten, huidigSchooljaar, trendanalyse, type DoorsnedeRij } from "../school/overzichten";
import { CODE_ORANJE, CODE_ROOD, VOLDOENDE } from "../signalering";
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
  readonly metingen?: Readonly<Record<string, Meting>>;
}

/** Within this many ontwikkelscore points of the norm a group counts as "rond de norm" (README: keuzes). */
export const OP_DE_NORM_MARGE = 2;

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

export function normpositie(gemiddeldeScore: number, gemiddeldeNorm: number): string {
  const verschil = gemiddeldeScore - gemiddeldeNorm;
  return verschil > OP_DE_NORM_MARGE ? "boven de norm" : verschil < -OP_DE_NORM_MARGE ? "onder de norm" : "rond de norm";
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
      velden["vaardigheid.gemiddelde"] = tekst(gemNorm === undefined ? getal(s.gemiddelde) : `${getal(s.gemiddelde)} (norm ${getal(gemNorm)})`, afname);
    }
    if (s.gemiddelde !== undefined && gemNorm !== undefined) {
      velden["vaardigheid.normpositie"] = tekst(normpositie(s.gemiddelde, gemNorm), afname);
      const onder = van.filter((u) => u.norm !== undefined && u.score < u.norm);
      const aandacht = onder.filter((u) => u.leergroei !== undefined && u.leergroei < 1);
      velden["vaardigheid.onderNorm"] = tekst(onder.length === 0 ? "niemand" : `${namen(onder)} (${onder.length} van ${van.length})`, afname);
      velden["vaardigheid.aandacht"] = tekst(aandacht.length === 0 ? "niemand" : namen(aandacht), afname);
      velden["vaardigheid.nietBehaald"] = tekst(
        onder.length === 0
          ? "Bij de laatste afname scoorde niemand onder de norm."
          : `Onder de norm bij de laatste afname: ${namen(onder)} (${onder.length} van ${van.length}). ` +
              (aandacht.length === 0 ? "Zij groeiden allemaal zoals verwacht of meer." : `Van hen groeiden minder dan verwacht: ${namen(aandacht)}.`),
        afname,
      );
    }
    const groeiers = van.filter((u) => u.leergroei !== undefined);
    const gemGroei = gemiddelde(groeiers.map((u) => u.leergroei!));
    if (gemGroei !== undefined) {
      const minder = groeiers.filter((u) => u.leergroei! < 1);
      velden["vaardigheid.groei"] = tekst(`${getal(gemGroei)} × verwacht; ${minder.length} van ${groeiers.length} minder`, afname);
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

export interface SchoolInvoer {
  readonly afnames: readonly Uitkomst[];
  readonly bronnen: readonly string[];
  readonly instellingen: SchoolInstellingen;
  readonly norm: Normkeuze;
  readonly datum: string;
  readonly cito?: BestuursIndicator;
  readonly hartEnHanden?: readonly HartEnHanden[];
}

function ambitieVoor(norm: Normkeuze, instellingen: SchoolInstellingen): number | undefined {
  return norm === "1F" ? instellingen.ambitie1F : norm === "2F/1S" ? instellingen.ambitie2F1S : undefined;
}

function rijLabel(r: { vaardigheid: string; leerjaar: number }): string {
  return `${r.vaardigheid}, leerjaar ${r.leerjaar}`;
}

function doorsnedeKleur(r: DoorsnedeRij): Kleur | "" {
  const kleuren = Object.entries(r.perKleur).flatMap(([k, n]) => Array<Kleur | "">(n).fill(k === "zonder kleur" ? "" : (k as Kleur)));
  return meerderheid(tel(kleuren));
}

/** The school's figures the IB card and the instrument cards use, computed once. */
export interface Schoolbeeld {
  readonly naam: string;
  readonly schooljaar?: string;
  readonly bron: string;
  readonly rijen: readonly { readonly doorsnede: DoorsnedeRij; readonly kleurNu: Kleur | ""; readonly kleurVorig: Kleur | "" }[];
  readonly ambitie?: number;
  /** Over all leerjaren and vaardigheden: share on or above the norm, and share donkergroen. */
  readonly aandeelGroen?: number;
  readonly aandeelDonkergroen?: number;
}

export function schoolbeeld(invoer: SchoolInvoer): Schoolbeeld {
  const schooljaar = huidigSchooljaar(invoer.afnames);
  const trend = trendanalyse(invoer.afnames);
  const vorigJaar = schooljaar ? trend.schooljaren[trend.schooljaren.indexOf(schooljaar) - 1] : undefined;
  const trendKleur = (r: DoorsnedeRij, jaar: string | undefined) =>
    trend.cellen.find((c) => c.vaardigheid === r.vaardigheid && c.leerjaar === r.leerjaar && c.schooljaar === jaar)?.kleur ?? "";
  const doorsnede = dwarsdoorsnede(invoer.afnames);
  const gekleurd = doorsnede.filter((r) => r.aandeelGroen !== undefined);
  const totaal = gekleurd.reduce((n, r) => n + r.aantal, 0);
  const groen = gekleurd.reduce((n, r) => n + r.perKleur.groen + r.perKleur.lichtgroen + r.perKleur.donkergroen, 0);
  const metGroei = doorsnede.filter((r) => r.aandeelDonker !== undefined && r.aandeelGroen !== undefined);
  const totaalGroei = metGroei.reduce((n, r) => n + r.aantal, 0);
  const ambitie = ambitieVoor(invoer.norm, invoer.instellingen);
  return {
    naam: invoer.instellingen.naam ?? "deze school",
    ...(schooljaar ? { schooljaar } : {}),
    bron: `${invoer.bronnen.length === 1 ? "blad" : "bladen"} ${invoer.bronnen.join(", ")}; ${normNaam(invoer.norm)}`,
    rijen: doorsnede.map((r) => ({ doorsnede: r, kleurNu: schooljaar ? trendKleur(r, schooljaar) : doorsnedeKleur(r), kleurVorig: trendKleur(r, vorigJaar) })),
    ...(ambitie !== undefined ? { ambitie } : {}),
    ...(totaal > 0 ? { aandeelGroen: groen / totaal } : {}),
    ...(totaalGroei > 0 ? { aandeelDonkergroen: metGroei.reduce((n, r) => n + r.perKleur.donkergroen, 0) / totaalGroei } : {}),
  };
}

export function schoolgegevens(invoer: SchoolInvoer): Gegevens {
  const beeld = schoolbeeld(invoer);
  const bron = beeld.bron;
  const rijBron = bron;
  const leerjaren = beeld.rijen.map(({ doorsnede: r, kleurNu, kleurVorig }): DataRij => {
    const velden: Record<string, Vulling> = { leerjaar: tekst(rijLabel(r), rijBron) };
    if (kleurNu) velden["leerjaar.kleurNu"] = { ...tekst(kleurNu, rijBron), kleur: kleurNu };
    if (kleurVorig) velden["leerjaar.kleurVorig"] = { ...tekst(kleurVorig, rijBron), kleur: kleurVorig };
    if (r.aandeelGroen !== undefined) velden["leerjaar.aandeelGroen"] = procent(r.aandeelGroen, rijBron);
    if (beeld.ambitie !== undefined) velden["leerjaar.ambitie"] = procent(beeld.ambitie, rijBron);
    if (r.aandeelGroen !== undefined && beeld.ambitie !== undefined) {
      velden["leerjaar.ambitieGehaald"] = tekst(r.aandeelGroen >= beeld.ambitie ? "ja" : "nee", rijBron);
    }
    return { label: rijLabel(r), velden };
  });

  const zorg = beeld.rijen.filter((r) => BLAUW.includes(r.kleurNu) || r.kleurNu === "licht");
  const achter = beeld.ambitie === undefined ? [] : beeld.rijen.filter((r) => r.doorsnede.aandeelGroen !== undefined && r.doorsnede.aandeelGroen < beeld.ambitie!);
  const voorbeeld = beeld.rijen.filter((r) => r.kleurNu === "donkergroen" && (beeld.ambitie === undefined || (r.doorsnede.aandeelGroen ?? 0) >= beeld.ambitie));
  const lijst = (rijen: typeof beeld.rijen) => rijen.map((r) => `${rijLabel(r.doorsnede)} (${r.kleurNu || "geen kleur"})`).join("; ");
  const zorgTekst = [
    zorg.length > 0 ? `Leerjaren waar de meeste leerlingen blauw zijn (onder de norm) of, zonder norm, licht (minder groei dan verwacht): ${lijst(zorg)}.` : "Er is geen leerjaar waar de meeste leerlingen blauw of licht zijn.",
    ...(achter.length > 0 ? [`Onder de ambitie: ${achter.map((r) => `${rijLabel(r.doorsnede)} (${Math.round(r.doorsnede.aandeelGroen! * 100)}%)`).join("; ")}.`] : []),
  ].join(" ");
  const voorbeeldTekst = voorbeeld.length > 0 ? `Leerjaren waar de meeste leerlingen donkergroen zijn (op of boven de norm en de verwachte groei of meer): ${lijst(voorbeeld)}.` : "Er is geen leerjaar waar de meeste leerlingen donkergroen zijn.";

  return {
    velden: {
      ...(invoer.instellingen.naam ? { "school.naam": tekst(invoer.instellingen.naam, "blad Schoolinstellingen") } : {}),
      ...(beeld.schooljaar ? { "school.schooljaar": tekst(beeld.schooljaar, bron) } : {}),
      "school.norm": tekst(normNaam(invoer.norm), "gekozen in LVS Analyse"),
      vandaag: { waarde: invoer.datum },
      ...(leerjaren.length > 0 ? { "school.zorg": tekst(zorgTekst, `${bron}; dwarsdoorsnede en trendanalyse`), "school.voorbeeld": tekst(voorbeeldTekst, `${bron}; dwarsdoorsnede en trendanalyse`) } : {}),
    },
    rijen: { leerjaren },
    metingen: metingen(invoer, beeld),
  };
}

/** The instruments' measurable indicators, keyed by the `meting` names in instrumenten.json. */
export type Meting = { readonly gemeten: Vulling; readonly grens?: Vulling; readonly voldaan?: Vulling };

function oordeel(gemeten: number, grens: number, bron: string): Vulling {
  return tekst(gemeten >= grens ? "ja" : "nee", bron);
}

export function metingen(invoer: SchoolInvoer, beeld: Schoolbeeld = schoolbeeld(invoer)): Readonly<Record<string, Meting>> {
  const uit: Record<string, Meting> = {};
  // One source per indicator, for the measured value, its bound and the verdict together.
  const meet = (gemeten: string | number, bron: string, grens?: number, opmaak = PROCENT): Meting => {
    const waarde = (w: string | number): Vulling => (typeof w === "number" ? { waarde: w, notatie: opmaak, bron } : { waarde: w, bron });
    return {
      gemeten: waarde(gemeten),
      ...(grens !== undefined ? { grens: waarde(grens) } : {}),
      ...(grens !== undefined && typeof gemeten === "number" ? { voldaan: oordeel(gemeten, grens, bron) } : {}),
    };
  };
  const metAmbitie = (bron: string, grens: number | undefined) => (grens === undefined ? bron : `${bron}; Schoolinstellingen`);
  if (beeld.aandeelGroen !== undefined) {
    uit["tussen.aandeelGroen"] = meet(beeld.aandeelGroen, metAmbitie(beeld.bron, beeld.ambitie), beeld.ambitie);
    const blauw = beeld.rijen.filter((r) => BLAUW.includes(r.kleurNu));
    uit["tussen.meerderheidBlauw"] = meet(`${blauw.length} van ${beeld.rijen.length}${blauw.length > 0 ? `: ${blauw.map((r) => rijLabel(r.doorsnede)).join("; ")}` : ""}`, beeld.bron);
  }
  if (beeld.aandeelDonkergroen !== undefined) uit["tussen.aandeelDonkergroen"] = meet(beeld.aandeelDonkergroen, beeld.bron, 0.5);
  const eind = eindresultaten(invoer.afnames);
  if (eind.driejaars.gefilterd.aantal > 0) {
    const jaren = eind.driejaars.jaren;
    const eindBron = `blad ${invoer.bronnen.join(", ")}, eindresultaten ${jaren.length > 1 ? `${jaren[0]} t/m ${jaren.at(-1)}` : jaren[0]}, gefilterd`;
    const een = aandeel(eind.driejaars.gefilterd, "1F")!;
    const twee = aandeel(eind.driejaars.gefilterd, "2F/1S")!;
    const { signaleringswaarde2F1S: sw, ambitie1F: a1, ambitie2F1S: a2 } = invoer.instellingen;
    uit["eind.1F"] = meet(een, `${eindBron}; 85% van de inspectie`, inspectie.signaleringswaarde1FProcent / 100);
    uit["eind.2F1S"] = meet(twee, metAmbitie(eindBron, sw), sw);
    uit["eind.ambitie1F"] = meet(een, metAmbitie(eindBron, a1), a1);
    uit["eind.ambitie2F1S"] = meet(twee, metAmbitie(eindBron, a2), a2);
  }
  if (invoer.cito) {
    const c = invoer.cito;
    const citoBron = "blad Cito-resultaten, signaleringsnormen";
    const telling = `${c.voldoende} van ${c.gemeten} voldoende`;
    uit["cito.indicator"] = { ...meet(telling, citoBron), ...(c.voldoet !== undefined ? { voldaan: tekst(c.voldoet ? "ja" : "nee", citoBron) } : {}) };
    uit["cito.alle"] = { ...meet(telling, citoBron), ...(c.gemeten === 5 ? { voldaan: tekst(c.voldoende === 5 ? "ja" : "nee", citoBron) } : {}) };
    const codes = c.resultaten.some((r) => r.uitkomst === CODE_ORANJE || r.uitkomst === CODE_ROOD);
    uit["cito.codes"] = { ...meet(signalen(c), citoBron), voldaan: tekst(codes ? "nee" : "ja", citoBron) };
  }
  if (invoer.hartEnHanden && invoer.hartEnHanden.length > 0) {
    const leerlingen = invoer.hartEnHanden.flatMap((h) => h.leerlingen);
    const voorzichtig = leerlingen.filter((l) => l.voorzichtig);
    uit["hh.voorzichtig"] = meet(`${voorzichtig.length} van ${leerlingen.length}${voorzichtig.length > 0 ? `: ${voorzichtig.map((l) => l.leerling).join(", ")}` : ""}`, "bladen met hart en handen");
  }
  return uit;
}

export function signalen(c: BestuursIndicator): string {
  const codes = c.resultaten.filter((r) => r.uitkomst !== VOLDOENDE);
  return codes.length === 0 ? "geen code oranje of rood" : codes.map((r) => `${r.toets} (${r.moment}): ${r.uitkomst}`).join("; ");
}

export interface BestuursSchool {
  readonly naam: string;
  readonly invoer: SchoolInvoer;
}

/** The board card: per school the end results against signaleringswaarde and ambitie, and the tussenopbrengsten. */
export function bestuursgegevens(scholen: readonly BestuursSchool[], datum: string): Gegevens {
  const referentieniveaus: DataRij[] = [];
  const schoolRijen: DataRij[] = [];
  const jaren: string[] = [];
  for (const { naam, invoer } of scholen) {
    const beeld = schoolbeeld(invoer);
    if (beeld.schooljaar) jaren.push(beeld.schooljaar);
    const eind = eindresultaten(invoer.afnames);
    const jarenTekst = eind.driejaars.jaren.length > 1 ? `${eind.driejaars.jaren[0]} t/m ${eind.driejaars.jaren.at(-1)}` : eind.driejaars.jaren.join("");
    // One source per row: the school, its overviews and its settings.
    const overzichten = invoer.bronnen.join(", ");
    const eindBron = `${naam}: ${overzichten}, eindresultaten ${jarenTekst}; Schoolinstellingen`;
    for (const niveau of ["1F", "2F/1S"] as const) {
      const velden: Record<string, Vulling> = { referentieniveau: tekst(`${naam} – ${niveau}`, eindBron) };
      const alle = aandeel(eind.driejaars.ongefilterd, niveau);
      const gefilterd = aandeel(eind.driejaars.gefilterd, niveau);
      const sw = niveau === "1F" ? inspectie.signaleringswaarde1FProcent / 100 : invoer.instellingen.signaleringswaarde2F1S;
      const ambitie = niveau === "1F" ? invoer.instellingen.ambitie1F : invoer.instellingen.ambitie2F1S;
      if (alle !== undefined) velden["eind.alle"] = procent(alle, eindBron);
      if (gefilterd !== undefined) velden["eind.gefilterd"] = procent(gefilterd, eindBron);
      if (sw !== undefined) velden["eind.signaleringswaarde"] = procent(sw, eindBron);
      if (ambitie !== undefined) velden["eind.ambitie"] = procent(ambitie, eindBron);
      if (gefilterd !== undefined && sw !== undefined) velden["eind.boven"] = oordeel(gefilterd, sw, eindBron);
      referentieniveaus.push({ label: `${naam} – ${niveau}`, velden });
    }
    const schoolBron = `${naam}: ${overzichten}${invoer.cito ? ", Cito-resultaten" : ""}; Schoolinstellingen`;
    const velden: Record<string, Vulling> = { school: tekst(naam, schoolBron) };
    if (beeld.aandeelGroen !== undefined) velden["school.aandeelGroen"] = procent(beeld.aandeelGroen, schoolBron);
    if (beeld.ambitie !== undefined) velden["school.ambitie"] = procent(beeld.ambitie, schoolBron);
    if (invoer.cito) {
      velden["school.cito"] = tekst(`${invoer.cito.voldoende} van ${invoer.cito.gemeten} voldoende`, schoolBron);
      velden["school.signalen"] = tekst(signalen(invoer.cito), schoolBron);
    }
    schoolRijen.push({ label: naam, velden });
  }
  const schooljaar = jaren.sort().at(-1);
  return {
    velden: {
      "bestuur.scholen": tekst(scholen.map((s) => s.naam).join(", "), scholen.length === 1 ? "de werkmap van de school" : "de werkmappen van de scholen"),
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
  for (const [fase, voorstel] of Object.entries(instrument.pdca)) if (voorstel) perLabel[fase] = { voorstel: { waarde: voorstel } };
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
