/**
 * The command line of a script as data: each script lists its options, and one reader turns the
 * arguments into files and options, with a Dutch message for anything it does not know. A new
 * option is one more line in a script's list.
 */
import { CliFout } from "./fout";

export interface Optie {
  /** With the dashes: "--norm". */
  readonly naam: string;
  /** "vlag": on or off; "waarde": needs a value (`--norm 2F` or `--norm=2F`); "vlagOfWaarde": both (`--json`, `--json=k.json`). */
  readonly soort: "vlag" | "waarde" | "vlagOfWaarde";
  /** An example value for the message when one is missing. */
  readonly voorbeeld?: string;
}

/** What both an existing output and the demo need: the one way to allow replacing a file. */
export const OVERSCHRIJF: Optie = { naam: "--overschrijf", soort: "vlag" };

export interface Argumenten {
  /** The arguments that are not options, in order: files. */
  readonly bestanden: readonly string[];
  vlag(naam: string): boolean;
  /** The option's value; `true` for a vlagOfWaarde given without one; undefined when absent. */
  waarde(naam: string): string | true | undefined;
}

/** Wrong use: the message, then how the command is used. */
export function gebruiksfout(melding: string, gebruik: string): CliFout {
  return new CliFout(`${melding}\n${gebruik}`, 2);
}

/** Reads `args` against a script's `opties`; a mistake throws a gebruiksfout ending in `gebruik`. */
export function leesArgumenten(args: readonly string[], opties: readonly Optie[], gebruik: string): Argumenten {
  const bestanden: string[] = [];
  const gezet = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") bestanden.push(arg);
      continue;
    }
    const is = arg.indexOf("=");
    const naam = is < 0 ? arg : arg.slice(0, is);
    const optie = opties.find((o) => o.naam === naam);
    if (!optie) throw gebruiksfout(`Onbekende optie ${naam}.`, gebruik);
    if (optie.soort === "vlag") {
      if (is >= 0) throw gebruiksfout(`Bij ${naam} hoort geen waarde; schrijf alleen ${naam}.`, gebruik);
      gezet.set(naam, true);
    } else if (is >= 0) {
      gezet.set(naam, arg.slice(is + 1));
    } else if (optie.soort === "vlagOfWaarde") {
      gezet.set(naam, true);
    } else {
      const volgende = args[i + 1];
      if (volgende === undefined || volgende.startsWith("--")) {
        throw gebruiksfout(
          `Bij ${naam} hoort een waarde${optie.voorbeeld ? `, bijvoorbeeld ${naam} ${optie.voorbeeld}` : ""}.`,
          gebruik,
        );
      }
      gezet.set(naam, volgende);
      i++;
    }
  }
  return {
    bestanden,
    vlag: (naam) => gezet.get(naam) === true,
    waarde: (naam) => gezet.get(naam),
  };
}
