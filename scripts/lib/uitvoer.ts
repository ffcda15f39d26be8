/**
 * Writing a result without ever losing a file. Every output is checked before any work starts
 * (its folder exists, it is not an input under another name or link, it is new unless the user
 * said --overschrijf), and written to a temporary file beside it that replaces the target only
 * when complete: a full disk or a failing write leaves the old file exactly as it was.
 */
import { randomBytes } from "node:crypto";
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliFout, systeemcode, systeemMelding } from "./fout";
import { bestandsid, zelfdeBestand, type Invoer } from "./invoer";
import { gebruikersPad } from "./pad";

export interface Doel {
  /** As the user typed it, for messages. */
  readonly naam: string;
  /** The file that gets replaced: through a symbolic link, the file it points to. */
  readonly pad: string;
  readonly bestaat: boolean;
  readonly overschrijf: boolean;
}

export interface UitvoerRegels {
  readonly overschrijf: boolean;
  readonly invoer: readonly Invoer[];
  /** Outputs of the same run that were checked before this one. */
  readonly andere?: readonly Doel[];
}

export function controleerUitvoer(getypt: string, regels: UitvoerRegels): Doel {
  const opgegeven = gebruikersPad(getypt);
  let pad = opgegeven;
  let bestaat = false;
  try {
    const link = lstatSync(opgegeven);
    if (link.isSymbolicLink() && !existsSync(opgegeven)) {
      throw new CliFout(
        `${getypt} is een koppeling naar een bestand dat niet (meer) bestaat. Kies een andere naam voor het uitvoerbestand.`,
        2,
      );
    }
    bestaat = true;
  } catch (fout) {
    if (fout instanceof CliFout) throw fout;
    if (systeemcode(fout) !== "ENOENT")
      throw new CliFout(systeemMelding(fout, "schrijven", `het uitvoerbestand ${getypt}`));
  }
  if (bestaat) {
    const stat = statSync(opgegeven);
    if (stat.isDirectory()) {
      throw new CliFout(
        `${getypt} is een map. Geef een bestandsnaam, bijvoorbeeld ${join(getypt, "analyse.xlsx")}.`,
        2,
      );
    }
    // A device or pipe (/dev/null, /dev/stdout) is not replaced by a file: that would break the system.
    if (!stat.isFile()) throw new CliFout(`${getypt} is geen gewoon bestand. Geef de naam van een nieuw bestand.`, 2);
    const id = bestandsid(opgegeven);
    const invoer = regels.invoer.find((i) => zelfdeBestand(i.id, id));
    if (invoer) {
      throw new CliFout(
        `Het uitvoerbestand ${getypt} is hetzelfde bestand als het invoerbestand ${invoer.naam}${invoer.naam === getypt ? "" : " (via een koppeling of een andere naam)"}. LVS Analyse schrijft nooit over je eigen bestand heen: kies een nieuwe naam voor het resultaat.`,
        2,
      );
    }
    if (!regels.overschrijf) {
      throw new CliFout(
        `${getypt} bestaat al. Kies een andere naam, of zet --overschrijf erbij als het bestaande bestand vervangen mag.`,
        2,
      );
    }
    pad = realpathSync(opgegeven);
  }
  controleerMap(dirname(pad), getypt);
  const dubbel = regels.andere?.find((d) => d.pad === pad);
  if (dubbel) {
    const wat =
      dubbel.naam === getypt
        ? `Je noemt ${getypt} twee keer als uitvoerbestand.`
        : `${getypt} en ${dubbel.naam} zijn hetzelfde bestand.`;
    throw new CliFout(`${wat} Geef elk resultaat een eigen naam.`, 2);
  }
  return { naam: getypt, pad, bestaat, overschrijf: regels.overschrijf };
}

