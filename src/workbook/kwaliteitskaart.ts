/**
 * The kwaliteitskaarten, the groepsanalyse and the instrument cards as sheets. A card is the
 * user's once it exists: the add-in never replaces or clears it. Making it again only fills answer
 * cells that are still empty with what the data now says, and reports what it left alone.
 */
import { isEmpty } from "../core/cell";
import type { Normkeuze } from "../core/groep/kleurplan";
import { maakFormulier, zoekPlek, type FormCel, type Formulier } from "../core/kaart/formulier";
import {
  bestuursgegevens,
  groepsgegevens,
  instrumentGegevens,
  schoolgegevens,
  type Gegevens,
  type SchoolInvoer,
} from "../core/kaart/gegevens";
import { eigenInstrument, instrumentSjabloon, INSTRUMENTEN, kaart, type Sjabloon } from "../core/kaart/sjabloon";
import { leesHartEnHanden, type HartEnHanden } from "../core/school/hartenhanden";
import { schoolcijfers, type Schoolcijfers } from "../core/school/cijfers";
import { INSTELLINGEN_BLAD, leesInstellingen } from "../core/school/instellingen";
import { eigenSleutel, vrijeNaam } from "./eigen-blad";
import { bereidVoor, NORMEN_BLAD, nietIepTekst } from "./kleuring";
import type { Change, PlannedCell, WorkbookPort } from "./port";
import { leesSchool, schoolbron } from "./school";

/** A card's id in src/data/kwaliteitskaarten.json ("leerkracht", "ib", …). */
export type KaartSoort = string;

export interface KaartVerzoek {
  readonly kaarten: readonly KaartSoort[];
  /** Ids from instrumenten.json. */
  readonly instrumenten?: readonly string[];
  /** An instrument of the school's own handbook, by name. */
  readonly eigenInstrument?: string;
  /** The group sheet for the leerkracht card and the groepsanalyse. */
  readonly blad?: string;
  readonly norm: Normkeuze;
  /** dd-mm-jjjj, written in the Datum field of a new card. */
  readonly datum: string;
}

export interface KaartResultaat {
  readonly status: "gemaakt" | "aangevuld" | "geenGegevens";
  readonly blad: string;
  readonly tekst: string;
}

function naarCel(cel: FormCel): PlannedCell {
  return {
    value: cel.waarde,
    ...(cel.notatie ? { numberFormat: cel.notatie } : {}),
    ...(cel.vet ? { bold: true } : {}),
    ...(cel.cursief ? { italic: true } : {}),
    ...(cel.achtergrond ? { fill: cel.achtergrond } : {}),
    ...(cel.tekstkleur ? { fontColor: cel.tekstkleur } : {}),
    ...(cel.omlijnd ? { border: true } : {}),
    ...(cel.terugloop ? { wrap: true } : {}),
  };
}

/**
 * A new card sheet: values, merged answer areas, dropdowns, the action tables, widths, heights, A4;
 * `koptekst` in the header of every printed page.
 */
export function formulierChanges(f: Formulier, naam: string, koptekst?: string): Change[] {
  return [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: f.cellen.map((r) => Array.from(r, (c) => (c ? naarCel(c) : undefined))),
    },
    ...f.samenvoegingen.map((range): Change => ({ kind: "merge", sheet: naam, range })),
    ...f.keuzelijsten.map((k): Change => ({ kind: "validation", sheet: naam, range: k.bereik, choices: k.keuzes })),
    ...f.tabellen.map((t): Change => ({
      kind: "table",
      sheet: naam,
      range: t.bereik,
      name: t.naam,
      headers: t.koppen,
    })),
    ...f.breedtes.map((width, col): Change => ({ kind: "columnWidth", sheet: naam, col, width })),
    ...f.hoogtes.map((h): Change => ({ kind: "rowHeight", sheet: naam, row: h.rij, height: h.hoogte })),
    {
      kind: "pageSetup",
      sheet: naam,
      landscape: false,
      titleRows: f.titelRijen,
      ...(koptekst !== undefined ? { header: koptekst } : {}),
    },
  ];
}

/**
 * Fills the empty answer cells of an existing card with the values `f` has for them. A cell the
 * user wrote in is left as it is, even when the data now says something else.
 */
