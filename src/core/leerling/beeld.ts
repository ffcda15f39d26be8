/**
 * Everything the workbook says about one pupil, per vaardigheid and afname, as IEP's talentenkaart
 * shows it: ontwikkelscore, toets, niveau, passende-toets advice, leergroei, colour and the norm
 * lines at that moment. Taken from what the overview readers and the colouring already computed;
 * what the colouring has no cell for (the earlier columns of a wide sheet) is computed with the
 * same core functions the helper columns use.
 */
import { isLvsError } from "../errors";
import { standaardToets, type Kleurplan, type Normkeuze, type Uitkomst } from "../groep/kleurplan";
import { NORMNAMEN, normNaam } from "../normregister";
import { kleur, type Kleur } from "../kleur";
import { leergroei } from "../leergroei";
import { halfjaren, type Moment } from "../moment";
import { niveau, passendeToets } from "../niveau";
import { readNorm } from "../norm";
import { normlijn } from "../normlijn";
import { leesNormtabel, type Normtabel } from "../normtabel";
import type { Grid } from "../overzicht/indeling";
import { chronologisch, type Afname, type Overzicht } from "../overzicht/metingen";
import { VAARDIGHEDEN, type Vaardigheid } from "../overzicht/vaardigheid";
import { readToets } from "../toets";
import type { Writable } from "../writable";
import type { Detailwaarde, Extra, Extrawaarde } from "./details";
import { groepeer } from "../groepeer";

/** The norm lines a card draws, in the registry's order, where they have a value. */
export const LIJNEN: readonly string[] = NORMNAMEN;
export type Lijn = string;

export interface AfnameBeeld {
  readonly moment: Moment;
  readonly schooljaar?: string;
  readonly toets: string;
  readonly score: number;
  /** As LVS.NIVEAU gives it; "" when the toets and score do not fit together. */
  readonly niveau: string;
  /** As LVS.PASSENDETOETS gives it; undefined for a 1F/2F/3F toets without a percentage goed. */
  readonly passend?: string;
  readonly procentGoed?: number;
  /** Growth since the previous afname as a multiple of expected growth; undefined for the first. */
  readonly leergroei?: number;
  readonly kleur: Kleur | "";
  /** The value of each norm line at this moment (the line for this vaardigheid where the Normen sheet has one). */
  readonly normen: Readonly<Record<Lijn, number | undefined>>;
}

export interface Reeks {
  readonly vaardigheid: Vaardigheid;
  /** In time order. */
  readonly afnames: readonly AfnameBeeld[];
  readonly details: readonly Detailwaarde[];
}

export interface Leerlingbeeld {
  readonly leerling: string;
  readonly groep?: string;
  readonly leerjaar?: number;
  readonly reeksen: readonly Reeks[];
  /** Scores the card cannot place in time (no moment in header or cell). */
  readonly zonderMoment: number;
}

export interface BeeldOpties {
  readonly norm: Normkeuze;
  /** The Normen sheet's cells, when the workbook has one. */
  readonly normen?: Grid;
  readonly extra?: Extra;
  /** Only the pupils whose latest afname is in this group (a long export holds the whole school). */
  readonly groep?: string;
  /** Only these pupils. */
  readonly leerlingen?: readonly string[];
}

const sleutel = (leerling: string, vaardigheid: string, schooljaar: string | undefined, moment: Moment | undefined) =>
  `${leerling}\u0000${vaardigheid}\u0000${schooljaar ?? ""}\u0000${moment ?? ""}`;

/** The line's value for this vaardigheid at this moment, or undefined where it has none. */
function lijnwaarde(
  lijn: Lijn,
  vaardigheid: Vaardigheid,
  moment: Moment,
  tabel: Normtabel | undefined,
): number | undefined {
  const waarde = normlijn(readNorm(tabel ? `${lijn} ${vaardigheid}` : lijn), moment, tabel);
  return typeof waarde === "number" ? waarde : undefined;
}

/** Percentages goed and detail scores for an afname: by moment, or (no moment in the header) the latest. */
function bijAfname<T extends Extrawaarde>(waarden: readonly T[], m: Afname, laatste: boolean): T[] {
  return waarden.filter((w) => {
    if (w.vaardigheid !== m.vaardigheid) return false;
    if (w.schooljaar !== undefined && w.schooljaar !== m.schooljaar) return false;
    if (w.moment) return w.moment === m.moment;
    if (w.deel) return m.moment?.endsWith(w.deel) ?? false;
    return laatste;
  });
}

function perLeerling<T extends { readonly leerling: string }>(lijst: readonly T[]): Map<string, T[]> {
  return groepeer(lijst, (x) => x.leerling);
}

