/**
 * Dutch Excel notation to the engine's English one, for examples written for users: outside
 * strings `;` separates arguments, `,` is the decimal sign, and WAAR/ONWAAR are TRUE/FALSE.
 */
export function toEnglishSyntax(formula: string): string {
  let quoted = false;
  let out = "";
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    out += quoted || ch === '"' ? ch : ch === "," ? "." : ch === ";" ? "," : ch;
  }
  return out
    .replace(/\bONWAAR\b(?=(?:[^"]*"[^"]*")*[^"]*$)/g, "FALSE")
    .replace(/\bWAAR\b(?=(?:[^"]*"[^"]*")*[^"]*$)/g, "TRUE");
}
