/**
 * A Normen sheet on demand: the table the functions and the colouring read (first column moments,
 * first row norm names), pre-filled with the indicatieve lines and visibly marked as such, so the
 * school can type over them with the values from its own IEP LVS.
 */
import { opsomming } from "../core/zin";
import { defaultNormlijn } from "../core/normlijn";
import { INDICATIEVE_NORMEN, NORMEN_UIT_BLAD, NORMNAMEN } from "../core/normregister";
import { MOMENTEN } from "../core/moment";
import { NORMEN_BLAD } from "./kleuring";
import type { Change, PlannedCell, WorkbookPort } from "./port";

const INDICATIEF = "#FFF4CE";
const KOPPEN = NORMNAMEN;

export const NORMEN_UITLEG = [
  "Indicatieve waarden",
  "De geel gemarkeerde getallen zijn indicatieve normlijnen van LVS Analyse, geen waarden van IEP.",
  `Vervang ze door de waarden uit je eigen IEP LVS en vul ${opsomming(NORMEN_UIT_BLAD)} aan.`,
  "Een lijn voor één vaardigheid krijgt een eigen kolom, bijvoorbeeld 'landelijk rekenen'.",
  "Een lege cel betekent: geen waarde op dat moment (niet 0).",
  "Laat de eerste kolom (momenten) en de eerste rij (namen van de lijnen) staan.",
];

export type NormenResultaat = { readonly status: "gemaakt" | "bestaat"; readonly tekst: string };

export async function maakNormenblad(port: WorkbookPort): Promise<NormenResultaat> {
  const { sheets } = await port.read({ sheets: [NORMEN_BLAD] });
  if (sheets[0]) {
    return {
      status: "bestaat",
      tekst: `Er is al een blad ${sheets[0].naam}; LVS Analyse gebruikt dat en verandert het niet.`,
    };
  }
  const kop: PlannedCell[] = ["moment", ...KOPPEN].map((value) => ({ value, bold: true, fill: "#E8F1E9" }));
  const rijen: (PlannedCell | undefined)[][] = MOMENTEN.map((moment) => [
    { value: moment, bold: true },
    ...KOPPEN.map((norm): PlannedCell | undefined => {
      const waarde = defaultNormlijn(norm, moment);
      return waarde === undefined ? undefined : { value: waarde, fill: INDICATIEF };
    }),
  ]);
  const uitleg: PlannedCell[][] = NORMEN_UITLEG.map((tekst, i) => [
    { value: tekst, ...(i === 0 ? { bold: true, fill: INDICATIEF } : {}) },
  ]);
  const changes: Change[] = [
    { kind: "addSheet", sheet: NORMEN_BLAD },
    { kind: "cells", sheet: NORMEN_BLAD, row: 0, col: 0, cells: [kop, ...rijen] },
    { kind: "cells", sheet: NORMEN_BLAD, row: 0, col: KOPPEN.length + 2, cells: uitleg },
    { kind: "columnWidth", sheet: NORMEN_BLAD, col: 0, width: 10 },
    ...KOPPEN.map((_, i): Change => ({ kind: "columnWidth", sheet: NORMEN_BLAD, col: i + 1, width: 13 })),
    { kind: "columnWidth", sheet: NORMEN_BLAD, col: KOPPEN.length + 2, width: 90 },
    { kind: "freeze", sheet: NORMEN_BLAD, rows: 1, cols: 1 },
    { kind: "pageSetup", sheet: NORMEN_BLAD, landscape: true },
  ];
  await port.apply(changes);
  return {
    status: "gemaakt",
    tekst: `Blad Normen gemaakt met indicatieve lijnen voor ${opsomming(INDICATIEVE_NORMEN)}. Vervang de gele getallen door de waarden uit je IEP LVS.`,
  };
}
