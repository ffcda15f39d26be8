/**
 * A "cells" change written into a worksheet part. A formula with cells filled down below it becomes
 * one shared formula: its text once, the cells below naming the group, so a helper column of
 * 100,000 pupils costs a few formulas in the file, as when Excel itself fills a formula down.
 */
import { celAdres } from "../../core/adres";
import type { Change } from "../port";
import { isLvsFormule, type Deling } from "./cel-xml";
import { PakketFout } from "./pakket";
import type { Stijlen } from "./stijlen";
import type { Werkblad } from "./werkblad";

/** Excel's own limits: a cell beyond them cannot exist. */
const MAX_RIJEN = 1_048_576;
const MAX_KOLOMMEN = 16_384;

export function schrijfCellen(blad: Werkblad, change: Extract<Change, { kind: "cells" }>, stijlen: Stijlen): void {
  const { cells } = change;
  let breedte = 0;
  for (const rij of cells) breedte = Math.max(breedte, rij.length);
  // Column by column: a shared group runs down one column.
  for (let c = 0; c < breedte; c++) {
    const kolom = change.col + c;
    /**
     * The group the cells filled down belong to, as each of them names it (one object for the whole
     * run); null: the formula above was written as its value.
     */
    let groep: Deling | null | undefined;
    for (let r = 0; r < cells.length; r++) {
      const planned = cells[r]![c];
      if (!planned) {
        groep = undefined;
        continue;
      }
      const rij = change.row + r;
      if (kolom >= MAX_KOLOMMEN || rij >= MAX_RIJEN) throw new PakketFout(geenRuimte(change.sheet));
      if (planned.fillDown) {
        if (groep === undefined)
          throw new Error(`Cel ${celAdres(rij, kolom)} vult een formule omlaag zonder formule erboven`);
        // Without a group, a cell filled down is written as its value only.
        blad.schrijfCel(rij, kolom, planned, stijlen, groep ?? undefined);
        continue;
      }
      groep = undefined;
      let eind = r;
      while (cells[eind + 1]?.[c]?.fillDown) eind++;
      if (planned.formula === undefined || eind === r) {
        blad.schrijfCel(rij, kolom, planned, stijlen);
      } else if (isLvsFormule(planned.formula)) {
        // Written as its value, and so are the cells that would have copied it.
        groep = null;
        blad.schrijfCel(rij, kolom, planned, stijlen);
      } else {
        const si = blad.nieuweDeling();
        groep = { si };
        const ref = `${celAdres(rij, kolom)}:${celAdres(change.row + eind, kolom)}`;
        blad.schrijfCel(rij, kolom, planned, stijlen, { si, ref });
      }
    }
  }
}

export function geenRuimte(blad: string): string {
  return `Op blad ${blad} is geen ruimte meer voor de kolommen van LVS Analyse: een blad heeft hoogstens 16.384 kolommen (tot kolom XFD) en 1.048.576 rijen. Maak rechts van de tabel kolommen vrij, of kopieer de tabel naar een nieuw blad`;
}
