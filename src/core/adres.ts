/** A1 addresses for 0-based row and column positions. */

export function kolomLetters(kolom: number): string {
  let n = kolom + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based column of letters such as "A" or "XFD": the inverse of kolomLetters. */
export function kolomNummer(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function celAdres(rij: number, kolom: number, absoluut = false): string {
  const $ = absoluut ? "$" : "";
  return `${$}${kolomLetters(kolom)}${$}${rij + 1}`;
}

export interface Bereik {
  readonly rij: number;
  readonly kolom: number;
  readonly rijen: number;
  readonly kolommen: number;
}

export function bereikAdres(b: Bereik, absoluut = false): string {
  const start = celAdres(b.rij, b.kolom, absoluut);
  if (b.rijen === 1 && b.kolommen === 1) return start;
  return `${start}:${celAdres(b.rij + b.rijen - 1, b.kolom + b.kolommen - 1, absoluut)}`;
}

/** A sheet name as a formula needs it: quoted when it holds anything but letters, digits and _. */
export function bladVerwijzing(blad: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(blad) ? blad : `'${blad.replace(/'/g, "''")}'`;
}
