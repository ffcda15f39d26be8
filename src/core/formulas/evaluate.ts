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
import { leesNormtabel, type Normtabel } from "../normtabel";
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

/** A required argument left empty: the cell's result is empty. */
const LEEG: unique symbol = Symbol("leeg");

/**
 * Reads one argument value per the parameter's kind: the typed value, LEEG, or an error. DESIGN §3:
 * an overview cell holding an error is read as no score, i.e. as an empty cell; an omitted optional
 * argument is "not given" (undefined) and an empty required one gives an empty result. Plain values
 * and symbols, no wrapper objects: a ranged call reads this once per cell.
 */
function lees(p: Parameter, value: CellValue): unknown {
  if (isEmpty(value) || isCellError(value)) return p.optional ? undefined : LEEG;
  return read(p.kind as Kind, value, p.naam);
}

/** Evaluates one call; `args` may be shorter than the parameter list when optional ones are left out. */
export function evaluate(definition: FormulaDefinition, args: readonly Input[]): Output[][] {
  const { parameters } = definition;
  if (args.length > parameters.length) {
    return [[fout("tooManyArguments", { functie: `LVS.${definition.name}`, max: parameters.length })]];
  }
  if (!spansCells(parameters, args)) return [[evaluateSingle(definition, args)]];
  const ranges: (Range | undefined)[] = parameters.map((_, i) => {
    const arg = args[i];
    if (arg === undefined) return undefined;
    return isRange(arg) ? arg : [[arg]];
  });
  const tables = parameters.map((p, i) => (p.kind === "normtabel" ? tabelVan(args[i]) : undefined));

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

  // A single value used for every cell (the toets, the norm) is read once, not once per pupil.
  const vast = parameters.map((p, i) => p.kind === "normtabel" || ranges[i] === undefined || isSingle(ranges[i]!));
  const waarden = parameters.map((p, i) => {
    const range = ranges[i];
    if (p.kind === "normtabel") return tables[i];
    if (range === undefined) return lees(p, undefined);
    return isSingle(range) ? lees(p, range[0]?.[0]) : undefined;
  });

  // One array for the arguments of every cell: run() reads it and keeps nothing of it.
  const values: unknown[] = new Array(parameters.length);
  const result: Output[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Output[] = new Array(columns);
    for (let c = 0; c < columns; c++) row[c] = evaluateCell(definition, ranges, vast, waarden, values, r, c);
    result[r] = row;
  }
  return result;
}

/** Every argument read once before the cell: a call with single values only. */
const ALLES_VAST = true;

/** Whether some argument other than the Normen table is a range of more than one cell. */
function spansCells(parameters: readonly Parameter[], args: readonly Input[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (parameters[i]?.kind !== "normtabel" && isRange(arg) && !isSingle(arg)) return true;
  }
  return false;
}

/** The Normen table of an argument; one left empty is not given (the indicatieve lines). */
function tabelVan(arg: Input): Normtabel | undefined {
  if (isRange(arg)) return leesNormtabel(arg);
  return isEmpty(arg) ? undefined : leesNormtabel([[arg]]);
}

/**
 * One call whose arguments are each one value (or a one-cell range), its result as a value: what
 * a colouring evaluates for every helper cell of a whole school, so it builds no ranges and no
 * result grid. Reads each argument into one array that is then handed to the function.
 */
export function evaluateOne(definition: FormulaDefinition, args: readonly Input[]): Output {
  if (args.length > definition.parameters.length || spansCells(definition.parameters, args))
    return evaluate(definition, args)[0]?.[0] ?? "";
  return evaluateSingle(definition, args);
}

/** evaluateOne once the arguments are known to be single values and not too many. */
function evaluateSingle(definition: FormulaDefinition, args: readonly Input[]): Output {
  const { parameters } = definition;
  const waarden: unknown[] = new Array(parameters.length);
  for (let i = 0; i < parameters.length; i++) {
    const p = parameters[i]!;
    const arg = args[i];
    waarden[i] = p.kind === "normtabel" ? tabelVan(arg) : lees(p, isRange(arg) ? arg[0]?.[0] : arg);
  }
  return evaluateCell(definition, [], ALLES_VAST, waarden, waarden, 0, 0);
}

function run(definition: FormulaDefinition, values: readonly unknown[]): Output {
  try {
    const output = definition.run(values);
    // Dividing by a number very close to 0 overflows; Excel shows #NUM! there, never Infinity.
    if (typeof output === "number" && !Number.isFinite(output))
      return fout("resultTooLarge", { functie: `LVS.${definition.name}` });
    return output;
  } catch {
    // Never a raw exception in a cell: say plainly that this is our bug, not the user's input.
    return fout("internalError", { functie: `LVS.${definition.name}` });
  }
}

function evaluateCell(
  definition: FormulaDefinition,
  ranges: readonly (Range | undefined)[],
  vast: readonly boolean[] | typeof ALLES_VAST,
  waarden: readonly unknown[],
  values: unknown[],
  r: number,
  c: number,
): Output {
  const { parameters } = definition;
  for (let i = 0; i < parameters.length; i++) {
    const waarde = vast === ALLES_VAST || vast[i] ? waarden[i] : lees(parameters[i]!, ranges[i]![r]?.[c]);
    if (waarde === LEEG) return "";
    if (isLvsError(waarde)) return waarde;
    values[i] = waarde;
  }
  return run(definition, values);
}
