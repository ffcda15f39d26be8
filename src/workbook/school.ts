/**
 * The school overviews as sheets of their own: Schoolinstellingen (entered once), Dwarsdoorsnede,
 * Trendanalyse, Eindresultaten, Hart en handen and Bestuursoverzicht. They read every overview in
 * the workbook; when some hold several school years (an export), only those count, so no afname
 * is counted twice. The figures come from src/core/school/cijfers.ts, the layouts from
 * schoolbladen.ts; this file reads the workbook and writes the sheets.
 */
import type { CellValue } from "../core/cell";
import type { Normkeuze, Uitkomst } from "../core/groep/kleurplan";
import { leesNormtabel, type Normtabel } from "../core/normtabel";
import { citoVoorSchool, leesCitoResultaten, type BestuursIndicator } from "../core/school/bestuur";
import { schoolcijfers, type Schoolbron, type Schoolcijfers } from "../core/school/cijfers";
import { leesHartEnHanden } from "../core/school/hartenhanden";
import { leesLeerrendementen } from "../core/school/leerrendementen";
import { INSTELLINGEN_BLAD, leesInstellingen, VELDEN, type SchoolInstellingen } from "../core/school/instellingen";
import { eigenBlad, eigenBladen } from "./eigen-blad";
import { bereidVoor, indelingSleutel, NORMEN_BLAD } from "./kleuring";
import type { Change, PlannedCell, SheetRead, WorkbookPort } from "./port";
import {
  bestuurInhoud,
  dwarsdoorsnedeInhoud,
  eindInhoud,
  hartEnHandenInhoud,
  leerrendementInhoud,
  trendInhoud,
} from "./schoolbladen";

export { bestuurInhoud, dwarsdoorsnedeInhoud, eindInhoud, hartEnHandenInhoud, trendInhoud } from "./schoolbladen";

export const CITO_BLAD = "Cito-resultaten";
const BRON = "school";

export interface SchoolBron {
  readonly afnames: readonly Uitkomst[];
  readonly bronnen: readonly string[];
  readonly instellingen: SchoolInstellingen;
  readonly bladen: readonly SheetRead[];
  readonly normen?: Normtabel;
}

/**
 * What one sheet holds for the school, kept while the sheet, its Normen and its mapping stay the
 * same: the file adapter hands out the same grid until the sheet changes, so a second action in a
 * row does not colour a large export again.
 */
const perBlad = new WeakMap<
  readonly (readonly CellValue[])[],
  { sleutel: string; normen: unknown; uitkomst: ReturnType<typeof bereidVoor> }
>();

function bereidVoorBewaard(
  blad: SheetRead,
  normen: SheetRead | undefined,
  settings: Readonly<Record<string, string>>,
  norm: Normkeuze,
) {
  const sleutel = `${norm}\u0000${settings[indelingSleutel(blad.naam)] ?? ""}`;
  const eerder = perBlad.get(blad.cellen);
  if (eerder && eerder.sleutel === sleutel && eerder.normen === normen?.cellen) return eerder.uitkomst;
  const uitkomst = bereidVoor(blad, normen, settings, { norm });
  perBlad.set(blad.cellen, { sleutel, normen: normen?.cellen, uitkomst });
  return uitkomst;
}

