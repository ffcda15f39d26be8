/**
 * Writes the group summary (tables and charts) to a sheet of its own. A sheet the add-in made
 * before is only replaced after the user agreed; a sheet of the user's with the same name is
 * never touched: the summary then gets a numbered name.
 */
import { vatSamen } from "../core/groep/samenvatting";
import type { Normkeuze } from "../core/groep/kleurplan";
import { bereidVoor, NORMEN_BLAD } from "./kleuring";
import { blokCellen, eigenBlad, grafiekChanges } from "./eigen-blad";
import type { Change, WorkbookPort } from "./port";

export { bladNaam } from "./eigen-blad";

export type OverzichtResultaat =
  | { readonly status: "klaar"; readonly blad: string; readonly tekst: string }
  | { readonly status: "bevestigen"; readonly blad: string; readonly vraag: string }
  | { readonly status: "geenOverzicht"; readonly blad: string; readonly tekst: string };

export async function maakGroepsoverzicht(
  port: WorkbookPort,
  verzoek: { readonly blad: string; readonly norm: Normkeuze; readonly vervangen?: boolean },
): Promise<OverzichtResultaat> {
  const { plek, gelezen } = await eigenBlad(port, `Groepsoverzicht ${verzoek.blad}`, verzoek.blad, verzoek.vervangen, [verzoek.blad, NORMEN_BLAD]);
  const [blad, normen] = gelezen.sheets;
  const { settings } = gelezen;
  if (!blad) return { status: "geenOverzicht", blad: verzoek.blad, tekst: `Blad ${verzoek.blad} bestaat niet.` };
  if (plek.status === "bevestigen") return { status: "bevestigen", blad: plek.naam, vraag: plek.vraag };
  const naam = plek.naam;

  const groep = bereidVoor(blad, normen, settings, { norm: verzoek.norm });
  if (!groep.indeling) {
    return { status: "geenOverzicht", blad: blad.naam, tekst: `LVS Analyse vindt op blad ${blad.naam} geen overzicht om samen te vatten. Kies het blad van een groep, met namen van leerlingen en scores.` };
  }
  const samenvatting = vatSamen(groep.overzicht, groep.plan, verzoek.norm);
  const changes: Change[] = [
    ...plek.changes,
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: [[{ value: samenvatting.titel, bold: true }], ...samenvatting.toelichting.map((t) => [{ value: t, italic: true }])],
    },
    ...samenvatting.blokken.map((blok): Change => ({ kind: "cells", sheet: naam, row: blok.rij, col: blok.kolom, cells: blokCellen(blok) })),
    ...grafiekChanges(naam, samenvatting.grafieken),
    ...Array.from({ length: 13 }, (_, col): Change => ({ kind: "columnWidth", sheet: naam, col, width: col < 2 ? 16 : 12 })),
  ];
  await port.apply(changes);
  const vaardigheden = samenvatting.blokken[0]?.rijen.length ?? 0;
  return {
    status: "klaar",
    blad: naam,
    tekst: `Blad ${naam} gemaakt: scores, niveaus en kleuren van ${vaardigheden} ${vaardigheden === 1 ? "vaardigheid" : "vaardigheden"}, met een voortgangsgrafiek en ${samenvatting.grafieken.length - 1 === 1 ? "een spreidingsgrafiek" : `${samenvatting.grafieken.length - 1} spreidingsgrafieken`}.`,
  };
}
