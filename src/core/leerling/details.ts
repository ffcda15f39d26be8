/**
 * What an overview may hold beside the ontwikkelscores, as IEP LVS shows it per pupil: the
 * percentage goed of a toets (what tells a 1F/2F/3F toets fitted, step 1.3) and detail scores per
 * domain or aspect ("Rekenen – getallen", "Lezen – niveau: 1F"; steps 1.5, 2.6 and 2.7).
 * The overview readers leave these columns alone; this reads them by their header.
 */
import { celTekst, isCellError, isEmpty, readPercentage, SHARE, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import type { Moment } from "../moment";
import { kopTeksten, type Grid, type Kolomindeling } from "../overzicht/indeling";
import { vindMoment, type Deel } from "../overzicht/kop";
import type { Afname, Overzicht } from "../overzicht/metingen";
import { vindVaardigheid, type Vaardigheid } from "../overzicht/vaardigheid";

interface Wanneer {
  readonly moment?: Moment;
  readonly deel?: Deel;
}

export interface Detailkolom extends Wanneer {
  readonly kolom: number;
  readonly vaardigheid: Vaardigheid;
  /** "domein", or the aspect group before a colon ("niveau" in "Lezen – niveau: 1F"). */
  readonly groep: string;
  readonly onderdeel: string;
}

export interface Procentkolom extends Wanneer {
  readonly kolom: number;
  /** Undefined in a long export: the row's own vaardigheid. */
  readonly vaardigheid?: Vaardigheid;
}

export interface Extrakolommen {
  readonly details: readonly Detailkolom[];
  readonly procent: readonly Procentkolom[];
}

/** One value read for one pupil: the afname it belongs to is found later (moment, or the latest). */
export interface Extrawaarde extends Wanneer {
  readonly leerling: string;
  readonly vaardigheid: Vaardigheid;
  readonly schooljaar?: string;
  /** A fraction: 0.75 is 75% goed. */
  readonly waarde: number;
}

export interface Detailwaarde extends Extrawaarde {
  readonly groep: string;
  readonly onderdeel: string;
}

export interface Extra {
  readonly kolommen: Extrakolommen;
  /**
   * The class each row's pupil was in, from a column "Groep" or "Klas", where the reader took its
   * leerjaar from a column "Leerjaar": a long export names groups like "Groep 8a".
   */
  readonly groepVanRij: ReadonlyMap<number, string>;
  readonly details: readonly Detailwaarde[];
  readonly procent: readonly Extrawaarde[];
}

/** Says how to add the columns when an overview has none; one sentence each, used by the actions. */
export const HOE_PROCENT_TOEVOEGEN =
  "Zet het percentage goed uit IEP LVS in een kolom met als kop de vaardigheid, '% goed' en het moment (bijvoorbeeld 'Rekenen % goed E7'), of in een export één kolom '% goed'.";
export const HOE_DETAILS_TOEVOEGEN =
  "Zet de percentages goed per domein of aspect uit IEP LVS in kolommen met als kop de vaardigheid, een streepje en het onderdeel (bijvoorbeeld 'Rekenen – getallen' of 'Lezen – niveau: 1F').";

const PROCENT = /%|\bprocent\b|\bpercentage\b/i;
const STREEP = /^(.*?\S)\s*[–—]\s*(.+)$|^(.*?\S)\s+-\s+(.+)$/;
const MOMENT_AAN_EIND = /\s+(?:[3-8]\s?[ab]|[me]\s?[3-8]|midden|eind)$/i;

function wanneer(tekst: string): Wanneer {
  const m = vindMoment(tekst);
  return { ...(m.moment ? { moment: m.moment } : {}), ...(m.deel ? { deel: m.deel } : {}) };
}

export function leesKop(kop: string, kolom: number): Detailkolom | Procentkolom | undefined {
  const tekst = kop.replace(/\s+/g, " ").trim();
  if (tekst === "") return undefined;
  const streep = STREEP.exec(tekst);
  if (streep) {
    const voor = (streep[1] ?? streep[3])!;
    const na = (streep[2] ?? streep[4])!;
    const gevonden = vindVaardigheid(voor);
    if (gevonden && gevonden.rest === "") {
      const zonderMoment = na.replace(MOMENT_AAN_EIND, "").trim();
      const wanneerNa = zonderMoment === na ? {} : wanneer(na.slice(zonderMoment.length));
      if (zonderMoment === "" || vindMoment(zonderMoment).moment) return undefined; // "Rekenen - M5" is a score
      const dubbel = zonderMoment.indexOf(":");
      const [groep, onderdeel] =
        dubbel > 0
          ? [zonderMoment.slice(0, dubbel).trim().toLowerCase(), zonderMoment.slice(dubbel + 1).trim()]
          : ["domein", zonderMoment];
      return { kolom, vaardigheid: gevonden.vaardigheid, groep, onderdeel, ...wanneerNa };
    }
  }
  if (PROCENT.test(tekst) && /goed|%/i.test(tekst)) {
    const gevonden = vindVaardigheid(tekst.replace(PROCENT, " "));
    return { kolom, ...(gevonden ? { vaardigheid: gevonden.vaardigheid, ...wanneer(gevonden.rest) } : wanneer(tekst)) };
  }
  return undefined;
}

const GROEPSNAAM = /^(groep|klas|groepsnaam|stamgroep)$/i;

function groepKolom(cellen: Grid, indeling: Kolomindeling): number | undefined {
  const koppen = kopTeksten(cellen, indeling.kopRij, indeling.kopRijen);
  for (let c = indeling.eersteKolom; c <= indeling.laatsteKolom; c++)
    if (c !== indeling.groep && GROEPSNAAM.test((koppen[c] ?? "").trim())) return c;
  return undefined;
}

export function vindExtraKolommen(cellen: Grid, indeling: Kolomindeling): Extrakolommen {
  const koppen = kopTeksten(cellen, indeling.kopRij, indeling.kopRijen);
  const details: Detailkolom[] = [];
  const procent: Procentkolom[] = [];
  for (let c = indeling.eersteKolom; c <= indeling.laatsteKolom; c++) {
    const gelezen = leesKop(koppen[c] ?? "", c);
    if (!gelezen) continue;
    if ("onderdeel" in gelezen) details.push(gelezen);
    else procent.push(gelezen);
  }
  return { details, procent };
}

function fractie(value: CellValue): number | undefined {
  if (isEmpty(value) || isCellError(value)) return undefined;
  const f = readPercentage(value, "percentage goed", SHARE);
  return isLvsError(f) ? undefined : f;
}

/** Reads the extra columns of every pupil row the overview reader found. */
export function leesExtra(cellen: Grid, overzicht: Overzicht): Extra {
  const kolommen = vindExtraKolommen(cellen, overzicht.indeling);
  const details: Detailwaarde[] = [];
  const procent: Extrawaarde[] = [];
  const groepVanRij = new Map<number, string>();
  const groep = groepKolom(cellen, overzicht.indeling);
  if (groep !== undefined) {
    for (const m of overzicht.afnames) {
      const v = cellen[m.rij]?.[groep];
      if (celTekst(v) !== "") groepVanRij.set(m.rij, celTekst(v));
    }
  }
  if (kolommen.details.length === 0 && kolommen.procent.length === 0)
    return { kolommen, groepVanRij, details, procent };
  const lang = overzicht.indeling.indeling === "lang";
  const perRij = new Map<number, Afname>();
  for (const m of overzicht.afnames) if (!perRij.has(m.rij)) perRij.set(m.rij, m);
  for (const [rij, afname] of perRij) {
    const cellenRij = cellen[rij] ?? [];
    const basis = (vaardigheid: Vaardigheid, w: Wanneer, waarde: number): Extrawaarde => {
      // In a long export a value belongs to the row's own afname.
      const moment = lang ? afname.moment : w.moment;
      return {
        leerling: afname.leerling,
        vaardigheid,
        waarde,
        ...(moment ? { moment } : {}),
        ...(!lang && w.deel ? { deel: w.deel } : {}),
        ...(lang && afname.schooljaar ? { schooljaar: afname.schooljaar } : {}),
      };
    };
    for (const k of kolommen.procent) {
      const vaardigheid = k.vaardigheid ?? (lang ? afname.vaardigheid : undefined);
      const waarde = fractie(cellenRij[k.kolom]);
      if (!vaardigheid || waarde === undefined || (lang && vaardigheid !== afname.vaardigheid)) continue;
      procent.push(basis(vaardigheid, k, waarde));
    }
    for (const k of kolommen.details) {
      const waarde = fractie(cellenRij[k.kolom]);
      if (waarde === undefined || (lang && k.vaardigheid !== afname.vaardigheid)) continue;
      details.push({ ...basis(k.vaardigheid, k, waarde), groep: k.groep, onderdeel: k.onderdeel });
    }
  }
  return { kolommen, groepVanRij, details, procent };
}