/** Every afname of the school, coloured on `norm`, from the overviews in the workbook. */
export async function leesSchool(port: WorkbookPort, norm: Normkeuze): Promise<SchoolBron> {
  const namen = await port.sheetNames();
  const { sheets, settings } = await port.read({ sheets: namen });
  const bladen = sheets.filter((s): s is SheetRead => s !== undefined);
  const eigen = eigenBladen(settings);
  const normen = bladen.find((s) => s.naam.toLowerCase() === NORMEN_BLAD.toLowerCase());
  const instellingenBlad = bladen.find((s) => s.naam.toLowerCase() === INSTELLINGEN_BLAD.toLowerCase());
  const kandidaten = bladen
    .filter((s) => s !== normen && s !== instellingenBlad && !eigen.has(s.naam.toLowerCase()))
    .flatMap((blad) => {
      const groep = bereidVoorBewaard(blad, normen, settings, norm);
      // A sheet of other scores (Cito, percentages) is no source of IEP figures.
      if (!groep.indeling || !groep.schaal.iep) return [];
      const metJaar = groep.plan.alleAfnames.some((u) => u.schooljaar);
      return [{ naam: blad.naam, metJaar, afnames: groep.plan.alleAfnames }];
    });
  // An export with school years holds the group sheets' afnames too: take one kind, never both.
  const gekozen = kandidaten.some((k) => k.metJaar) ? kandidaten.filter((k) => k.metJaar) : kandidaten;
  return {
    afnames: gekozen.flatMap((k) => k.afnames),
    bronnen: gekozen.map((k) => k.naam),
    instellingen: instellingenBlad ? leesInstellingen(instellingenBlad.cellen) : {},
    // The user's sheets only: an overview the add-in made (Hart en handen – …) is no source.
    bladen: bladen.filter((s) => !eigen.has(s.naam.toLowerCase())),
    ...(normen ? { normen: leesNormtabel(normen.cellen) } : {}),
  };
}

/** The school's Cito indicator, matched on its name; a second spelling is reported, not silently used. */
export function citoVan(bron: SchoolBron, naam: string): { indicator?: BestuursIndicator; melding?: string } {
  const cito = bron.bladen.find((b) => b.naam.toLowerCase() === CITO_BLAD.toLowerCase());
  return cito ? citoVoorSchool(leesCitoResultaten(cito.cellen, naam), naam) : {};
}

/** What the figures of one school are computed from: its overviews, settings, Normen and Cito results. */
export function schoolbron(
  bron: SchoolBron,
  norm: Normkeuze,
  naam = bron.instellingen.naam ?? "deze school",
): Schoolbron {
  const { indicator, melding } = citoVan(bron, naam);
  const leerrendement = bron.bladen
    .map((b) => leesLeerrendementen(b.cellen))
    .find((r) => r !== undefined && r.length > 0);
  return {
    afnames: bron.afnames,
    bronnen: bron.bronnen,
    instellingen: bron.instellingen,
    norm,
    ...(bron.normen ? { normen: bron.normen } : {}),
    ...(indicator ? { cito: indicator } : {}),
    ...(melding ? { meldingen: [melding] } : {}),
    ...(leerrendement ? { leerrendement } : {}),
  };
}

export type SchoolResultaat = {
  readonly status: "klaar" | "bevestigen" | "geenGegevens";
  readonly blad: string;
  readonly tekst: string;
};

export async function maakSchoolinstellingen(port: WorkbookPort): Promise<SchoolResultaat> {
  const { sheets } = await port.read({ sheets: [INSTELLINGEN_BLAD] });
  if (sheets[0])
    return {
      status: "klaar",
      blad: sheets[0].naam,
      tekst: `Blad ${sheets[0].naam} bestaat al; vul daar de ambities en de signaleringswaarde in.`,
    };
  const cellen: (PlannedCell | undefined)[][] = [
    [{ value: "Instellingen van de school", bold: true }],
    [{ value: "Vul kolom B in. De schooloverzichten van LVS Analyse lezen deze waarden.", italic: true }],
    [],
    ...VELDEN.map((v) => [{ value: v.label, bold: true }, { value: null, fill: "#FFF4CE" }, { value: v.uitleg }]),
  ];
  await port.apply([
    { kind: "addSheet", sheet: INSTELLINGEN_BLAD },
    { kind: "cells", sheet: INSTELLINGEN_BLAD, row: 0, col: 0, cells: cellen },
    { kind: "columnWidth", sheet: INSTELLINGEN_BLAD, col: 0, width: 36 },
    { kind: "columnWidth", sheet: INSTELLINGEN_BLAD, col: 1, width: 18 },
    { kind: "columnWidth", sheet: INSTELLINGEN_BLAD, col: 2, width: 90 },
  ]);
  return {
    status: "klaar",
    blad: INSTELLINGEN_BLAD,
    tekst: `Blad ${INSTELLINGEN_BLAD} gemaakt: vul de naam van de school, de ambities en de signaleringswaarde voor 2F/1S in (gele cellen).`,
  };
}

