/**
 * Formula cases as data: every test/cases/*.tsv holds rows of formula, expected, note (with a
 * header row). Formulas use English-locale syntax (`,` between arguments, `.` as decimal point).
 * Expected is text, a number (compared to 1e-4), TRUE/FALSE, an Excel error value (#VALUE!,
 * #N/A, #DIV/0!; Dutch #WAARDE!, #N/B and #DEEL/0! mean the same), empty or "" for an empty
 * result, or an array literal such as {"4a";"op weg naar 4b"} for a spilled result.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DetailedCellError } from "hyperformula";
import { toEnglishSyntax } from "./dutch-notation";
import { createEngine } from "./hyperformula-lvs";

export interface FormulaCase {
  readonly file: string;
  readonly line: number;
  readonly formula: string;
  readonly expected: string;
  readonly note: string;
}

export interface CaseOutcome {
  readonly case: FormulaCase;
  readonly passed: boolean;
  readonly actual: string;
}

export const CASES_DIR = join(__dirname, "..", "cases");

export function loadCases(dir = CASES_DIR): FormulaCase[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    .sort();
  return files.flatMap((file) => parseCaseFile(file, readFileSync(join(dir, file), "utf8")));
}

export function parseCaseFile(file: string, text: string): FormulaCase[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const cases: FormulaCase[] = [];
  lines.forEach((raw, index) => {
    const first = raw.trim();
    if (first === "" || first.startsWith("#")) return; // blanks and comments
    const [formula = "", expected = "", ...note] = raw.split("\t");
    const isFormula = /^(=|lvs\.)/i.test(formula.trim());
    if (index === 0 && !isFormula) return; // the header row
    const text = formula.trim();
    cases.push({
      file,
      line: index + 1,
      formula: text.startsWith("=") ? text : `=${text}`,
      expected: expected.trim(),
      note: note.join(" ").trim(),
    });
  });
  return cases;
}

const ERROR_ALIASES: Record<string, string> = {
  "#WAARDE!": "#VALUE!",
  "#N/B": "#N/A",
  "#DEEL/0!": "#DIV/0!",
  "#GETAL!": "#NUM!",
  "#VERW!": "#REF!",
  "#NAAM?": "#NAME?",
};

type Scalar = string | number | boolean | null | { error: string; message: string };
type Actual = Scalar | Scalar[][];

function toScalar(value: unknown): Scalar {
  if (value instanceof DetailedCellError) return { error: value.value, message: value.message };
  if (value === undefined) return null;
  return value as Scalar;
}

function readActual(value: unknown): Actual {
  if (Array.isArray(value)) {
    const rows = value.map((row: unknown[]) => row.map(toScalar));
    return rows.length === 1 && rows[0]!.length === 1 ? rows[0]![0]! : rows;
  }
  return toScalar(value);
}

/** Splits an array literal {a,b;c,d} into rows of cell texts, respecting quoted strings. */
function parseArrayLiteral(text: string): string[][] {
  const body = text.trim().slice(1, -1);
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '"') {
      if (quoted && body[i + 1] === '"') {
        cell += '""';
        i++;
        continue;
      }
      quoted = !quoted;
      cell += ch;
    } else if (!quoted && (ch === "," || ch === ";")) {
      rows[rows.length - 1]!.push(cell.trim());
      cell = "";
      if (ch === ";") rows.push([]);
    } else {
      cell += ch;
    }
  }
  rows[rows.length - 1]!.push(cell.trim());
  return rows;
}

function scalarMatches(expected: string, actual: Scalar): boolean {
  const upper = expected.toUpperCase();
  if (expected.startsWith("#")) {
    const wanted = ERROR_ALIASES[upper] ?? upper;
    return typeof actual === "object" && actual !== null && actual.error === wanted;
  }
  if (expected === "" || expected === '""') return actual === "" || actual === null;
  if (upper === "TRUE" || upper === "FALSE") return actual === (upper === "TRUE");
  const quoted = /^"(.*)"$/s.exec(expected);
  if (quoted) return actual === quoted[1]!.replace(/""/g, '"');
  const number = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(expected)
    ? Number(expected.replace(",", "."))
    : NaN;
  if (!Number.isNaN(number)) return typeof actual === "number" && Math.abs(actual - number) <= 1e-4;
  return actual === expected;
}

export function matches(expected: string, actual: Actual): boolean {
  if (expected.startsWith("{") && expected.endsWith("}")) {
    const rows = parseArrayLiteral(expected);
    const grid = Array.isArray(actual) ? actual : [[actual]];
    return (
      rows.length === grid.length &&
      rows.every(
        (row, r) => row.length === grid[r]!.length && row.every((cell, c) => scalarMatches(cell, grid[r]![c]!)),
      )
    );
  }
  return !Array.isArray(actual) && scalarMatches(expected, actual);
}

export function describeActual(actual: Actual): string {
  const one = (s: Scalar) =>
    s !== null && typeof s === "object" ? `${s.error}${s.message ? ` (${s.message})` : ""}` : JSON.stringify(s);
  return Array.isArray(actual) ? `{${actual.map((row) => row.map(one).join(",")).join(";")}}` : one(actual);
}

function isParseFailure(actual: Actual): boolean {
  return !Array.isArray(actual) && actual !== null && typeof actual === "object" && /#PARSE|#ERROR!/.test(actual.error);
}

export function runCases(cases: readonly FormulaCase[]): CaseOutcome[] {
  const engine = createEngine();
  const calculate = (formula: string): Actual => {
    try {
      return readActual(engine.calculateFormula(formula, 0));
    } catch (error) {
      return { error: "#PARSE", message: error instanceof Error ? error.message : String(error) };
    }
  };
  return cases.map((c) => {
    let actual = calculate(c.formula);
    // A case written in Dutch notation (`;` between arguments, decimal comma) gets a second try.
    if (isParseFailure(actual)) {
      const retried = calculate(toEnglishSyntax(c.formula));
      if (!isParseFailure(retried)) actual = retried;
    }
    return { case: c, passed: matches(c.expected, actual), actual: describeActual(actual) };
  });
}
