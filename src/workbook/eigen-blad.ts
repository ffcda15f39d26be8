/**
 * Sheets the add-in makes itself (summaries, school overviews): a table block writer, and the rule
 * for their names. A sheet the add-in made earlier is replaced only after the user agreed; a sheet
 * of the user's with that name is never touched and the new sheet gets a numbered name.
 */
import { GRAFIEK_HOOGTE, type Grafiek } from "../core/grafiek";
import type { Blok } from "../core/groep/samenvatting";
import type { Change, PlannedCell, ReadResult, WorkbookPort } from "./port";

export const KOP = { bold: true, fill: "#E8F1E9" } as const;

/** The setting that marks a sheet as the add-in's own, holding what it was made from. */
const EIGEN = "lvs.eigen.";
export const eigenSleutel = (blad: string) => `${EIGEN}${blad}`;

/** Excel allows 31 characters and none of : \ / ? * [ ] in a sheet name. */
export function bladNaam(tekst: string): string {
  return tekst
    .replace(/[:\\/?*[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 31);
}

export function blokCellen(
  blok: Blok,
  kopOpmaak: (kolom: number) => Partial<PlannedCell> = () => ({}),
): (PlannedCell | undefined)[][] {
  return [
    [{ value: blok.titel, bold: true }],
    blok.koppen.map((k, i): PlannedCell => ({ value: k, ...KOP, ...kopOpmaak(i) })),
    ...blok.rijen.map((rij) =>
      rij.map((waarde, i): PlannedCell => ({
        value: waarde,
        ...(blok.notaties?.[i] ? { numberFormat: blok.notaties[i] } : {}),
      })),
    ),
  ];
}

/** `gewenst`, or "gewenst (2)", "(3)" … : the first name no sheet has, within Excel's 31 characters. */
export function vrijeNaam(gewenst: string, namen: readonly string[]): string {
  const basis = bladNaam(gewenst);
  const bezet = new Set(namen.map((n) => n.toLowerCase()));
  let naam = basis;
  for (let n = 2; bezet.has(naam.toLowerCase()); n++) naam = bladNaam(`${basis.slice(0, 26)} (${n})`);
  return naam;
}

export type EigenBlad =
  | { readonly status: "vrij"; readonly naam: string; readonly changes: readonly Change[] }
  | { readonly status: "bevestigen"; readonly naam: string; readonly vraag: string };

/**
 * Where a new sheet of the add-in goes. `bron` says what it was made from, so a summary of another
 * group never replaces this one. The sheets in `ook` are read in the same round trip, for the caller.
 */
export async function eigenBlad(
  port: WorkbookPort,
  gewenst: string,
  bron: string,
  vervangen: boolean | undefined,
  ook: readonly string[] = [],
): Promise<{ readonly plek: EigenBlad; readonly gelezen: ReadResult }> {
  const doel = bladNaam(gewenst);
  const gelezen = await port.read({ sheets: [...ook, doel] });
  const bestaand = gelezen.sheets[ook.length];
  const vanOns = bestaand !== undefined && gelezen.settings[eigenSleutel(bestaand.naam)] === bron;
  if (vanOns && !vervangen) {
    return {
      plek: {
        status: "bevestigen",
        naam: bestaand.naam,
        vraag: `Blad ${bestaand.naam} bestaat al (gemaakt door LVS Analyse). Wil je het vervangen door een nieuwe versie? In Excel kan het vervangen van een blad niet ongedaan worden gemaakt.`,
      },
      gelezen,
    };
  }
  // Only when the name is taken by a sheet of the user's is the list of names needed.
  const naam = bestaand && !vanOns ? vrijeNaam(doel, await port.sheetNames()) : doel;
  const changes: Change[] = [
    ...(vanOns ? [{ kind: "removeSheet", sheet: naam } as const] : []),
    { kind: "addSheet", sheet: naam },
    { kind: "setting", key: eigenSleutel(naam), value: bron },
    // The sheet's title on every printed page, so a loose page still says what it is.
    { kind: "pageSetup", sheet: naam, landscape: true, titleRows: 1 },
  ];
  return { plek: { status: "vrij", naam, changes }, gelezen };
}

/** The names of every sheet the add-in made, so readers of the user's data can skip them. */
export function eigenBladen(settings: Readonly<Record<string, string>>): Set<string> {
  return new Set(
    Object.keys(settings)
      .filter((k) => k.startsWith(EIGEN))
      .map((k) => k.slice(EIGEN.length).toLowerCase()),
  );
}

/** The charts of a sheet the add-in made, each row that holds charts made as tall as they are. */
export function grafiekChanges(naam: string, grafieken: readonly Grafiek[]): Change[] {
  const rijen = [...new Set(grafieken.filter((g) => g.anchor.rijen === 1).map((g) => g.anchor.rij))];
  return [
    ...rijen.map((row): Change => ({ kind: "rowHeight", sheet: naam, row, height: GRAFIEK_HOOGTE })),
    ...grafieken.map((chart): Change => ({ kind: "chart", sheet: naam, chart })),
  ];
}
