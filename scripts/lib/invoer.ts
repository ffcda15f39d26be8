/**
 * Reading a workbook the user named: it must exist, be a file, be readable and be an .xlsx;
 * otherwise one Dutch sentence that says what to do. The file adapter is called as before.
 */
import { readFileSync, realpathSync, statSync, type BigIntStats } from "node:fs";
import { herkenBestand } from "../../src/workbook/bestandssoort";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { Gebruikersfout } from "../../src/workbook/gebruikersfout";
import { CliFout, systeemcode, systeemMelding } from "./fout";
import { gebruikersmap, gebruikersPad } from "./pad";

export interface Invoer {
  /** As the user typed it, for messages. */
  readonly naam: string;
  readonly pad: string;
  readonly id: Bestandsid;
}

/**
 * Device and inode: the identity of a file whatever name, symbolic link or hard link leads to it.
 * Exact as bigints (Windows file ids do not fit a double); where a file system has no inodes
 * (FAT on a USB stick gives 0), the real path stands in.
 */
export interface Bestandsid {
  readonly dev: bigint;
  readonly ino: bigint;
  readonly echtPad: string;
}

export function bestandsid(pad: string, stat: BigIntStats = statSync(pad, { bigint: true })): Bestandsid {
  return { dev: stat.dev, ino: stat.ino, echtPad: realpathSync(pad) };
}

export function zelfdeBestand(a: Bestandsid, b: Bestandsid): boolean {
  if (a.ino === 0n || b.ino === 0n) return a.echtPad === b.echtPad;
  return a.dev === b.dev && a.ino === b.ino;
}

export function zoekInvoer(getypt: string): Invoer {
  const pad = gebruikersPad(getypt);
  let stat: BigIntStats;
  try {
    stat = statSync(pad, { bigint: true });
  } catch (fout) {
    if (systeemcode(fout) === "ENOENT")
      throw new CliFout(
        `Het bestand ${getypt} bestaat niet (gezocht in de map ${gebruikersmap()}). Controleer de naam.`,
        2,
      );
    throw new CliFout(systeemMelding(fout, "lezen", `het bestand ${getypt}`));
  }
  if (stat.isDirectory())
    throw new CliFout(`${getypt} is een map, geen bestand. Geef de naam van het .xlsx-bestand dat erin staat.`, 2);
  return { naam: getypt, pad, id: bestandsid(pad, stat) };
}

export function leesBytes(invoer: Invoer): Uint8Array {
  try {
    return readFileSync(invoer.pad);
  } catch (fout) {
    throw new CliFout(systeemMelding(fout, "lezen", `het bestand ${invoer.naam}`));
  }
}

/** Refuses a file that is recognisably no workbook, before the reader sees it. */
export function controleerWerkmap(invoer: Invoer, bytes: Uint8Array): void {
  const soort = herkenBestand(bytes, invoer.naam);
  if (!soort.werkmap) throw new CliFout(`${invoer.naam} kan ik niet lezen: ${soort.reden}.`);
}

export async function openWerkmap(invoer: Invoer, bytes: Uint8Array = leesBytes(invoer)): Promise<FileWorkbook> {
  controleerWerkmap(invoer, bytes);
  try {
    return await FileWorkbook.open(bytes);
  } catch (fout) {
    if (fout instanceof Gebruikersfout) throw new CliFout(`${invoer.naam}: ${fout.message}`);
    throw new CliFout(
      `${invoer.naam} lijkt een Excel-werkmap, maar ik kan hem niet lezen: het bestand is misschien beschadigd of door een ander programma vreemd opgeslagen. Open het in Excel, sla het op als Excel-werkmap (.xlsx) en probeer het opnieuw.`,
    );
  }
}
