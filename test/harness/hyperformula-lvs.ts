/**
 * The LVS functions registered in HyperFormula, a spreadsheet engine that stands in for Excel in
 * tests. It evaluates the very same definitions as the Excel wrappers; only the value conversion
 * differs. HyperFormula is GPL and a devDependency: nothing under src/ may import this file.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import type { CellValue } from "../../src/core/cell";
import { isLvsError, type ErrorValue } from "../../src/core/errors";
import { FORMULAS } from "../../src/core/formulas/definitions";
import { evaluate, type FormulaDefinition, type Input, type Output } from "../../src/core/formulas/evaluate";
import { NUMBERVALUE_NAMEN, NumberValuePlugin } from "./numbervalue";

const TO_HF: Record<ErrorValue, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
  "#NULL!": ErrorType.VALUE,
};

const FROM_HF: Partial<Record<ErrorType, ErrorValue>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.NAME]: "#NAME?",
};

function fromHfScalar(value: unknown): CellValue {
  if (value === EmptyValue || value === undefined || value === null) return null;
  if (value instanceof CellError) return { cellError: FROM_HF[value.type] ?? "#VALUE!" };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val; // rich numbers
  return value as CellValue;
}

function fromHf(value: unknown): Input | undefined {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    // Plain loops: a ranged call may bring 100,000 cells, and most are plain numbers. A row of only
    // numbers and texts is already as the core wants it, and is handed over without a copy.
    const raw = value.rawData();
    const range: CellValue[][] = new Array(raw.length);
    for (let r = 0; r < raw.length; r++) {
      const row = raw[r]!;
      let plain = true;
      for (let c = 0; c < row.length && plain; c++) plain = typeof row[c] === "number" || typeof row[c] === "string";
      if (plain) {
        range[r] = row as CellValue[];
        continue;
      }
      const out: CellValue[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) out[c] = fromHfScalar(row[c]);
      range[r] = out;
    }
    return range;
  }
  return fromHfScalar(value);
}

function toHf(output: Output): string | number | CellError {
  return isLvsError(output) ? new CellError(TO_HF[output.error], output.message) : output;
}

export const FUNCTION_PREFIX = "LVS.";

// HyperFormula does not export its AST and interpreter-state types, so they stay opaque here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProcedureAst = { args: any[] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type InterpreterState = any;

/** One plugin for all LVS functions; each gets a method that evaluates its definition. */
class LvsPlugin extends FunctionPlugin {
  /**
   * HyperFormula answers an error argument itself before calling a plugin; the LVS functions read
   * an error cell as "no score" (DESIGN §3), so they get every argument as it is and coerce it themselves.
   */
  protected override coerceArgumentsToRequiredTypes(
    _state: InterpreterState,
    args: unknown[],
    metadata: unknown[],
  ): never {
    return metadata.map((_, i) => args[i]) as never;
  }

  evaluateLvs(id: string, definition: FormulaDefinition, ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) => {
      const inputs = args.map(fromHf);
      while (inputs.length > 0 && inputs[inputs.length - 1] === undefined) inputs.pop();
      const result = evaluate(
        definition,
        inputs.map((i) => (i === undefined ? null : i)),
      );
      const single = result.length === 1 && result[0]?.length === 1;
      if (single) return toHf(result[0]![0]!);
      // Errors become HyperFormula's own; a range without any is handed over as it is.
      let metFout = false;
      for (let r = 0; r < result.length && !metFout; r++) for (const v of result[r]!) if (isLvsError(v)) metFout = true;
      return SimpleRangeValue.onlyValues(
        metFout ? result.map((row) => row.map(toHf)) : (result as (string | number)[][]),
      );
    });
  }

  /** The result takes the shape of the first argument that is a range, as evaluate() does. */
  sizeOfLvs(definition: FormulaDefinition, ast: ProcedureAst, state: InterpreterState): ArraySize {
    for (const [i, arg] of ast.args.entries()) {
      if (definition.parameters[i]?.kind === "normtabel") continue;
      // A cell range counts as "scalar" to HyperFormula (a reference); its size is what matters.
      const size = this.arraySizeForAst(arg, state);
      if (size.width > 1 || size.height > 1) return new ArraySize(size.width, size.height);
    }
    return ArraySize.scalar();
  }
}

const implemented: ImplementedFunctions = {};
const translations: Record<string, string> = {};

function register(definition: FormulaDefinition): void {
  const id = `${FUNCTION_PREFIX}${definition.name}`;
  const method = `lvs_${definition.name}`;
  const sizeMethod = `${method}_size`;
  implemented[id] = {
    method,
    sizeOfResultArrayMethod: sizeMethod,
    vectorizationForbidden: true,
    parameters: definition.parameters.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      ...(p.optional ? { optionalArg: true } : {}),
    })),
  };
  translations[id] = id;
  const proto = LvsPlugin.prototype as unknown as Record<string, unknown>;
  proto[method] = function (this: LvsPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.evaluateLvs(id, definition, ast, state);
  };
  proto[sizeMethod] = function (this: LvsPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.sizeOfLvs(definition, ast, state);
  };
}

FORMULAS.forEach(register);
(LvsPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;

let registered = false;

/**
 * A HyperFormula instance with the LVS functions (and NUMBERVALUE, which HyperFormula lacks), English
 * function names and argument separator ",".
 */
export function createEngine(sheet: (string | number | boolean | null)[][] = [[]], rijen = 40_000): HyperFormula {
  if (!registered) {
    HyperFormula.registerFunctionPlugin(LvsPlugin, { enGB: translations });
    HyperFormula.registerFunctionPlugin(NumberValuePlugin, NUMBERVALUE_NAMEN);
    registered = true;
  }
  const engine = HyperFormula.buildFromArray(sheet, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: false,
    maxRows: Math.max(rijen, sheet.length),
  });
  // Excel reads TRUE and FALSE as values; HyperFormula only knows them as functions.
  engine.addNamedExpression("TRUE", "=TRUE()");
  engine.addNamedExpression("FALSE", "=FALSE()");
  return engine;
}

/** A workbook of several sheets (a group sheet, LVS-normen, Normen) for formulas that refer across sheets. */
export function createWorkbookEngine(sheets: Record<string, (string | number | boolean | null)[][]>): HyperFormula {
  createEngine([[]], 1); // registers the plugins once
  const rijen = Math.max(1000, ...Object.values(sheets).map((s) => s.length));
  const engine = HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: false,
    maxRows: rijen,
  });
  engine.addNamedExpression("TRUE", "=TRUE()");
  engine.addNamedExpression("FALSE", "=FALSE()");
  return engine;
}