export function aanvullen(
  f: Formulier,
  naam: string,
  cellen: Parameters<typeof zoekPlek>[0],
): { changes: Change[]; aangevuld: number; behouden: number; ontbreekt: number } {
  const changes: Change[] = [];
  const bronnen = new Map<string, { rij: number; kolom: number; teksten: Set<string> }>();
  let aangevuld = 0;
  let behouden = 0;
  let ontbreekt = 0;
  for (const plek of f.plekken) {
    const gevonden = zoekPlek(cellen, f.secties, plek);
    if (!gevonden) {
      ontbreekt++;
      continue;
    }
    const huidig = cellen[gevonden.rij]?.[gevonden.kolom];
    if (!isEmpty(huidig ?? null)) {
      if (huidig !== plek.vulling.waarde) behouden++;
      continue;
    }
    aangevuld++;
    changes.push({
      kind: "cells",
      sheet: naam,
      row: gevonden.rij,
      col: gevonden.kolom,
      cells: [
        [{ value: plek.vulling.waarde, ...(plek.vulling.notatie ? { numberFormat: plek.vulling.notatie } : {}) }],
      ],
    });
    if (
      gevonden.bronKolom !== undefined &&
      plek.vulling.bron &&
      isEmpty(cellen[gevonden.rij]?.[gevonden.bronKolom] ?? null)
    ) {
      const key = `${gevonden.rij}:${gevonden.bronKolom}`;
      const bron = bronnen.get(key) ?? { rij: gevonden.rij, kolom: gevonden.bronKolom, teksten: new Set<string>() };
      bron.teksten.add(plek.vulling.bron);
      bronnen.set(key, bron);
    }
  }
  for (const b of bronnen.values()) {
    changes.push({
      kind: "cells",
      sheet: naam,
      row: b.rij,
      col: b.kolom,
      cells: [[{ value: [...b.teksten].join("; "), italic: true, fontColor: "#6B6B6B", wrap: true }]],
    });
  }
  return { changes, aangevuld, behouden, ontbreekt };
}

/** The card's sheet: the one made earlier from the same source, or the first free name. */
async function plaats(port: WorkbookPort, gewenst: string, bron: string): Promise<{ naam: string; bestaat: boolean }> {
  const { settings } = await port.read({ sheets: [] });
  const namen = await port.sheetNames();
  const eerder = namen.find((n) => settings[eigenSleutel(n)] === bron);
  if (eerder) return { naam: eerder, bestaat: true };
  return { naam: vrijeNaam(gewenst, namen), bestaat: false };
}

/** Writes one card: new, or filled up where the user left cells empty. */
async function schrijfKaart(
  port: WorkbookPort,
  sjabloon: Sjabloon,
  bron: string,
  gegevens: Gegevens,
): Promise<KaartResultaat> {
  const { naam, bestaat } = await plaats(port, sjabloon.blad, bron);
  if (!bestaat) {
    const formulier = maakFormulier(sjabloon, gegevens, naam);
    await port.apply([
      { kind: "addSheet", sheet: naam },
      // The same register as the add-in's other sheets, so readers of overviews skip the cards.
      { kind: "setting", key: eigenSleutel(naam), value: bron },
      ...formulierChanges(formulier, naam),
    ]);
    const ingevuld = formulier.plekken.length;
    return {
      status: "gemaakt",
      blad: naam,
      tekst: `Blad ${naam} gemaakt${ingevuld > 0 ? `, met ${ingevuld} ${ingevuld === 1 ? "waarde" : "waarden"} uit de werkmap al ingevuld` : ""}.`,
    };
  }
  const { sheets } = await port.read({ sheets: [naam] });
  const formulier = maakFormulier(sjabloon, gegevens, naam);
  const r = aanvullen(formulier, naam, sheets[0]?.cellen ?? []);
  if (r.changes.length > 0) await port.apply(r.changes);
  const delen = [
    r.aangevuld > 0 ? `${r.aangevuld} lege ${r.aangevuld === 1 ? "cel" : "cellen"} aangevuld` : "niets aan te vullen",
    ...(r.behouden > 0 ? [`${r.behouden} ${r.behouden === 1 ? "cel" : "cellen"} met jouw tekst niet aangeraakt`] : []),
    ...(r.ontbreekt > 0
      ? [
          `${r.ontbreekt} ${r.ontbreekt === 1 ? "waarde" : "waarden"} niet geplaatst omdat de rij of kolom er niet meer is`,
        ]
      : []),
  ];
  return { status: "aangevuld", blad: naam, tekst: `Blad ${naam} bestond al: ${delen.join("; ")}.` };
}

export async function groepGegevens(
  port: WorkbookPort,
  blad: string,
  norm: Normkeuze,
  datum: string,
): Promise<Gegevens | string> {
  const { sheets, settings } = await port.read({ sheets: [blad, NORMEN_BLAD, INSTELLINGEN_BLAD] });
  const [groep, normen, instellingen] = sheets;
  if (!groep) return `Blad ${blad} bestaat niet.`;
  const voorbereid = bereidVoor(groep, normen, settings, { norm });
  if (!voorbereid.indeling)
    return `Op blad ${groep.naam} vindt LVS Analyse geen overzicht met scores; kies een groepsblad voor de kaart van de leerkracht en de groepsanalyse.`;
  if (!voorbereid.schaal.iep) return nietIepTekst(groep.naam, voorbereid.schaal);
  const school = instellingen ? leesInstellingen(instellingen.cellen).naam : undefined;
  return groepsgegevens({
    blad: groep.naam,
    uitkomsten: voorbereid.plan.uitkomsten,
    norm,
    datum,
    ...(school ? { school } : {}),
  });
}

