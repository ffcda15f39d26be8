/**
 * Failures of the command-line tools as Dutch sentences with an exit code. Every script runs its
 * main through `voerUit`, so whatever goes wrong reaches the user as a message that says what to
 * do, never as a Node stack trace or a library's English text.
 */
import { Gebruikersfout } from "../../src/workbook/gebruikersfout";

/** A refusal or failure the user can act on; `code` 2 for wrong use, 1 for a failure while working. */
export class CliFout extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 1,
  ) {
    super(message);
  }
}

/** Node's system errors carry a code such as ENOENT or ENOSPC. */
export function systeemcode(fout: unknown): string | undefined {
  const code = (fout as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

const SCHIJF_VOL = new Set(["ENOSPC", "EDQUOT", "EFBIG"]);

export function isSchijfVol(fout: unknown): boolean {
  return SCHIJF_VOL.has(systeemcode(fout) ?? "");
}

/**
 * A system error while reading or writing `bestand`, in Dutch. `wat` names the file for the
 * sentence ("het invoerbestand x.xlsx").
 */
export function systeemMelding(
  fout: unknown,
  actie: "lezen" | "schrijven" | "lezen of schrijven",
  wat: string,
): string {
  const code = systeemcode(fout);
  switch (code) {
    case "ENOENT":
      return `${hoofdletter(wat)} bestaat niet.`;
    case "EACCES":
    case "EPERM":
      return actie === "lezen"
        ? `Je hebt geen toestemming om ${wat} te lezen. Kopieer het naar een eigen map of vraag je beheerder om leesrechten.`
        : `Je hebt geen toestemming om ${wat} te schrijven, of het bestand is open in een ander programma (zoals Excel). Sluit het daar, of kies een map waarin je mag schrijven.`;
    case "EBUSY":
      return `${hoofdletter(wat)} is in gebruik door een ander programma (misschien Excel). Sluit het daar en probeer het opnieuw.`;
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return `De schijf is vol: ${wat} past er niet meer op. Maak ruimte vrij of kies een map op een andere schijf, en probeer het opnieuw.`;
    case "EROFS":
      return `${hoofdletter(wat)} staat op een schijf waarop je niet kunt schrijven. Kies een map op een andere schijf.`;
    case "EISDIR":
      return `${hoofdletter(wat)} is een map, geen bestand. Geef de naam van een bestand.`;
    case "ENOTDIR":
      return `In het pad van ${wat} staat een bestand waar een map hoort. Controleer het pad.`;
    case "ENAMETOOLONG":
      return `Het pad van ${wat} is te lang. Kies een kortere naam of een map dichter bij de schijf.`;
    case "EMFILE":
    case "ENFILE":
      return `Er staan te veel bestanden tegelijk open om ${wat} te ${actie}. Sluit andere programma's en probeer het opnieuw.`;
    case "EIO":
      return `De schijf gaf een leesfout of schrijffout bij ${wat}. Controleer de schijf of de netwerkverbinding en probeer het opnieuw.`;
    default:
      return `Het ${actie} van ${wat} lukte niet${code ? ` (systeemcode ${code})` : ""}. Probeer het opnieuw; lukt het weer niet, meld het dan aan je beheerder.`;
  }
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

/** What the user reads for any error: ours as written, the rest in general Dutch words. */
export function meldingVoor(fout: unknown): string {
  if (fout instanceof CliFout || fout instanceof Gebruikersfout) return fout.message;
  if (systeemcode(fout)) return systeemMelding(fout, "lezen of schrijven", "een bestand");
  return "Er ging iets mis in LVS Analyse zelf. Dit is een fout in het programma, niet in jouw bestand: meld het aan je beheerder, met de opdracht die je gaf. (Zet LVS_DEBUG=1 om de technische details te zien.)";
}

/**
 * Runs a script's main and turns every outcome into an exit code and, on failure, one Dutch
 * message on standard error. LVS_DEBUG=1 adds the technical details for whoever fixes a bug.
 */
export function voerUit(main: () => Promise<number>): void {
  const faal = (fout: unknown) => {
    console.error(meldingVoor(fout));
    if (process.env.LVS_DEBUG) console.error(fout);
    process.exitCode = fout instanceof CliFout ? fout.code : 1;
  };
  process.on("uncaughtException", faal);
  process.on("unhandledRejection", faal);
  main().then((code) => {
    process.exitCode = code;
  }, faal);
}