export function leerlingbeelden(overzicht: Overzicht, plan: Kleurplan, opties: BeeldOpties): Leerlingbeeld[] {
  const tabel = opties.normen ? leesNormtabel(opties.normen) : undefined;
  const uitkomsten = new Map<string, Uitkomst>();
  for (const u of plan.alleAfnames) uitkomsten.set(sleutel(u.leerling, u.vaardigheid, u.schooljaar, u.moment), u);
  const procent = perLeerling(opties.extra?.procent ?? []);
  const details = perLeerling(opties.extra?.details ?? []);
  const gekozen = opties.leerlingen ? new Set(opties.leerlingen.map((n) => n.trim().toLowerCase())) : undefined;
  const groep = opties.groep?.trim().toLowerCase();

  const beelden: Leerlingbeeld[] = [];
  for (const [leerling, afnames] of perLeerling(overzicht.afnames)) {
    if (gekozen && !gekozen.has(leerling.toLowerCase())) continue;
    const gesorteerd = afnames.slice().sort(chronologisch);
    const laatste = gesorteerd[gesorteerd.length - 1]!;
    const groepsnaam = groepVan(laatste, opties.extra);
    if (groep !== undefined && (groepsnaam ?? "").toLowerCase() !== groep) continue;
    const reeksen: Reeks[] = [];
    let zonderMoment = 0;
    for (const vaardigheid of VAARDIGHEDEN) {
      const van = gesorteerd.filter((m) => m.vaardigheid === vaardigheid);
      if (van.length === 0) continue;
      const metMoment = van.filter((m) => m.moment !== undefined);
      zonderMoment += van.length - metMoment.length;
      const afnames: AfnameBeeld[] = [];
      metMoment.forEach((m, i) => {
        const moment = m.moment!;
        const isLaatste = i === metMoment.length - 1;
        const u = uitkomsten.get(sleutel(leerling, vaardigheid, m.schooljaar, moment));
        const toets = m.toets?.trim() || standaardToets(vaardigheid, moment);
        const gelezen = readToets(toets);
        const procentGoed = bijAfname(procent.get(leerling) ?? [], m, isLaatste)[0]?.waarde;
        const normen: Record<Lijn, number | undefined> = {};
        for (const lijn of LIJNEN) {
          const w = lijnwaarde(lijn, vaardigheid, moment, tabel);
          if (w !== undefined) normen[lijn] = w;
        }
        const vorige = afnames[i - 1];
        const groei = u ? u.leergroei : vorige ? groeiTussen(vorige, m.score, moment, tabel, vaardigheid) : undefined;
        const afname: Writable<AfnameBeeld> = {
          moment,
          toets,
          score: m.score,
          niveau: u?.niveau || (isLvsError(gelezen) ? "" : tekstOf(niveau(m.score, gelezen))),
          kleur: u
            ? u.kleur
            : kleur({
                ontwikkelscore: m.score,
                normwaarde: opties.norm === "geen" ? undefined : normen[opties.norm],
                leergroei: groei,
              }),
          normen,
        };
        if (m.schooljaar) afname.schooljaar = m.schooljaar;
        if (groei !== undefined) afname.leergroei = groei;
        if (procentGoed !== undefined) afname.procentGoed = procentGoed;
        if (!isLvsError(gelezen)) {
          const waarde = gelezen.soort === "halfjaar" ? m.score : procentGoed;
          if (waarde !== undefined) {
            const advies = passendeToets(waarde, gelezen);
            if (typeof advies === "string") afname.passend = advies;
          }
        }
        afnames.push(afname);
      });
      const laatsteMeting = metMoment[metMoment.length - 1];
      const eigenDetails = (details.get(leerling) ?? []).filter((d) => d.vaardigheid === vaardigheid);
      reeksen.push({
        vaardigheid,
        afnames,
        // Detail scores of the latest afname: those are the ones to discuss now.
        details: laatsteMeting ? bijAfname(eigenDetails, laatsteMeting, true) : eigenDetails,
      });
    }
    const beeld: Writable<Leerlingbeeld> = { leerling, reeksen, zonderMoment };
    if (groepsnaam) beeld.groep = groepsnaam;
    if (laatste.leerjaar !== undefined) beeld.leerjaar = laatste.leerjaar;
    beelden.push(beeld);
  }
  return beelden;
}

/** The pupil's class at an afname: a Groep column of its own, else what the reader took as groep. */
export function groepVan(m: Afname, extra: Extra | undefined): string | undefined {
  return extra?.groepVanRij.get(m.rij) ?? m.groep;
}

function tekstOf(waarde: string | unknown): string {
  return typeof waarde === "string" ? waarde : "";
}

/** Growth from the previous afname; a moment that does not advance (a doublure) gives none here. */
function groeiTussen(
  vorige: AfnameBeeld,
  score: number,
  moment: Moment,
  tabel: Normtabel | undefined,
  vaardigheid: Vaardigheid,
): number | undefined {
  if (halfjaren(moment) <= halfjaren(vorige.moment)) return undefined;
  const g = leergroei(
    { vorigeScore: vorige.score, huidigeScore: score, vorigMoment: vorige.moment, huidigMoment: moment },
    tabel,
    vaardigheid,
  );
  return typeof g === "number" ? g : undefined;
}

/** A line of words for the card's header: group, source sheet and the norm the colours use. */
export function herkomst(beeld: Leerlingbeeld, blad: string, norm: Normkeuze, datum: string): string {
  return [
    beeld.groep,
    beeld.leerjaar !== undefined && !beeld.groep ? `leerjaar ${beeld.leerjaar}` : undefined,
    `uit blad ${blad}`,
    `kleur op ${normNaam(norm)}`,
    `gemaakt op ${datum}`,
  ]
    .filter((d): d is string => !!d)
    .join(" · ");
}
