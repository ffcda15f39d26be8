/**
 * The IEP toetsen: half-year toetsen 3a–6b with a lowest and highest possible score, and the
 * reference-level toetsen (1F, 2F/1S, 3F) including those named by the span they measure.
 */
import toetsData from "../data/iep-toetsen.json";
import { readLabel, type CellValue } from "./cell";
import { fout, type LvsError } from "./errors";

export const HALFJAARTOETSEN = ["3a", "3b", "4a", "4b", "5a", "5b", "6a", "6b"] as const;
export type Halfjaartoets = (typeof HALFJAARTOETSEN)[number];

/** The reference levels as users write them, lowest first: 2F (taal) and 1S (rekenen) share the 2F/1S threshold. */
export const REFERENTIENIVEAUS = ["1F", "2F", "1S", "2F/1S", "3F"] as const;
export type Referentieniveau = (typeof REFERENTIENIVEAUS)[number];

export interface Halfjaar {
  readonly soort: "halfjaar";
  readonly label: Halfjaartoets;
  readonly laagste: number;
  readonly drempelwaarde: number;
  readonly hoogste: number;
  /** What NIVEAU shows between the lowest score and the threshold, made once. */
  readonly opWeg: string;
}

export interface NiveauDrempel {
  readonly label: Referentieniveau;
  readonly drempelwaarde: number;
}

export interface Referentietoets {
  readonly soort: "referentieniveau";
  readonly label: string;
  /** The levels the toets can show, lowest first. */
  readonly niveaus: readonly NiveauDrempel[];
}

export type Toets = Halfjaar | Referentietoets;

const REFERENTIE_ALIASES: Record<string, Referentieniveau> = {
  "1f": "1F",
  "2f": "2F",
  "1s": "1S",
  "2f/1s": "2F/1S",
  "1s/2f": "2F/1S",
  "3f": "3F",
};

/** The line a reference level belongs to: 2F (taal) and 1S (rekenen) share the 2F/1S line and threshold. */
export function referentieLijn(niveau: Referentieniveau): "1F" | "2F/1S" | "3F" {
  return niveau === "2F" || niveau === "1S" ? "2F/1S" : niveau;
}

export function referentieDrempel(niveau: Referentieniveau): number {
  return toetsData.referentieniveaus[referentieLijn(niveau)];
}

export function readReferentieniveau(text: string): Referentieniveau | undefined {
  return REFERENTIE_ALIASES[compactKey(text)];
}

function niveauDrempel(label: Referentieniveau): NiveauDrempel {
  return { label, drempelwaarde: referentieDrempel(label) };
}

const SPANS: Record<string, Referentietoets> = Object.fromEntries(
  Object.entries(toetsData.referentieniveautoetsen).map(([label, niveaus]) => [
    compactKey(label),
    { soort: "referentieniveau", label, niveaus: (niveaus as Referentieniveau[]).map(niveauDrempel) },
  ]),
);

/** Spaces dropped and every kind of dash made a hyphen: "1F – 2F" and "1f-2f" are one toets. */
function compactKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\s\u00a0]+/g, "");
}

const HALFJAAR: Readonly<Record<Halfjaartoets, Halfjaar>> = Object.fromEntries(
  HALFJAARTOETSEN.map((label) => [
    label,
    { soort: "halfjaar", label, ...toetsData.halfjaartoetsen[label], opWeg: `op weg naar ${label}` },
  ]),
) as Record<Halfjaartoets, Halfjaar>;

export function halfjaartoets(label: Halfjaartoets): Halfjaar {
  return HALFJAAR[label];
}

export function readToets(value: CellValue, naam = "toets"): Toets | LvsError {
  const label = readLabel(value, naam);
  if (typeof label !== "string") return fout("unknownToets", { waarde: value });
  const key = compactKey(label);
  if ((HALFJAARTOETSEN as readonly string[]).includes(key)) return halfjaartoets(key as Halfjaartoets);
  const niveau = REFERENTIE_ALIASES[key];
  if (niveau) return { soort: "referentieniveau", label: niveau, niveaus: [niveauDrempel(niveau)] };
  return SPANS[key] ?? fout("unknownToets", { waarde: value });
}
