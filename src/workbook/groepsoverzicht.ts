/**
 * Writes the group summary (tables and charts) to a sheet of its own. A sheet the add-in made
 * before is only replaced after the user agreed; a sheet of the user's with the same name is
 * never touched: the summary then gets a numbered name.
 */
import { bereikAdres, bladVerwijzing } from "../core/adres";
import { KLEUREN } from "../core/kleur";
import { DETAIL_TITEL, detailRegels, type Detailregel } from "../core/groep/detailscores";
import { vatSamen, type Blok } from "../core/groep/samenvatting";
import { leesExtra } from "../core/leerling/details";
import type { Normkeuze } from "../core/groep/kleurplan";
import { bereidVoor, hulpkolomBereik, NORMEN_BLAD, nietIepTekst } from "./kleuring";
import { blokCellen, eigenBlad, grafiekChanges } from "./eigen-blad";
import type { Change, PlannedCell, SheetRead, WorkbookPort } from "./port";

/**
 * The counts per colour and per niveau as COUNTIF over the group sheet's own Kleur and Niveau columns,
 * each with the count the core made as its value: when a score changes, the summary's counts follow.
 * Only where every row of those columns is one pupil's latest afname (a wide group sheet coloured on
 * the same norm); elsewhere the block keeps its values.
 */
function tellingen(
  blok: Blok,
  blad: SheetRead,
  settings: Readonly<Record<string, string>>,
  norm: Normkeuze,
  breed: boolean,
): (PlannedCell | undefined)[][] {
  const cellen = blokCellen(blok);
  if (!breed) return cellen;
  const bereik = (kop: string) => {
    const b = hulpkolomBereik(settings, blad, norm, kop);
    return b ? `${bladVerwijzing(blad.naam)}!${bereikAdres(b, true)}` : undefined;
  };
  const telt = (ref: string | undefined, criterium: string, waarde: PlannedCell["value"]): PlannedCell | undefined =>
    ref ? { formula: `=COUNTIF(${ref},"${criterium.replace(/"/g, '""')}")`, value: waarde } : undefined;
  blok.rijen.forEach((rij, r) => {
    const vaardigheid = String(rij[0]);
    const doel = cellen[r + 2]!;
    if (blok.koppen[1] === "Niveau") {
      doel[2] = telt(bereik(`Niveau ${vaardigheid}`), String(rij[1]), rij[2] ?? null) ?? doel[2];
      return;
    }
    const kleur = bereik(`Kleur ${vaardigheid}`);
    KLEUREN.forEach((k, i) => (doel[i + 1] = telt(kleur, k, rij[i + 1] ?? null) ?? doel[i + 1]));
  });
  return cellen;
}

/**
 * The detail table with, per row whose column on the group sheet holds only pupils' numbers on one
 * scale, COUNT, AVERAGE, MIN and MAX over that column: typed-over percentages show at once. Each
 * formula carries the core's number as its value.
 */
function detailCellen(blok: Blok, regels: readonly Detailregel[], blad: string): (PlannedCell | undefined)[][] {
  const cellen = blokCellen(blok);
  regels.forEach((regel, r) => {
    if (!regel.bron) return;
    const { kolom, rij, rijen, schaal } = regel.bron;
    const ref = `${bladVerwijzing(blad)}!${bereikAdres({ rij, kolom, rijen, kolommen: 1 }, true)}`;
    const keer = schaal === 1 ? "*100" : "";
    const doel = cellen[r + 2]!;
    const som = regel.waarden.reduce((a, b) => a + b, 0);
    const laagste = regel.waarden.reduce((a, b) => Math.min(a, b), Infinity);
    const hoogste = regel.waarden.reduce((a, b) => Math.max(a, b), -Infinity);
    const cel = (formula: string, value: number, i: number): PlannedCell => ({
      ...doel[i],
      formula,
      value,
    });
    doel[3] = cel(`=COUNT(${ref})`, regel.waarden.length, 3);
    // Empty once every percentage is deleted, rather than a division by zero or a 0 from MIN.
    const tenzijLeeg = (f: string) => `=IF(COUNT(${ref})=0,"",${f}(${ref})${keer})`;
    doel[4] = cel(tenzijLeeg("AVERAGE"), (som / regel.waarden.length) * 100, 4);
    doel[5] = cel(tenzijLeeg("MIN"), laagste * 100, 5);
    doel[6] = cel(tenzijLeeg("MAX"), hoogste * 100, 6);
  });
  return cellen;
}

