/**
 * What a school enters once for its school overviews: its name, its ambities for 1F and 2F/1S,
 * and the 2F/1S signaleringswaarde the inspectie published for it. Kept as labelled cells on a
 * sheet of its own, so the school sees and changes them in Excel.
 */
import { celTekst, isEmpty, readPercentage, SHARE, type CellValue } from "../cell";
import { isLvsError } from "../errors";
import type { Writable } from "../writable";
import inspectie from "../../data/inspectie.json";

export interface SchoolInstellingen {
  readonly naam?: string;
  readonly ambitie1F?: number;
  readonly ambitie2F1S?: number;
  readonly signaleringswaarde2F1S?: number;
}

/** The fields as they appear on the sheet: label, what to type, and which setting they fill. */
export const VELDEN = [
  { sleutel: "naam", label: "Naam van de school", uitleg: "Staat boven de schooloverzichten." },
  {
    sleutel: "ambitie1F",
    label: "Ambitie 1F",
    uitleg: "Welk deel van de leerlingen 1F haalt, volgens jullie eigen ambitie (bijvoorbeeld 95%).",
  },
  {
    sleutel: "ambitie2F1S",
    label: "Ambitie 2F/1S",
    uitleg: "Welk deel 2F/1S haalt, volgens jullie ambitie (bijvoorbeeld 60%).",
  },
  {
    sleutel: "signaleringswaarde2F1S",
    label: "Signaleringswaarde 2F/1S (inspectie)",
    uitleg: `Verschilt per school: de inspectie maakt hem bekend via Mijn Inspectie. Voor 1F is hij voor elke school ${inspectie.signaleringswaarde1FProcent}%.`,
  },
] as const;

export const INSTELLINGEN_BLAD = "Schoolinstellingen";

/** Reads label/value pairs from the first two columns; unknown rows and empty values are ignored. */
export function leesInstellingen(cellen: readonly (readonly CellValue[])[]): SchoolInstellingen {
  const uit: Writable<SchoolInstellingen> = {};
  for (const rij of cellen) {
    const label = typeof rij[0] === "string" ? rij[0].trim().toLowerCase() : "";
    const veld = VELDEN.find((v) => v.label.toLowerCase() === label);
    const waarde = rij[1];
    if (!veld || isEmpty(waarde)) continue;
    if (veld.sleutel === "naam") {
      uit.naam = celTekst(waarde);
    } else {
      const fractie = readPercentage(waarde, veld.label, SHARE);
      if (!isLvsError(fractie)) uit[veld.sleutel] = fractie;
    }
  }
  return uit;
}
