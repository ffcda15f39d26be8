/**
 * Evaluates a formula definition over what a host hands it: single values or ranges. Everything
 * the function contract says about all functions alike lives here, once:
 * - a range gives a result of the same shape; single values are used for every cell;
 * - an empty cell gives an empty result, an omitted optional argument is "not given";
 * - an error value in an input cell (#N/A, #WAARDE!) counts as no score, like an empty cell;
 * - any other bad input is a Dutch #VALUE!/#N/A.
 */
import { isCellError, isEmpty, type CellValue } from "../cell";
import { fout, isLvsError, type LvsError } from "../errors";
import { readNormtabel, type Normtabel } from "../normtabel";
import { read, type Kind, type Read } from "./arguments";

export type Range = readonly (readonly CellValue[])[];
export type Input = CellValue | Range;
export type Output = string | number | LvsError;

/** A parameter read cell by cell, or a whole range read as a Normen table. */
export type Parameter =
  | { readonly naam: string; readonly kind: Kind; readonly optional?: true }
  | { readonly naam: string; readonly kind: "normtabel"; readonly optional?: true };

type ValueOf<P> = P extends { kind: "normtabel" }
  ? Normtabel | undefined
  : P extends { kind: infer K extends Kind; optional: true }
    ? Read<K> | undefined
    : P extends { kind: infer K extends Kind }
      ? Read<K>
      : never;

export type Values<Ps extends readonly Parameter[]> = { -readonly [I in keyof Ps]: ValueOf<Ps[I]> };

export interface FormulaDefinition {
  /** The name after the namespace: NIVEAU becomes LVS.NIVEAU in Excel. */
  readonly name: string;
  readonly parameters: readonly Parameter[];
  readonly run: (values: readonly unknown[]) => Output;
}

export function defineFormula<const Ps extends readonly Parameter[]>(definition: {
  name: string;
  parameters: Ps;
  run: (values: Values<Ps>) => Output;
}): FormulaDefinition {
  return definition as unknown as FormulaDefinition;
}

export function isRange(input: Input): input is Range {
  return Array.isArray(input);
}

function sizeOf(range: Range): string {
  return `${range.length} x ${range[0]?.length ?? 0}`;
}

function isSingle(range: Range): boolean {
  return range.length === 1 && (range[0]?.length ?? 0) === 1;
}

/** Evaluates one call; `args` may be shorter than the parameter list when optional ones are left out. */
export function evaluate(definition: FormulaDefinition, args: readonly Input[]): Output[][] {
  const { parameters } = definition;
  if (args.length > parameters.length) {
    return [[fout("tooManyArguments", { functie: `LVS.${definition.name}`, max: parameters.length })]];
  }
  const ranges: (Range | undefined)[] = parameters.map((_, i) => {
    const arg = args[i];
    if (arg === undefined) return undefined;
    return isRange(arg) ? arg : [[arg]];
  });
  const tables = parameters.map((p, i) => {
    const range = ranges[i];
    return p.kind === "normtabel" && range !== undefined ? readNormtabel(range) : undefined;
  });

  // The result takes the shape of the first range that is more than one cell.
  let shape: Range | undefined;
  for (const [i, p] of parameters.entries()) {
    const range = ranges[i];
    if (p.kind === "normtabel" || range === undefined || isSingle(range)) continue;
    if (shape === undefined) {
      shape = range;
    } else if (range.length !== shape.length || range[0]?.length !== shape[0]?.length) {
      return [[fout("shapesDiffer", { naam: p.naam, eerste: sizeOf(shape), ander: sizeOf(range) })]];
    }
  }
  const rows = shape?.length ?? 1;
  const columns = shape?.[0]?.length ?? 1;

  const result: Output[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: Output[] = [];
    for (let c = 0; c < columns; c++) {
      row.push(evaluateCell(definition, ranges, tables, r, c));
    }
    result.push(row);
  }
  return result;
}

function evaluateCell(
  definition: FormulaDefinition,
  ranges: readonly (Range | undefined)[],
  tables: readonly (Normtabel | undefined)[],
  r: number,
  c: number,
): Output {
  const values: unknown[] = [];
  for (const [i, p] of definition.parameters.entries()) {
    if (p.kind === "normtabel") {
      values.push(tables[i]);
      continue;
    }
    const range = ranges[i];
    const value: CellValue = range === undefined ? undefined : isSingle(range) ? range[0]?.[0] : range[r]?.[c];
    // DESIGN §3: an overview cell holding an error is read as no score, i.e. as an empty cell.
    if (isEmpty(value) || isCellError(value)) {
      // An omitted optional argument is "not given"; an empty required one gives an empty result.
      if (p.optional) {
        values.push(undefined);
        continue;
      }
      return "";
    }
    const typed = read(p.kind, value, p.naam);
    if (isLvsError(typed)) return typed;
    values.push(typed);
  }
  try {
    const output = definition.run(values);
    // Dividing by a number very close to 0 overflows; Excel shows #NUM! there, never Infinity.
    if (typeof output === "number" && !Number.isFinite(output)) return fout("resultTooLarge", { functie: `LVS.${definition.name}` });
    return output;
  } catch {
    // Never a raw exception in a cell: say plainly that this is our bug, not the user's input.
    return fout("internalError", { functie: `LVS.${definition.name}` });
  }
}
