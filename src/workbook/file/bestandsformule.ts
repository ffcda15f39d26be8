/**
 * A formula as an .xlsx file stores it. Functions Excel added after 2007 are stored with the prefix
 * `_xlfn.`: Excel shows them without it, and LibreOffice reads a bare IFNA or NUMBERVALUE from a file
 * as an unknown name (#NAME?). Office.js takes the names without prefix, so only files need this.
 */
const NIEUWERE_FUNCTIES = [
  "IFNA",
  "NUMBERVALUE",
  "UNICHAR",
  "UNICODE",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "PERCENTILE.INC",
  "STDEV.S",
  "STDEV.P",
  "CONCAT",
  "TEXTJOIN",
];

// A name not preceded by a letter, digit, "_" or "." (so LVS.X or MY_IFNA stay), followed by "(".
const NAAM = new RegExp(
  `(?<![A-Za-z0-9_.])(${NIEUWERE_FUNCTIES.map((f) => f.replace(".", "\\.")).join("|")})(?=\\()`,
  "g",
);

/** Whether a newer function's name occurs at all: most formulas have none, and need no splitting. */
const MISSCHIEN = new RegExp(NIEUWERE_FUNCTIES.map((f) => f.replace(".", "\\.")).join("|"));

/** `=IFNA(A1,"")` as `_xlfn.IFNA(A1,"")`: no leading "=", newer functions prefixed, texts untouched. */
export function bestandsformule(formula: string): string {
  const zonderIs = formula.replace(/^=/, "");
  if (!MISSCHIEN.test(zonderIs)) return zonderIs;
  // Split on texts ("…" with "" inside) and quoted sheet names; only the parts between get prefixes.
  return zonderIs
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((deel, i) => (i % 2 === 1 ? deel : deel.replace(NAAM, (naam: string) => `_xlfn.${naam}`)))
    .join("");
}
