/**
 * The sheet LVS-normen: the norm lines the helper-column formulas look up. Every line the colouring
 * can ask for (every norm of the registry; general and per vaardigheid) per moment 3a–8b,
 * each cell resolved as the core's NORMLIJN resolves it: a reference to the cell of the school's
 * Normen sheet the value comes from (so editing a norm recolours), else the indicatieve value, else
 * #N/A. Its layout never depends on what is coloured, so every coloured sheet can rely on it and a
 * second colouring rewrites it with the same shape.
 */
import { bereikAdres, bladVerwijzing, celAdres, kolomNummer, type Bereik } from "../adres";
import type { CellValue } from "../cell";
import { isLvsError } from "../errors";
import { MOMENTEN, type Moment } from "../moment";
import { generalNorm, readNorm } from "../norm";
import { normlijn } from "../normlijn";
import { INDICATIEVE_NORMEN, NORMEN_UIT_BLAD, NORMNAMEN } from "../normregister";
import { opsomming } from "../zin";
import { leesNormtabel } from "../normtabel";
import type { Grid } from "../overzicht/indeling";
import { VAARDIGHEDEN } from "../overzicht/vaardigheid";
import { normgetal, tekst } from "./ingebouwd";

export const OPZOEKBLAD = "LVS-normen";
export const OPZOEK_TITEL = "LVS-normen: opzoektabel van LVS Analyse";

/** The school's Normen sheet as the colouring reads it. */
export interface NormenBlad {
  readonly blad: string;
  /** Absolute address of the table, e.g. $A$1:$F$13. */
  readonly adres: string;
  readonly cellen: Grid;
}

/** Every line a helper cell can name: "2F/1S", "2F/1S rekenen", … "schoolweging woordenschat". */
export const LIJNEN: readonly string[] = NORMNAMEN.flatMap((basis) => [
  basis,
  ...VAARDIGHEDEN.map((v) => `${basis} ${v}`),
]);

const KOP_RIJ = 3;
const MOMENT_KOLOM = 0;

const lijnen: Bereik = { rij: KOP_RIJ + 1, kolom: MOMENT_KOLOM + 1, rijen: MOMENTEN.length, kolommen: LIJNEN.length };

/** Where the formulas look: the values, the moments down the side and the line names along the top. */
export const OPZOEK = {
  waarden: `${bladVerwijzing(OPZOEKBLAD)}!${bereikAdres(lijnen, true)}`,
  momenten: `${bladVerwijzing(OPZOEKBLAD)}!${bereikAdres({ ...lijnen, kolom: MOMENT_KOLOM, kolommen: 1 }, true)}`,
  namen: `${bladVerwijzing(OPZOEKBLAD)}!${bereikAdres({ ...lijnen, rij: KOP_RIJ, rijen: 1 }, true)}`,
} as const;

/** The line's value at a moment, looked up by name: what an IB'er reads when clicking a Norm cell. */
export function opzoeken(lijn: string, moment: Moment): string {
  return `INDEX(${OPZOEK.waarden},MATCH(${tekst(moment)},${OPZOEK.momenten},0),MATCH(${tekst(lijn)},${OPZOEK.namen},0))`;
}

export interface Opzoekcel {
  readonly formule?: string;
  readonly waarde: CellValue;
}

export interface Opzoekblad {
  readonly naam: string;
  /** From A1; row 0 is sheet row 1. */
  readonly cellen: readonly (readonly (Opzoekcel | undefined)[])[];
  readonly toelichting: readonly string[];
}

/** The value the core gives for a line at a moment, as a cell shows it: a number or #N/A. */
function celwaarde(lijn: string, moment: Moment, normen: NormenBlad | undefined): CellValue {
  const waarde = normlijn(readNorm(lijn), moment, normen ? leesNormtabel(normen.cellen) : undefined);
  return isLvsError(waarde) ? { cellError: waarde.error } : waarde;
}

/** The formula of one cell: a reference into the Normen sheet where the core finds the value there. */
function celformule(lijn: string, moment: Moment, normen: NormenBlad | undefined): string | undefined {
  if (!normen) return undefined;
  const tabel = leesNormtabel(normen.cellen);
  const norm = readNorm(lijn);
  const kolom = tabel.column(norm) ? norm : generalNorm(norm);
  if (!kolom || !tabel.column(kolom)) return undefined;
  const plek = tabel.plek(kolom, moment);
  // The table has the line but no row for this moment: no value, as the core says.
  if (!plek) return "=NA()";
  const begin = /^\$([A-Z]+)\$(\d+)/.exec(normen.adres);
  const ref = `${bladVerwijzing(normen.blad)}!${celAdres(plek.rij + Number(begin?.[2] ?? 1) - 1, plek.kolom + kolomNummer(begin?.[1] ?? "A"), true)}`;
  return `=${normgetal(ref)}`;
}

export function planOpzoekblad(normen: NormenBlad | undefined): Opzoekblad {
  const toelichting = [
    "De hulpkolommen van LVS Analyse zoeken hier de normlijn per moment op. Pas je normen aan op blad Normen: deze tabel volgt dat blad.",
    normen
      ? `Waarden uit blad ${normen.blad} waar dat blad de lijn heeft, anders de indicatieve lijn van LVS Analyse; #N/B = geen waarde op dat moment.`
      : `Er is (nog) geen blad Normen: ${opsomming(INDICATIEVE_NORMEN)} ${INDICATIEVE_NORMEN.length === 1 ? "is de indicatieve lijn" : "zijn de indicatieve lijnen"} van LVS Analyse; ${opsomming(NORMEN_UIT_BLAD)} ${NORMEN_UIT_BLAD.length === 1 ? "staat" : "staan"} op #N/B tot je blad Normen vult en opnieuw kleurt.`,
  ];
  const cellen: (Opzoekcel | undefined)[][] = [
    [{ waarde: OPZOEK_TITEL }],
    [{ waarde: toelichting[0]! }],
    [{ waarde: toelichting[1]! }],
    [{ waarde: "Moment" }, ...LIJNEN.map((lijn) => ({ waarde: lijn }))],
  ];
  for (const moment of MOMENTEN) {
    cellen.push([
      { waarde: moment },
      ...LIJNEN.map((lijn) => {
        const waarde = celwaarde(lijn, moment, normen);
        // A cell cannot hold #N/A as a typed value in Excel: it is the formula NA().
        const formule = celformule(lijn, moment, normen) ?? (typeof waarde === "number" ? undefined : "=NA()");
        return { ...(formule ? { formule } : {}), waarde };
      }),
    ]);
  }
  return { naam: OPZOEKBLAD, cellen, toelichting };
}
