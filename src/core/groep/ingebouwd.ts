/**
 * Pieces of built-in Excel formulas: what the helper columns are written with, so that a workbook
 * computes and colours in any spreadsheet, with or without the add-in. Only functions that Excel
 * 2013+ and LibreOffice both know (IF, AND, ISNUMBER, ISLOGICAL, ISERROR, IFERROR, IFNA, TRIM,
 * SUBSTITUTE, FIND, SEARCH, LEN, UNICHAR, NUMBERVALUE, INDEX, MATCH); English names and "," between
 * arguments, as Office.js range.formulas takes them. Each piece mirrors one rule of the core; the
 * property test in test/core/groep/ingebouwd.test.ts proves that a spreadsheet engine computes with
 * them exactly what the core computes.
 */
import { SCHAAL } from "../schaal";

/** A text in a formula: quotes doubled. */
export function tekst(waarde: string): string {
  return `"${waarde.replace(/"/g, '""')}"`;
}

export function getalTekst(waarde: number): string {
  // Formulas take "." as the decimal point whatever the user's language; no exponent for a score.
  return Number.isInteger(waarde) ? String(waarde) : String(Number(waarde.toPrecision(15)));
}

/** #VALUE! (#WAARDE!) in Excel, LibreOffice and the test engine alike; VALUE("x") is not in LibreOffice. */
export const FOUT_WAARDE = '("#"*1)';
/** #DIV/0! (#DEEL/0!). */
export const FOUT_DEEL = "(1/0)";

/** The cell's text with non-breaking spaces as spaces, trimmed: how the core reads text. */
function schoon(ref: string): string {
  return `TRIM(SUBSTITUTE(${ref},UNICHAR(160)," "))`;
}

/**
 * A text number as the core reads it: "24,5" and "24.5" alike, in every language. NUMBERVALUE with
 * explicit separators does not follow the user's locale, as VALUE would (Dutch Excel reads "24.5"
 * as text). It ignores spaces, so it may only see text that `isLeesbareTekst` let through.
 */
function tekstgetal(ref: string): string {
  return `NUMBERVALUE(SUBSTITUTE(${schoon(ref)},",","."),".",",")`;
}

/**
 * The parts of a text NUMBERVALUE reads but the core does not: a space inside ("5 0" is a typo), an
 * exponent ("2e1"), a percent sign. Without them, what NUMBERVALUE reads the core reads the same.
 */
function zonderVreemdeTekens(ref: string): string {
  const t = schoon(ref);
  return `ISERROR(FIND(" ",${t})),ISERROR(SEARCH("e",${t})),ISERROR(FIND("%",${t}))`;
}

/**
 * The score a helper cell works with: a number, or a text number. Only used behind `isPlausibel`,
 * which has made sure a text is one the core reads.
 */
export function getal(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},${tekstgetal(ref)})`;
}

/**
 * TRUE when the cell holds an IEP ontwikkelscore the add-in colours (src/core/groep/schaal.ts):
 * a number or text number on the scale; FALSE for an empty cell, an error, a boolean, any other
 * text, or a number off the scale.
 */
export function isPlausibel(ref: string): string {
  const { laagste, hoogste } = SCHAAL;
  const v = tekstgetal(ref);
  return (
    `IF(ISLOGICAL(${ref}),FALSE,IF(ISNUMBER(${ref}),AND(${ref}>=${laagste},${ref}<=${hoogste}),` +
    `IFERROR(AND(LEN(${schoon(ref)})>0,${zonderVreemdeTekens(ref)},${v}>=${laagste},${v}<=${hoogste}),FALSE)))`
  );
}

/**
 * A number from a cell of the school's Normen sheet as the core's Normen table reads it: a number
 * or text number; anything else (empty, text, an error) is no value, #N/A.
 */
export function normgetal(ref: string): string {
  const v = tekstgetal(ref);
  return (
    `IF(ISLOGICAL(${ref}),NA(),IF(ISNUMBER(${ref}),${ref},` +
    `IFERROR(IF(AND(LEN(${schoon(ref)})>0,${zonderVreemdeTekens(ref)}),${v},NA()),NA())))`
  );
}
