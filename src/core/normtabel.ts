/**
 * A school's own norm lines, copied from its IEP LVS into a table: the first column holds the
 * moments (3a … 8b, or M3 … E8), the first row the norm names (1F, 2F/1S, landelijk,
 * schoolweging, "landelijk rekenen", or any header of the school's own).
 */
import { isCellError, isEmpty, readNumber, type CellValue } from "./cell";
import { momentFromLabel, type Moment } from "./moment";
import { readNorm, type Norm } from "./norm";

/** A column's value at a moment: a number, or undefined when the cell holds no number. */
export type NormColumn = ReadonlyMap<Moment, number | undefined>;

export interface Normtabel {
  column(norm: Norm): NormColumn | undefined;
  /**
   * The cell (0-based, within the table) that a column's value at a moment comes from: formulas the
   * add-in writes refer to it, so that editing the table changes what they compute.
   */
  plek(norm: Norm, moment: Moment): { readonly rij: number; readonly kolom: number } | undefined;
}

/**
 * Read once per range: a formula over a whole column, or a colouring of thousands of pupils, passes
 * the very same Normen range for every cell.
 */
const gelezen = new WeakMap<readonly (readonly CellValue[])[], Normtabel>();

export function leesNormtabel(cells: readonly (readonly CellValue[])[]): Normtabel {
  let tabel = gelezen.get(cells);
  if (!tabel) {
    tabel = bouwNormtabel(cells);
    gelezen.set(cells, tabel);
  }
  return tabel;
}

function bouwNormtabel(cells: readonly (readonly CellValue[])[]): Normtabel {
  const header = cells[0] ?? [];
  const columns = new Map<string, Map<Moment, number | undefined>>();
  const kolomVan = new Map<string, number>();
  // The first row with a moment wins, as a lookup would.
  const rijVan = new Map<Moment, number>();
  for (let r = 1; r < cells.length; r++) {
    const moment = momentFromLabel(cells[r]![0]);
    if (moment !== undefined && !rijVan.has(moment)) rijVan.set(moment, r);
  }
  header.forEach((title, index) => {
    if (index === 0 || typeof title !== "string" || isEmpty(title)) return;
    const norm = readNorm(title);
    if (columns.has(norm.key)) return; // the first column with a name wins, as a lookup would
    const column = new Map<Moment, number | undefined>();
    for (const [moment, r] of rijVan) column.set(moment, numberIn(cells[r]![index]));
    columns.set(norm.key, column);
    kolomVan.set(norm.key, index);
  });
  return {
    column: (norm) => columns.get(norm.key),
    plek: (norm, moment) => {
      const kolom = kolomVan.get(norm.key);
      const rij = rijVan.get(moment);
      return kolom === undefined || rij === undefined ? undefined : { rij, kolom };
    },
  };
}

function numberIn(value: CellValue): number | undefined {
  if (isEmpty(value) || isCellError(value)) return undefined;
  const number = readNumber(value, "normtabel");
  return typeof number === "number" ? number : undefined;
}
