/**
 * A1 formulas in R1C1 notation, relative to the cell they are in. Two cells of a helper column hold
 * the same R1C1 formula when they compute the same thing from their own row; the Office adapter
 * writes such a run once and copies it down, so colouring 3,000 pupils sends about as much to Excel
 * as colouring 30 (Excel on the web refuses requests over 5 MB).
 */
import { kolomNummer } from "../../core/adres";

const VERWIJZING = /(\$?)([A-Z]{1,3})(\$?)(\d+)/y;

/** `formula` (English A1 notation, leading "=") as R1C1, for the cell at 0-based `rij`, `kolom`. */
export function naarR1C1(formula: string, rij: number, kolom: number): string {
  let uit = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    // Texts and quoted sheet names are copied as they are; "" and '' are escaped quotes inside them.
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      uit += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const ervoor = i > 0 ? formula[i - 1]! : "";
    VERWIJZING.lastIndex = i;
    const m = /[A-Za-z0-9_.]/.test(ervoor) ? null : VERWIJZING.exec(formula);
    const erna = m ? (formula[i + m[0].length] ?? "") : "";
    if (m && !/[A-Za-z0-9_(]/.test(erna)) {
      const [, absKolom, letters, absRij, cijfers] = m;
      const r = Number(cijfers) - 1;
      const k = kolomNummer(letters!);
      uit += `${absRij ? `R${r + 1}` : r === rij ? "R" : `R[${r - rij}]`}${absKolom ? `C${k + 1}` : k === kolom ? "C" : `C[${k - kolom}]`}`;
      i += m[0].length;
      continue;
    }
    uit += ch;
    i++;
  }
  return uit;
}
