/**
 * What a cell can hand the core, and how the core reads it. Cells come from Excel, from a
 * spreadsheet engine in tests, or from an .xlsx file, and they are messy: numbers typed as text
 * with a decimal comma, percentages three ways, stray spaces, error values.
 */
import { onthoud } from "./onthoud";
import { fout, type ErrorValue, type LvsError } from "./errors";

/** An error value that sits in an input cell (Excel's #N/A, #WAARDE!, ...). */
export interface CellError {
  readonly cellError: ErrorValue;
}

export type CellValue = number | string | boolean | null | undefined | CellError;

export function isCellError(value: unknown): value is CellError {
  return typeof value === "object" && value !== null && "cellError" in value;
}

/** Empty cells arrive as null, undefined or "" depending on the host; spaces only count as empty too. */
export function isEmpty(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

// Excel and pasted data use non-breaking and thin spaces as well as ordinary ones.
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

const PLAIN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const DUTCH_THOUSANDS = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const ENGLISH_THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a number from a cell. Text is accepted with a decimal comma or point ("24,5", "24.5");
 * a single separator is always the decimal sign, because scores are never in the thousands.
 */
export function readNumber(value: CellValue, naam: string): number | LvsError {
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : fout("notANumber", { naam, waarde: value });
  }
  if (typeof value !== "string") return fout("notANumber", { naam, waarde: value });
  // Only surrounding spaces go: "5 0" is more likely a typo than a number.
  const text = value.replace(SPACES, " ").trim();
  let normalised: string | undefined;
  if (PLAIN.test(text)) normalised = text.replace(",", ".");
  else if (DUTCH_THOUSANDS.test(text)) normalised = text.replace(/\./g, "").replace(",", ".");
  else if (ENGLISH_THOUSANDS.test(text)) normalised = text.replace(/,/g, "");
  if (normalised === undefined) return fout("notANumber", { naam, waarde: value });
  const number = Number(normalised);
  return Number.isFinite(number) ? number : fout("notANumber", { naam, waarde: value });
}

export function readNonNegative(value: CellValue, naam: string): number | LvsError {
  const number = readNumber(value, naam);
  if (typeof number !== "number") return number;
  return number < 0 ? fout("negative", { naam, waarde: number }) : number;
}

export interface PercentageRule {
  /** Numbers up to this value are fractions (0.85), above it percentages (85). */
  readonly fractionUpTo: number;
  /** Largest allowed share as a fraction; undefined means no upper bound. */
  readonly maxFraction?: number;
}

/** A share of pupils: 0.85, 85 and "85%" all mean 85%. */
export const SHARE: PercentageRule = { fractionUpTo: 1, maxFraction: 1 };

/**
 * A leerrendement: it can pass 100% (a pupil ahead of the group), so 1.2 must mean 120%.
 * Below 10 a number is a fraction; no real LR is under 10% or over 1000%.
 */
export const RATE: PercentageRule = { fractionUpTo: 10 };

/** Reads a percentage and returns it as a fraction (85% → 0.85). */
export function readPercentage(value: CellValue, naam: string, rule: PercentageRule): number | LvsError {
  let fraction: number;
  if (typeof value === "string" && value.trim().endsWith("%")) {
    const number = readNumber(value.trim().slice(0, -1), naam);
    if (typeof number !== "number") return fout("notAPercentage", { naam, waarde: value });
    fraction = number / 100;
  } else {
    const number = readNumber(value, naam);
    if (typeof number !== "number") return fout("notAPercentage", { naam, waarde: value });
    fraction = number <= rule.fractionUpTo ? number : number / 100;
  }
  if (fraction < 0) return fout("negative", { naam, waarde: value });
  if (rule.maxFraction !== undefined && fraction > rule.maxFraction) {
    return fout("percentageOutOfRange", { naam, waarde: value });
  }
  return fraction;
}

const TRUE_WORDS = new Set(["waar", "true", "ja", "1"]);
const FALSE_WORDS = new Set(["onwaar", "false", "nee", "0"]);

export function readBoolean(value: CellValue, naam: string): boolean | LvsError {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === "string") {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return fout("notABoolean", { naam, waarde: value });
}

/** A cell as text: "" for an empty or error cell, otherwise its value as text without spaces around it. */
export function celTekst(value: CellValue): string {
  if (isEmpty(value) || isCellError(value)) return "";
  return String(value).trim();
}

/** Labels are matched trimmed and case-insensitively, with inner spaces collapsed. */
export function readLabel(value: CellValue, naam: string): string | LvsError {
  if (typeof value === "string") return value.replace(SPACES, " ").trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return fout("notALabel", { naam, waarde: value });
}

export const labelKey: (label: string) => string = onthoud((label) => label.replace(SPACES, " ").trim().toLowerCase());
