/**
 * The border between Excel and the core: cell values in, results out. This is the one place where
 * core errors become CustomFunctions.Error.
 */
import type { CellValue } from "../core/cell";
import { errorValue, isLvsError, type ErrorValue } from "../core/errors";
import type { Input, Output } from "../core/formulas/evaluate";
import { serieelGetal } from "../core/excel-datum";

/** Excel hands error cells over as error objects with a code; anything else passes as it is. */
function fromExcelValue(value: unknown): CellValue {
  if (typeof value === "object" && value !== null && "code" in value) {
    const code = String((value as { code: unknown }).code);
    return { cellError: errorValue(code) };
  }
  if (value === null || value === undefined) return value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // Newer Excel may hand a cell over as a rich value with its plain value inside.
  if (typeof value === "object" && "basicValue" in value)
    return fromExcelValue((value as { basicValue: unknown }).basicValue);
  if (value instanceof Date) return serieelGetal(value.getTime());
  return ONBEKEND;
}

/** What a message quotes for a value Excel handed over that is neither text, number nor truth value. */
const ONBEKEND = "(onbekende waarde)";

export function fromExcel(arg: unknown): Input {
  if (Array.isArray(arg)) return arg.map((row: unknown[]) => (Array.isArray(row) ? row : [row]).map(fromExcelValue));
  return fromExcelValue(arg);
}

// Excel shows a custom message only with #VALUE! and #N/A, and refuses #REF! and #NAME? as output.
const WITH_MESSAGE = new Set<ErrorValue>(["#VALUE!", "#N/A"]);
const CODES: Record<ErrorValue, CustomFunctions.ErrorCode> = {
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  "#DIV/0!": "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  "#NULL!": "#NULL!" as CustomFunctions.ErrorCode.nullReference,
  "#REF!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#NAME?": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
};

export function toExcelValue(output: Output): string | number | CustomFunctions.Error {
  if (!isLvsError(output)) return output;
  const code = CODES[output.error];
  return WITH_MESSAGE.has(code as ErrorValue)
    ? new CustomFunctions.Error(code, output.message)
    : new CustomFunctions.Error(code);
}

export function toExcel(result: readonly (readonly Output[])[]): (string | number | CustomFunctions.Error)[][] {
  return result.map((row) => row.map(toExcelValue));
}