/** One school as the board sees it: its own overviews and, where it has Cito results, the indicator. */
export async function schoolVoorBestuur(port: WorkbookPort, norm: Normkeuze, standaardNaam: string) {
  const bron = await leesSchool(port, norm);
  const naam = bron.instellingen.naam ?? standaardNaam;
  const cijfers = schoolcijfers(schoolbron(bron, norm, naam));
  return { naam, bron, cijfers, ...(cijfers.cito ? { indicator: cijfers.cito } : {}) };
}

/** Writes the board view of several schools into a workbook (a new one, outside Excel). */
export async function maakBestuursoverzicht(
  port: WorkbookPort,
  scholen: readonly { readonly naam: string; readonly cijfers: Schoolcijfers }[],
  norm: Normkeuze,
): Promise<SchoolResultaat> {
  return schrijf(port, "Bestuursoverzicht", true, (naam) => bestuurInhoud(scholen, norm, naam));
}

/** Makes (or, after a yes, replaces) one overview sheet of the add-in and fills it. */
async function schrijf(
  port: WorkbookPort,
  titel: string,
  vervangen: boolean | undefined,
  inhoud: (naam: string) => Change[],
): Promise<SchoolResultaat> {
  const { plek } = await eigenBlad(port, titel, BRON, vervangen);
  if (plek.status === "bevestigen") return { status: "bevestigen", blad: plek.naam, tekst: plek.vraag };
  await port.apply([...plek.changes, ...inhoud(plek.naam)]);
  return { status: "klaar", blad: plek.naam, tekst: `Blad ${plek.naam} gemaakt.` };
}

export interface SchoolVerzoek {
  readonly norm: Normkeuze;
  readonly vervangen?: boolean;
}

/** Dwarsdoorsnede, Trendanalyse and Eindresultaten, plus Hart en handen and the board view where the workbook has their data. */
export async function maakSchooloverzichten(port: WorkbookPort, verzoek: SchoolVerzoek): Promise<SchoolResultaat[]> {
  const bron = await leesSchool(port, verzoek.norm);
  if (bron.afnames.length === 0) {
    return [
      {
        status: "geenGegevens",
        blad: "",
        tekst:
          "LVS Analyse vindt in deze werkmap geen overzichten met scores om de school mee te bekijken. Open de werkmap met de bladen van de groepen, of een export uit IEP LVS.",
      },
    ];
  }
  // One set of figures for every sheet: no sheet counts anything a second time.
  const cijfers = schoolcijfers(schoolbron(bron, verzoek.norm));
  const resultaten = [
    await schrijf(port, "Dwarsdoorsnede", verzoek.vervangen, (naam) => dwarsdoorsnedeInhoud(cijfers, naam)),
    await schrijf(port, "Trendanalyse", verzoek.vervangen, (naam) => trendInhoud(cijfers, naam)),
    await schrijf(port, "Eindresultaten", verzoek.vervangen, (naam) => eindInhoud(cijfers, naam)),
  ];
  for (const blad of bron.bladen.filter((b) => leesHartEnHanden(b.cellen))) {
    const deel = blad.naam
      .replace(/hart\s*(en|&)\s*handen/i, "")
      .replace(/^[\s–-]+/, "")
      .trim();
    const titel = deel ? `Hart en handen – ${deel}` : "Hart en handen";
    resultaten.push(
      await schrijf(port, titel, verzoek.vervangen, (naam) => hartEnHandenInhoud(blad.cellen, blad.naam, naam)!),
    );
  }
  if (cijfers.leerrendement)
    resultaten.push(
      await schrijf(port, "Leerrendement – signalen", verzoek.vervangen, (naam) => leerrendementInhoud(cijfers, naam)),
    );
  if (bron.bladen.some((b) => b.naam.toLowerCase() === CITO_BLAD.toLowerCase())) {
    resultaten.push(
      await schrijf(port, "Bestuursoverzicht", verzoek.vervangen, (naam) =>
        bestuurInhoud([{ naam: cijfers.naam, cijfers }], verzoek.norm, naam),
      ),
    );
  }
  return resultaten;
}
