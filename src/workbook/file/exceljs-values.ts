/** Cell values between ExcelJS and the core, read the way Excel's own API reports them. */
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cell";
import type { ErrorValue } from "../../core/errors";
import { heeftOpmaak } from "./cell-styles";

const ERRORS: readonly string[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MERGE = 1; // ExcelJS.ValueType.Merge: a cell inside a merged area, not its top-left

function fromResult(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.error === "string") return { cellError: (ERRORS.includes(v.error) ? v.error : "#VALUE!") as ErrorValue };
    if ("result" in v) return fromResult(v.result);
    if ("formula" in v || "sharedFormula" in v) return null; // a formula never calculated: no value known
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
    if (typeof v.text === "string") return v.text; // hyperlink
  }
  return String(value);
}

export function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.type === MERGE) return null;
  return fromResult(cell.value);
}

export function readGrid(sheet: ExcelJS.Worksheet): CellValue[][] {
  const grid: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      values[colNumber - 1] = cellValue(cell);
    });
    grid[rowNumber - 1] = Array.from(values, (v) => v ?? null);
  });
  return Array.from(grid, (r) => r ?? []);
}

/** Columns up to the last cell with a value or a format of its own, as Excel's used range counts them. */
export function usedWidth(sheet: ExcelJS.Worksheet): number {
  let breedte = 0;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    for (let c = row.cellCount; c > breedte; c--) {
      const cell = row.findCell(c);
      if (cell && (cell.type !== 0 || heeftOpmaak(cell.style))) {
        breedte = c;
        break;
      }
    }
  });
  return breedte;
}
