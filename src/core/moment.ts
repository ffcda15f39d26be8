/**
 * Moments of afname. IEP counts half years: "3a" is midden groep 3 (januari/februari), "3b" eind
 * groep 3 (juni). Cito LOVS names the same moments M3 and E3, and has B8 (begin groep 8) as well,
 * which only its own tables use.
 */
import { labelKey, readLabel, type CellValue } from "./cell";
import { fout, type LvsError } from "./errors";
import { onthoud } from "./onthoud";

export const MOMENTEN = ["3a", "3b", "4a", "4b", "5a", "5b", "6a", "6b", "7a", "7b", "8a", "8b"] as const;
export type Moment = (typeof MOMENTEN)[number];

export const CITO_MOMENTEN = ["M3", "E3", "M4", "E4", "M5", "E5", "M6", "E6", "M7", "E7", "B8", "M8", "E8"] as const;
export type CitoMoment = (typeof CITO_MOMENTEN)[number];

const IEP = /^([3-8]) ?([ab])$/;
const CITO = /^([mebMEB]) ?([3-8])$/;

/** Half years since the start of groep 3: 3a = 1 … 8b = 12. */
export function halfjaren(moment: Moment): number {
  return MOMENTEN.indexOf(moment) + 1;
}

export function leerjaar(moment: Moment): number {
  return Number(moment[0]);
}

export function toCito(moment: Moment): CitoMoment {
  return `${moment[1] === "a" ? "M" : "E"}${moment[0]}` as CitoMoment;
}

type Parsed = { moment: Moment } | { b8: true } | undefined;

const parse: (label: string) => Parsed = onthoud(leesLabel);

function leesLabel(label: string): Parsed {
  const key = labelKey(label);
  const iep = IEP.exec(key);
  if (iep) return { moment: `${iep[1]}${iep[2]}` as Moment };
  const cito = CITO.exec(key);
  if (!cito) return undefined;
  const [, kind, groep] = cito;
  if (kind === "b") return groep === "8" ? { b8: true } : undefined;
  return { moment: `${groep}${kind === "m" ? "a" : "b"}` as Moment };
}

/** An IEP moment; B8 is refused here because only the Cito tables know it. */
export function readMoment(value: CellValue, naam: string): Moment | LvsError {
  const label = readLabel(value, naam);
  if (typeof label !== "string") return fout("unknownMoment", { naam, waarde: value });
  const parsed = parse(label);
  if (parsed === undefined) return fout("unknownMoment", { naam, waarde: value });
  if ("b8" in parsed) return fout("b8OnlyInSignalering", { naam });
  return parsed.moment;
}

/** A Cito moment (M3 … E8 and B8); IEP labels are accepted and translated. */
export function readCitoMoment(value: CellValue, naam: string): CitoMoment | LvsError {
  const label = readLabel(value, naam);
  if (typeof label !== "string") return fout("unknownCitoMoment", { naam, waarde: value });
  const parsed = parse(label);
  if (parsed === undefined) return fout("unknownCitoMoment", { naam, waarde: value });
  return "b8" in parsed ? "B8" : toCito(parsed.moment);
}

/** Reads a moment label from a table's first column without producing errors. */
export function momentFromLabel(value: CellValue): Moment | undefined {
  if (typeof value !== "string") return undefined;
  const parsed = parse(value);
  return parsed && "moment" in parsed ? parsed.moment : undefined;
}
