/**
 * Norm lines: the ontwikkelscore a norm expects at a moment. A school's Normen table wins; without
 * one, 1F and 2F/1S fall back to the indicatieve lines of LVS Analyse (see
 * src/data/normlijnen-indicatief.json for the model), and landelijk/schoolweging have no value,
 * because IEP does not publish them per moment.
 */
import lijnen from "../data/normlijnen-indicatief.json";
import { fout, type LvsError } from "./errors";
import type { Moment } from "./moment";
import { generalNorm, readNorm, type Norm } from "./norm";
import type { Normtabel } from "./normtabel";

type DefaultLine = Partial<Record<Moment, number>>;

const DEFAULT_LINES: Record<"1F" | "2F/1S", DefaultLine> = lijnen.lijnen;

export function defaultNormlijn(basis: "1F" | "2F/1S", moment: Moment): number | undefined {
  return DEFAULT_LINES[basis][moment];
}

export function normlijn(norm: Norm, moment: Moment, tabel?: Normtabel): number | LvsError {
  if (norm.basis === "geen") return fout("normGeen", {});
  const column = tabel && (tabel.column(norm) ?? lookupGeneral(norm, tabel));
  if (column) {
    const value = column.get(moment);
    return value ?? fout("normTableNoValue", { norm: norm.label, moment });
  }
  switch (norm.basis) {
    case undefined:
      return fout("unknownNorm", { waarde: norm.label });
    case "landelijk":
    case "schoolweging":
      return tabel ? fout("normNotInTable", { norm: norm.label }) : fout("normNeedsTable", { norm: norm.label });
    case "1F":
      return defaultNormlijn("1F", moment) ?? fout("norm1FBeforeGroep6", { moment });
    case "2F/1S": {
      const value = defaultNormlijn("2F/1S", moment);
      return value ?? fout("normTableNoValue", { norm: norm.label, moment });
    }
  }
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
  const landelijk = readNorm(vaardigheid ? `landelijk ${vaardigheid}` : "landelijk");
  const fromTable = tabel && (tabel.column(landelijk) ?? lookupGeneral(landelijk, tabel));
  if (fromTable) {
    const from = fromTable.get(vorig);
    const to = fromTable.get(huidig);
    if (from !== undefined && to !== undefined) return to - from;
  }
  const from = defaultNormlijn("2F/1S", vorig);
  const to = defaultNormlijn("2F/1S", huidig);
  return from !== undefined && to !== undefined ? to - from : undefined;
}
