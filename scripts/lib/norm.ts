/** The --norm option of analyse and bestuur: the norms of the registry, or geen; 2F/1S when left out. */
import type { Normkeuze } from "../../src/core/groep/kleurplan";
import { readNorm } from "../../src/core/norm";
import { GEEN_NORM, NORMNAMEN } from "../../src/core/normregister";
import { gebruiksfout, type Optie } from "./argumenten";

export const NORM_OPTIE: Optie = { naam: "--norm", soort: "waarde", voorbeeld: NORMNAMEN[0]! };

/** For the usage line: "2F/1S|1F|landelijk|schoolweging|geen". */
export const NORM_KEUZES = [...NORMNAMEN, GEEN_NORM].join("|");

export function leesNormOptie(waarde: string | true | undefined, gebruik: string): Normkeuze {
  if (waarde === undefined) return NORMNAMEN[0]!;
  const norm = typeof waarde === "string" ? readNorm(waarde) : undefined;
  if (!norm?.basis || norm.vaardigheid)
    throw gebruiksfout(
      `Onbekende norm "${typeof waarde === "string" ? waarde : ""}". Kies ${NORM_KEUZES.split("|").join(", ")}.`,
      gebruik,
    );
  return norm.basis;
}