export { bladNaam } from "./eigen-blad";

export type OverzichtResultaat =
  | { readonly status: "klaar"; readonly blad: string; readonly tekst: string }
  | { readonly status: "bevestigen"; readonly blad: string; readonly vraag: string }
  | { readonly status: "geenOverzicht"; readonly blad: string; readonly tekst: string };

export async function maakGroepsoverzicht(
  port: WorkbookPort,
  verzoek: { readonly blad: string; readonly norm: Normkeuze; readonly vervangen?: boolean },
): Promise<OverzichtResultaat> {
  const { plek, gelezen } = await eigenBlad(port, `Groepsoverzicht ${verzoek.blad}`, verzoek.blad, verzoek.vervangen, [
    verzoek.blad,
    NORMEN_BLAD,
  ]);
  const [blad, normen] = gelezen.sheets;
  const { settings } = gelezen;
  if (!blad) return { status: "geenOverzicht", blad: verzoek.blad, tekst: `Blad ${verzoek.blad} bestaat niet.` };
  if (plek.status === "bevestigen") return { status: "bevestigen", blad: plek.naam, vraag: plek.vraag };
  const naam = plek.naam;

  const groep = bereidVoor(blad, normen, settings, { norm: verzoek.norm });
  if (!groep.indeling) {
    return {
      status: "geenOverzicht",
      blad: blad.naam,
      tekst: `LVS Analyse vindt op blad ${blad.naam} geen overzicht om samen te vatten. Kies het blad van een groep, met namen van leerlingen en scores.`,
    };
  }
  if (!groep.schaal.iep)
    return { status: "geenOverzicht", blad: blad.naam, tekst: nietIepTekst(blad.naam, groep.schaal) };
  const details = detailRegels(blad.cellen, groep.overzicht, leesExtra(blad.cellen, groep.overzicht));
  const samenvatting = vatSamen(groep.overzicht, groep.plan, verzoek.norm, details);
  const changes: Change[] = [
    ...plek.changes,
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: [
        [{ value: samenvatting.titel, bold: true }],
        ...samenvatting.toelichting.map((t) => [{ value: t, italic: true }]),
      ],
    },
    ...samenvatting.blokken.map((blok, i): Change => ({
      kind: "cells",
      sheet: naam,
      row: blok.rij,
      col: blok.kolom,
      // Blocks 1 and 2 are the counts per niveau and per colour.
      cells:
        i === 1 || i === 2
          ? tellingen(blok, blad, settings, verzoek.norm, groep.indeling.indeling === "breed")
          : blok.titel === DETAIL_TITEL
            ? detailCellen(blok, details, blad.naam)
            : blokCellen(blok),
    })),
    ...grafiekChanges(naam, samenvatting.grafieken),
    ...Array.from({ length: 13 }, (_, col): Change => ({
      kind: "columnWidth",
      sheet: naam,
      col,
      width: col < 2 ? 16 : 12,
    })),
  ];
  await port.apply(changes);
  const vaardigheden = samenvatting.blokken[0]?.rijen.length ?? 0;
  return {
    status: "klaar",
    blad: naam,
    tekst: `Blad ${naam} gemaakt: scores, niveaus en kleuren van ${vaardigheden} ${vaardigheden === 1 ? "vaardigheid" : "vaardigheden"}, met een voortgangsgrafiek en ${samenvatting.grafieken.length - 1 === 1 ? "een spreidingsgrafiek" : `${samenvatting.grafieken.length - 1} spreidingsgrafieken`}${details.length > 0 ? `, en het percentage goed van ${details.length} ${details.length === 1 ? "domein of aspect" : "domeinen of aspecten"}` : ""}.`,
  };
}
