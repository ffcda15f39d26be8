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
}

/**
 * Read once per range: a formula over a whole column, or a colouring of thousands of pupils, passes
 * the very same Normen range for every cell.
 */
const gelezen = new WeakMap<readonly (readonly CellValue[])[], Normtabel>();

export function readNormtabel(cells: readonly (readonly CellValue[])[]): Normtabel {
  let tabel = gelezen.get(cells);
  if (!tabel) {
    tabel = leesNormtabel(cells);
    gelezen.set(cells, tabel);
  }
  return tabel;
}

function leesNormtabel(cells: readonly (readonly CellValue[])[]): Normtabel {
  const header = cells[0] ?? [];
  const columns = new Map<string, Map<Moment, number | undefined>>();
  header.forEach((title, index) => {
    if (index === 0 || typeof title !== "string" || isEmpty(title)) return;
    const norm = readNorm(title);
    if (columns.has(norm.key)) return; // the first column with a name wins, as a lookup would
    const column = new Map<Moment, number | undefined>();
    for (const row of cells.slice(1)) {
      const moment = momentFromLabel(row[0]);
      if (moment === undefined || column.has(moment)) continue;
      column.set(moment, numberIn(row[index]));
    }
    columns.set(norm.key, column);
  });
  return { column: (norm) => columns.get(norm.key) };
}

function numberIn(value: CellValue): number | undefined {
  if (isEmpty(value) || isCellError(value)) return undefined;
  const number = readNumber(value, "normtabel");
  return typeof number === "number" ? number : undefined;
}
