/**
 * Norm lines: the ontwikkelscore a norm expects at a moment. A school's Normen table wins; without
 * one, a norm the registry marks indicatief (1F, 2F/1S) falls back to the indicatieve line of LVS
 * Analyse (see src/data/normlijnen-indicatief.json for the model), and the others (landelijk,
 * schoolweging) have no value, because IEP does not publish them per moment.
 */
import lijnen from "../data/normlijnen-indicatief.json";
import { fout, type LvsError } from "./errors";
import type { Moment } from "./moment";
import { generalNorm, readNorm, type Norm } from "./norm";
import { GEEN_NORM, GROEINORM, normDefinitie } from "./normregister";
import type { Normtabel } from "./normtabel";
import { leerjaar } from "./moment";

type DefaultLine = Partial<Record<Moment, number>>;

const DEFAULT_LINES: Readonly<Record<string, DefaultLine | undefined>> = lijnen.lijnen;

/** The line used for expected growth while no Normen sheet has a landelijk line (see the JSON's model). */
const GROEILIJN = lijnen.groeilijn;

/** The indicatieve line's value; undefined for a norm without one or before its first leerjaar. */
export function defaultNormlijn(basis: string, moment: Moment): number | undefined {
  return normDefinitie(basis)?.indicatief ? DEFAULT_LINES[basis]?.[moment] : undefined;
}

export function normlijn(norm: Norm, moment: Moment, tabel?: Normtabel): number | LvsError {
  if (norm.basis === GEEN_NORM) return fout("normGeen", {});
  const column = tabel && (tabel.column(norm) ?? lookupGeneral(norm, tabel));
  if (column) {
    const value = column.get(moment);
    return value ?? fout("normTableNoValue", { norm: norm.label, moment });
  }
  const definitie = norm.basis === undefined ? undefined : normDefinitie(norm.basis);
  if (!definitie) return fout("unknownNorm", { waarde: norm.label });
  if (!definitie.indicatief) {
    return tabel ? fout("normNotInTable", { norm: norm.label }) : fout("normNeedsTable", { norm: norm.label });
  }
  if (leerjaar(moment) < definitie.vanafLeerjaar) {
    return fout("normBeforeLeerjaar", { norm: definitie.inZin, leerjaar: definitie.vanafLeerjaar, moment });
  }
  return defaultNormlijn(definitie.naam, moment) ?? fout("normTableNoValue", { norm: norm.label, moment });
}

function lookupGeneral(norm: Norm, tabel: Normtabel) {
  const general = generalNorm(norm);
  return general ? tabel.column(general) : undefined;
}

/**
 * Growth IEP pupils show on average between two moments: the landelijk line of the Normen table
 * (for the vaardigheid when it has its own column), otherwise the indicatieve expectation, which
 * is the rise of the default 2F/1S line.
 */
export function verwachteGroei(
  vorig: Moment,
  huidig: Moment,
  tabel?: Normtabel,
  vaardigheid?: string,
): number | undefined {
  const landelijk = readNorm(vaardigheid ? `${GROEINORM} ${vaardigheid}` : GROEINORM);
  const fromTable = tabel && (tabel.column(landelijk) ?? lookupGeneral(landelijk, tabel));
  if (fromTable) {
    const from = fromTable.get(vorig);
    const to = fromTable.get(huidig);
    if (from !== undefined && to !== undefined) return to - from;
  }
  return indicatieveGroei(vorig, huidig);
}

/** The indicatieve expectation: the rise of the default 2F/1S line between two moments. */
export function indicatieveGroei(vorig: Moment, huidig: Moment): number | undefined {
  const from = defaultNormlijn(GROEILIJN, vorig);
  const to = defaultNormlijn(GROEILIJN, huidig);
  return from !== undefined && to !== undefined ? to - from : undefined;
}
