/**
 * Hart en handen of one pupil for the pupil card: the answers on the workbook's hart-en-handen
 * sheets (the same reader as the school sheet), found by the pupil's name, with the group mean of
 * that sheet beside them. No verdict: a spider chart to talk about, and a high sociaalwenselijkheid
 * said plainly.
 */
import type { CellValue } from "../cell";
import {
  VRAGENLIJSTEN,
  leesHartEnHanden,
  SOCIAALWENSELIJKHEID,
  type HartEnHandenLeerling,
  type Vragenlijst,
} from "../school/hartenhanden";

export interface HartBeeld {
  /** The sheet the answers come from. */
  readonly blad: string;
  readonly leerling: HartEnHandenLeerling;
  /** The mean per aspect over the pupils of that sheet (0–100). */
  readonly gemiddelden: Readonly<Record<string, number>>;
}

/** A sheet name that says it holds hart en handen; the card reads only those, not the whole workbook. */
export const HART_BLADNAAM = /hart|handen|h\s*&\s*h/i;

/** Says on the card, in one short line, what it would need for spider charts. */
export const HART_NODIG =
  "Voor een spindiagram is een blad nodig met 'hart en handen' in de naam en per aspect een kolom.";

/** The same, in full, for the message after making the cards. */
export const HOE_HART_TOEVOEGEN =
  "Zet de antwoorden uit IEP LVS op een blad met 'hart en handen' in de naam, met een kolom Leerling en per aspect een kolom met het percentage (zoals Zelfmanagement, Nieuwsgierig of Plannen).";

/** Per pupil (name in lower case) the answers of the first sheet that has them, in sheet order. */
export function hartPerLeerling(
  bladen: readonly { readonly naam: string; readonly cellen: readonly (readonly CellValue[])[] }[],
): Map<string, HartBeeld> {
  const uit = new Map<string, HartBeeld>();
  for (const blad of bladen) {
    const h = leesHartEnHanden(blad.cellen);
    if (!h) continue;
    for (const leerling of h.leerlingen) {
      const sleutel = leerling.leerling.toLowerCase();
      if (!uit.has(sleutel)) uit.set(sleutel, { blad: blad.naam, leerling, gemiddelden: h.gemiddelden });
    }
  }
  return uit;
}

/** The questionnaires the pupil answered enough of for a spider chart (three aspects or more), with those aspects. */
export function hartVragenlijsten(h: HartBeeld): { readonly vragenlijst: Vragenlijst; readonly aspecten: string[] }[] {
  return VRAGENLIJSTEN.map((vragenlijst) => ({
    vragenlijst,
    aspecten: vragenlijst.aspecten.filter((a) => h.leerling.waarden[a] !== undefined),
  })).filter((i) => i.aspecten.length >= 3);
}

/** The line beside the spider charts: where from, how to read the dashed line, and the sociaalwenselijkheid. */
export function hartToelichting(h: HartBeeld): string {
  const sw = h.leerling.sociaalwenselijkheid;
  const bron = `Uit blad ${h.blad}; de stippellijn is het gemiddelde van de leerlingen op dat blad.`;
  if (sw === undefined) return `${bron} Een sociaalwenselijkheid staat er niet bij.`;
  if (h.leerling.voorzichtig)
    return `${bron} Mogelijk sociaal wenselijk: sociaalwenselijkheid ${sw}%, boven de ${SOCIAALWENSELIJKHEID.bovenProcent}%; misschien gaf ${h.leerling.leerling} vaak het antwoord dat volwassenen graag horen, dus bespreek de diagrammen met voorzichtigheid.`;
  if (sw > SOCIAALWENSELIJKHEID.bovenProcent)
    return `${bron} Sociaalwenselijkheid ${sw}%; die weegt pas mee vanaf leerjaar ${SOCIAALWENSELIJKHEID.vanafLeerjaar}.`;
  return `${bron} Sociaalwenselijkheid ${sw}%: niet boven de ${SOCIAALWENSELIJKHEID.bovenProcent}%.`;
}
