/**
 * Writes the group summary (tables and charts) to a sheet of its own. A sheet the add-in made
 * before is only replaced after the user agreed; a sheet of the user's with the same name is
 * never touched: the summary then gets a numbered name.
 */
import { vatSamen, type Blok } from "../core/groep/samenvatting";
import type { Normkeuze } from "../core/groep/kleurplan";
import { bereidVoor, NORMEN_BLAD } from "./kleuring";
import type { Change, PlannedCell, WorkbookPort } from "./port";

const KOP = { bold: true, fill: "#E8F1E9" } as const;
const sleutel = (blad: string) => `lvs.overzicht.${blad}`;

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
export function bladNaam(tekst: string): string {
  return tekst.replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 31);
}

export type OverzichtResultaat =
  | { readonly status: "klaar"; readonly blad: string; readonly tekst: string }
  | { readonly status: "bevestigen"; readonly blad: string; readonly vraag: string }
  | { readonly status: "geenOverzicht"; readonly blad: string; readonly tekst: string };

function blokCellen(blok: Blok): (PlannedCell | undefined)[][] {
  return [
    [{ value: blok.titel, bold: true }],
    blok.koppen.map((k): PlannedCell => ({ value: k, ...KOP })),
    ...blok.rijen.map((rij) =>
      rij.map((waarde, i): PlannedCell => ({ value: waarde, ...(blok.notaties?.[i] ? { numberFormat: blok.notaties[i] } : {}) })),
    ),
  ];
}

export async function maakGroepsoverzicht(
  port: WorkbookPort,
  verzoek: { readonly blad: string; readonly norm: Normkeuze; readonly vervangen?: boolean },
): Promise<OverzichtResultaat> {
  const doel = bladNaam(`Groepsoverzicht ${verzoek.blad}`);
  const { sheets, settings } = await port.read({ sheets: [verzoek.blad, NORMEN_BLAD, doel] });
  const [blad, normen, bestaand] = sheets;
  if (!blad) return { status: "geenOverzicht", blad: verzoek.blad, tekst: `Blad ${verzoek.blad} bestaat niet.` };
  const vanOns = bestaand !== undefined && settings[sleutel(bestaand.naam)] === blad.naam;
  if (vanOns && !verzoek.vervangen) {
    return {
      status: "bevestigen",
      blad: bestaand!.naam,
      vraag: `Blad ${bestaand!.naam} bestaat al (gemaakt door LVS Analyse). Wil je het vervangen door een nieuw overzicht?`,
    };
  }
  const namen = await port.sheetNames();
  let naam = doel;
  for (let n = 2; !vanOns && namen.some((x) => x.toLowerCase() === naam.toLowerCase()); n++) naam = bladNaam(`${doel.slice(0, 26)} (${n})`);

  const groep = bereidVoor(blad, normen, settings, { norm: verzoek.norm });
  if (!groep.indeling) {
    return { status: "geenOverzicht", blad: blad.naam, tekst: `Op blad ${blad.naam} vind ik geen overzicht om samen te vatten.` };
  }
  const samenvatting = vatSamen(groep.overzicht, groep.plan, verzoek.norm);
  const changes: Change[] = [
    ...(vanOns ? [{ kind: "removeSheet", sheet: naam } as const] : []),
    { kind: "addSheet", sheet: naam },
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: [[{ value: samenvatting.titel, bold: true }], ...samenvatting.toelichting.map((t) => [{ value: t, italic: true }])],
    },
    ...samenvatting.blokken.map((blok): Change => ({ kind: "cells", sheet: naam, row: blok.rij, col: blok.kolom, cells: blokCellen(blok) })),
    ...samenvatting.grafieken.map((chart): Change => ({ kind: "chart", sheet: naam, chart })),
    ...Array.from({ length: 13 }, (_, col): Change => ({ kind: "columnWidth", sheet: naam, col, width: col < 2 ? 16 : 12 })),
    { kind: "pageSetup", sheet: naam, landscape: true },
    { kind: "setting", key: sleutel(naam), value: blad.naam },
  ];
  await port.apply(changes);
  const vaardigheden = samenvatting.blokken[0]?.rijen.length ?? 0;
  return {
    status: "klaar",
    blad: naam,
    tekst: `Blad ${naam} gemaakt: scores, niveaus en kleuren van ${vaardigheden} ${vaardigheden === 1 ? "vaardigheid" : "vaardigheden"}, met een voortgangsgrafiek en ${samenvatting.grafieken.length - 1} spreidingsgrafieken.`,
  };
}
