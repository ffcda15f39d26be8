/** Small pieces of Dutch sentences that texts built from data need. */

/** A Dutch list: "a", "a en b", "a, b en c". */
export function opsomming(delen: readonly (string | number)[]): string {
  const t = delen.map(String);
  return t.length <= 1 ? t.join("") : `${t.slice(0, -1).join(", ")} en ${t[t.length - 1]}`;
}

/** The text with a capital first letter, for a name that starts a sentence or a column header. */
export function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
