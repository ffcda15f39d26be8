/**
 * NUMBERVALUE for HyperFormula, which lacks it (TOOLCHAIN.md). Written from Excel's documentation
 * of the function, not from the core's number reading, so that a test comparing the two compares
 * two independent readings:
 * - spaces anywhere in the text are ignored ("3 000" is 3000);
 * - "" is 0;
 * - only the first character of each separator counts; the decimal separator at most once;
 * - a group separator before the decimal separator is ignored, after it gives #VALUE!;
 * - trailing percent signs divide by 100 each;
 * - what is left must be a plain number (a sign, digits, a decimal point, an exponent).
 * LibreOffice differs in one point: "" gives #VALUE! there. Formulas the add-in writes never hand
 * NUMBERVALUE an empty text, so both readings agree where it matters.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, type ImplementedFunctions } from "hyperformula";

// HyperFormula does not export its AST and interpreter-state types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ast = { args: any[] };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type State = any;

export function numbervalue(text: string, decimal = ".", group = ","): number | CellError {
  const fout = new CellError(ErrorType.VALUE);
  const dec = decimal[0];
  const grp = group[0];
  if (dec === undefined || grp === undefined || dec === grp) return fout;
  let t = text.replace(/\s+/g, "");
  if (t === "") return 0;
  let procent = 0;
  while (t.endsWith("%")) {
    procent++;
    t = t.slice(0, -1);
  }
  const eerste = t.indexOf(dec);
  if (eerste !== t.lastIndexOf(dec)) return fout;
  const voor = eerste === -1 ? t : t.slice(0, eerste);
  const na = eerste === -1 ? "" : t.slice(eerste + 1);
  if (na.includes(grp)) return fout;
  const plat = voor.split(grp).join("") + (eerste === -1 ? "" : `.${na}`);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(plat)) return fout;
  const getal = Number(plat) / 100 ** procent;
  return Number.isFinite(getal) ? getal : new CellError(ErrorType.NUM);
}

export class NumberValuePlugin extends FunctionPlugin {
  numbervalue(ast: Ast, state: State) {
    return this.runFunction(
      ast.args,
      state,
      this.metadata("NUMBERVALUE"),
      (text: string, decimal?: string, group?: string) => numbervalue(text, decimal ?? ".", group ?? ","),
    );
  }
}

(NumberValuePlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = {
  NUMBERVALUE: {
    method: "numbervalue",
    parameters: [
      { argumentType: FunctionArgumentType.STRING },
      { argumentType: FunctionArgumentType.STRING, optionalArg: true },
      { argumentType: FunctionArgumentType.STRING, optionalArg: true },
    ],
  },
};

export const NUMBERVALUE_NAMEN = { enGB: { NUMBERVALUE: "NUMBERVALUE" } };
