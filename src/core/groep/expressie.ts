/**
 * A helper cell as a small expression tree. The same tree is rendered as a formula for Excel (so
 * users see how a value is computed, and it follows their edits) and evaluated here for files and
 * for the report, so the two can never tell different stories.
 */
import { bladVerwijzing, celAdres } from "../adres";
import { isCellError, isEmpty, type CellValue } from "../cell";
import { fout, isLvsError } from "../errors";
import { evaluateOne, type FormulaDefinition, type Output } from "../formulas/evaluate";
import type { Grid } from "../overzicht/indeling";
import type { Cel } from "../overzicht/metingen";

export type Expr =
  | { readonly kind: "cell"; readonly cel: Cel }
  | { readonly kind: "literal"; readonly value: string | number }
  | { readonly kind: "range"; readonly blad: string; readonly adres: string; readonly cellen: Grid }
  | { readonly kind: "lvs"; readonly functie: FormulaDefinition; readonly args: readonly (Expr | undefined)[] }
  | { readonly kind: "minus"; readonly a: Expr; readonly b: Expr }
  | { readonly kind: "ifna"; readonly expr: Expr; readonly otherwise: string };

export const cel = (rij: number, kolom: number): Expr => ({ kind: "cell", cel: { rij, kolom } });
export const lit = (value: string | number): Expr => ({ kind: "literal", value });
export const lvs = (functie: FormulaDefinition, ...args: (Expr | undefined)[]): Expr => ({ kind: "lvs", functie, args });
export const minus = (a: Expr, b: Expr): Expr => ({ kind: "minus", a, b });
export const ifna = (expr: Expr, otherwise = ""): Expr => ({ kind: "ifna", expr, otherwise });

function renderLiteral(value: string | number): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
}

/** The formula text in Excel's invariant (English) syntax, as Office.js range.formulas expects. */
export function renderFormula(expr: Expr): string {
  return `=${render(expr)}`;
}

function render(expr: Expr): string {
  switch (expr.kind) {
    case "cell":
      return celAdres(expr.cel.rij, expr.cel.kolom);
    case "literal":
      return renderLiteral(expr.value);
    case "range":
      return `${bladVerwijzing(expr.blad)}!${expr.adres}`;
    case "lvs": {
      const args = [...expr.args];
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
      return `LVS.${expr.functie.name}(${args.map((a) => (a ? render(a) : "")).join(",")})`;
    }
    case "minus":
      return `${render(expr.a)}-${render(expr.b)}`;
    case "ifna":
      return `IFNA(${render(expr.expr)},${renderLiteral(expr.otherwise)})`;
  }
}

export type Lookup = (cel: Cel) => CellValue;

/** The value Excel would show, computed by the core. */
export function evaluateExpr(expr: Expr, lookup: Lookup): Output {
  switch (expr.kind) {
    case "cell":
      return fromCell(lookup(expr.cel));
    case "literal":
      return expr.value;
    case "range":
      return fout("notANumber", { naam: "bereik", waarde: expr.adres });
    case "lvs": {
      // Cells go in as they are (a boolean stays a boolean), exactly as Excel would pass them.
      const inputs = expr.args.map((a) => {
        if (a === undefined) return null;
        if (a.kind === "range") return a.cellen;
        if (a.kind === "cell") return lookup(a.cel);
        return toCell(evaluateExpr(a, lookup));
      });
      return evaluateOne(expr.functie, inputs);
    }
    case "minus": {
      const a = evaluateExpr(expr.a, lookup);
      const b = evaluateExpr(expr.b, lookup);
      if (isLvsError(a)) return a;
      if (isLvsError(b)) return b;
      if (typeof a !== "number" || typeof b !== "number") return fout("notANumber", { naam: "verschil", waarde: `${a}` });
      return a - b;
    }
    case "ifna": {
      const value = evaluateExpr(expr.expr, lookup);
      return isLvsError(value) && value.error === "#N/A" ? expr.otherwise : value;
    }
  }
}

function fromCell(value: CellValue): Output {
  if (isEmpty(value) || isCellError(value)) return "";
  return typeof value === "boolean" ? String(value) : value;
}

/** A computed value as another expression sees it in its cell. */
export function toCell(output: Output): CellValue {
  if (isLvsError(output)) return { cellError: output.error };
  return output === "" ? null : output;
}
