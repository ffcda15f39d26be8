/**
 * The column mapping of a sheet as the next colouring would use it: the one the user corrected in
 * this session, else the one remembered in the workbook, else a fresh detection. The same in Excel
 * and on a file, so the mapping can be corrected in both. No DOM here.
 */
import type { CellValue } from "../core/cell";
import { vindIndeling, type Kolomindeling } from "../core/overzicht/indeling";
import { indelingSleutel } from "../workbook/kleuring";
import type { WorkbookPort } from "../workbook/port";

export interface GelezenIndeling {
  readonly blad: string;
  readonly cellen: CellValue[][];
  readonly indeling: Kolomindeling | undefined;
}

function onthouden(json: string | undefined): Kolomindeling | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as Kolomindeling;
  } catch {
    return undefined;
  }
}

export async function leesIndeling(
  port: WorkbookPort,
  blad: string,
  gecorrigeerd?: Kolomindeling,
): Promise<GelezenIndeling> {
  const { sheets, settings } = await port.read({ sheets: [blad] });
  const sheet = sheets[0];
  if (!sheet) return { blad, cellen: [], indeling: undefined };
  const indeling =
    gecorrigeerd ??
    onthouden(settings[indelingSleutel(sheet.naam)]) ??
    vindIndeling({ naam: sheet.naam, cellen: sheet.cellen });
  return { blad: sheet.naam, cellen: sheet.cellen, indeling };
}