/** Everything the school-level cards read, in one pass over the workbook. */
export async function schoolInvoer(
  port: WorkbookPort,
  norm: Normkeuze,
  datum: string,
  naam?: string,
): Promise<SchoolInvoer> {
  const bron = await leesSchool(port, norm);
  const hartEnHanden = bron.bladen
    .map((b) => leesHartEnHanden(b.cellen))
    .filter((h): h is HartEnHanden => h !== undefined);
  return { ...schoolbron(bron, norm, naam), datum, ...(hartEnHanden.length > 0 ? { hartEnHanden } : {}) };
}

/** Makes (or fills up) the cards asked for, in the order of the request. */
export async function maakKaarten(port: WorkbookPort, verzoek: KaartVerzoek): Promise<KaartResultaat[]> {
  const resultaten: KaartResultaat[] = [];
  let school: SchoolInvoer | undefined;
  let schoolCijfers: Gegevens | undefined;
  const schoolData = async () => (school ??= await schoolInvoer(port, verzoek.norm, verzoek.datum));
  // The IB card, the beleid card and every instrument card share the same school figures: computed once.
  let cijfers: Schoolcijfers | undefined;
  const figuren = async () => (cijfers ??= schoolcijfers(await schoolData()));
  const schoolGegevens = async () => (schoolCijfers ??= schoolgegevens(await schoolData(), await figuren()));

  for (const soort of verzoek.kaarten) {
    const sjabloon = kaart(soort);
    if (!sjabloon) {
      resultaten.push({ status: "geenGegevens", blad: "", tekst: `LVS Analyse kent geen kaart "${soort}".` });
      continue;
    }
    if (sjabloon.niveau === "groep") {
      if (!verzoek.blad) {
        resultaten.push({
          status: "geenGegevens",
          blad: "",
          tekst: `Voor ${sjabloon.blad} is een groepsblad nodig: kies eerst het blad van de groep.`,
        });
        continue;
      }
      const gegevens = await groepGegevens(port, verzoek.blad, verzoek.norm, verzoek.datum);
      if (typeof gegevens === "string") {
        resultaten.push({ status: "geenGegevens", blad: verzoek.blad, tekst: gegevens });
        continue;
      }
      resultaten.push(await schrijfKaart(port, sjabloon, `kaart:${soort}:${verzoek.blad}`, gegevens));
    } else if (sjabloon.niveau === "school") {
      resultaten.push(await schrijfKaart(port, sjabloon, `kaart:${soort}`, await schoolGegevens()));
    } else {
      const invoer = await schoolData();
      const naam = invoer.instellingen.naam ?? "deze school";
      resultaten.push(
        await schrijfKaart(
          port,
          sjabloon,
          `kaart:${soort}`,
          bestuursgegevens([{ naam, invoer, cijfers: await figuren() }], verzoek.datum),
        ),
      );
    }
  }

  const instrumenten = [
    ...(verzoek.instrumenten ?? []).map((id) => INSTRUMENTEN.find((i) => i.id === id)).filter((i) => i !== undefined),
    ...(verzoek.eigenInstrument?.trim() ? [eigenInstrument(verzoek.eigenInstrument.trim())] : []),
  ];
  for (const instrument of instrumenten) {
    const gegevens = instrumentGegevens(instrument, await schoolGegevens());
    resultaten.push(
      await schrijfKaart(port, instrumentSjabloon(instrument), `kaart:instrument:${instrument.id}`, gegevens),
    );
  }
  return resultaten;
}

/** The board card over several schools' workbooks, written into a new one (scripts/bestuur.ts). */
export async function maakBeleidskaart(
  port: WorkbookPort,
  scholen: Parameters<typeof bestuursgegevens>[0],
  datum: string,
): Promise<KaartResultaat> {
  return schrijfKaart(port, kaart("beleid")!, "kaart:beleid", bestuursgegevens(scholen, datum));
}

/** Today as dd-mm-jjjj. */
export function vandaag(nu = new Date()): string {
  const twee = (n: number) => String(n).padStart(2, "0");
  return `${twee(nu.getDate())}-${twee(nu.getMonth() + 1)}-${nu.getFullYear()}`;
}