function controleerMap(map: string, getypt: string): void {
  let isMap: boolean;
  try {
    isMap = statSync(map).isDirectory();
  } catch (fout) {
    if (systeemcode(fout) === "ENOENT") {
      throw new CliFout(
        `De map ${map} bestaat niet, dus ${getypt} kan daar niet komen. Maak de map eerst aan, of kies een bestaande map.`,
        2,
      );
    }
    throw new CliFout(systeemMelding(fout, "schrijven", `de map ${map}`));
  }
  if (!isMap)
    throw new CliFout(`${map} is een bestand, geen map, dus ${getypt} kan daar niet komen. Controleer het pad.`, 2);
  try {
    accessSync(map, constants.W_OK);
  } catch {
    throw new CliFout(`Je mag niet schrijven in de map ${map}. Kies een andere map voor ${getypt}.`, 2);
  }
}

/** Writes `data` to the checked target through a temporary file beside it; see the module comment. */
export function schrijfVeilig(doel: Doel, data: Uint8Array | string): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const tijdelijk = join(
    dirname(doel.pad),
    `.${basename(doel.pad)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(tijdelijk, "wx", 0o666);
    for (let geschreven = 0; geschreven < bytes.length;)
      geschreven += writeSync(fd, bytes, geschreven, bytes.length - geschreven);
    bewaar(fd);
    closeSync(fd);
    fd = undefined;
    if (doel.bestaat) neemRechtenOver(doel.pad, tijdelijk);
    // The run may have taken a while: a file that appeared meanwhile is still not ours to replace.
    if (!doel.overschrijf && existsSync(doel.pad)) {
      throw new CliFout(
        `${doel.naam} is ontstaan terwijl LVS Analyse werkte en is niet vervangen. Kies een andere naam, of zet --overschrijf erbij.`,
        2,
      );
    }
    renameSync(tijdelijk, doel.pad);
  } catch (fout) {
    if (fd !== undefined) sluitStil(fd);
    verwijderStil(tijdelijk);
    if (fout instanceof CliFout) throw fout;
    const gebleven = doel.bestaat
      ? ` Het bestaande ${doel.naam} is niet veranderd.`
      : " Er is geen half bestand achtergebleven.";
    throw new CliFout(`${systeemMelding(fout, "schrijven", doel.naam)}${gebleven}`);
  }
}

/** On disk before the rename; some network shares cannot fsync, and that is no reason to fail. */
function bewaar(fd: number): void {
  try {
    fsyncSync(fd);
  } catch (fout) {
    if (!["EINVAL", "ENOTSUP", "EPERM"].includes(systeemcode(fout) ?? "")) throw fout;
  }
}

/** A replaced file keeps who may read it. */
function neemRechtenOver(van: string, naar: string): void {
  try {
    chmodSync(naar, statSync(van).mode & 0o7777);
  } catch {
    // Not every file system keeps modes (FAT, some shares): the default rights are fine there.
  }
}

function sluitStil(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already failing: the first error is the one to report.
  }
}

function verwijderStil(pad: string): void {
  try {
    unlinkSync(pad);
  } catch {
    // Never created, or already gone.
  }
}

const SOORTEN: Readonly<Record<string, string>> = {
  ".xlsx": "een werkmap zonder macro's",
  ".xlsm": "een werkmap met macro's",
  ".xltx": "een sjabloon",
  ".xltm": "een sjabloon met macro's",
};

/**
 * The output is the input package plus our additions, so it is the same kind of workbook: its
 * name must say so, or Excel refuses to open it. Checked once the input is read, before any work.
 */
export function controleerExtensie(doel: Doel, invoer: string, extensie: string): void {
  const punt = doel.naam.lastIndexOf(".");
  const gegeven = punt >= 0 ? doel.naam.slice(punt).toLowerCase() : "";
  if (!(gegeven in SOORTEN) || gegeven === extensie) return;
  throw new CliFout(
    `${invoer} is ${SOORTEN[extensie] ?? "een werkmap"} (${extensie}), en het resultaat is dat ook. Excel opent het niet onder de naam ${doel.naam}: geef het uitvoerbestand de extensie ${extensie}, bijvoorbeeld ${doel.naam.slice(0, punt)}${extensie}.`,
    2,
  );
}
