/**
 * A text as one piece in memory. A text built by joining pieces is kept by the JavaScript engine as
 * a tree of those pieces until something reads it whole; kept like that (a helper cell's formula
 * until the file is written) it costs several times its length (measured: 4 kB for a formula of
 * 1 kB). Reading it as a number makes the engine lay it out flat; that number is not used.
 */
export function plat(tekst: string): string {
  void Number(tekst);
  return tekst;
}
