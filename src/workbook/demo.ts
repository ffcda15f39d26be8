/**
 * The demo workbook: the fictional school as an IB'er would keep it, so the add-in can be tried
 * without pupil data. Group sheets in different layouts (one and two header rows, midden/eind
 * headers in the combination group), odd cells as real overviews have them, and a long export of
 * six school years.
 */
import type { CellValue } from "../core/cell";
import {
  DEMO_SCHOOL,
  HUIDIG_SCHOOLJAAR,
  maakDemoSchool,
  vaardighedenIn,
  type DemoAfname,
  type DemoGroep,
  type DemoSchool,
} from "../core/demo/school";
import { VRAGENLIJSTEN } from "../core/school/hartenhanden";
import { INSTELLINGEN_BLAD, VELDEN } from "../core/school/instellingen";
import { KAARTEN, INSTRUMENTEN as KAART_INSTRUMENTEN } from "../core/kaart/sjabloon";
import { maakGroepsoverzicht } from "./groepsoverzicht";
import { kleurGroep } from "./kleuring";
import { maakKaarten } from "./kwaliteitskaart";
import { maakNormenblad } from "./normenblad";
import { CITO_BLAD, maakSchooloverzichten } from "./school";
import type { Vaardigheid } from "../core/overzicht/vaardigheid";
import type { Change, PlannedCell, WorkbookPort } from "./port";

const KOP: Partial<PlannedCell> = { bold: true, fill: "#DDEBF7" };
const NAAM: Record<Vaardigheid, string> = {
  rekenen: "Rekenen",
  lezen: "Begrijpend lezen",
  taalverzorging: "Taalverzorging",
  "technisch lezen": "Technisch lezen",
  woordenschat: "Woordenschat",
};

const cel = (value: CellValue, extra: Partial<PlannedCell> = {}): PlannedCell => ({ value, ...extra });

function scoreVan(
  afnames: readonly DemoAfname[],
  leerling: string,
  vaardigheid: Vaardigheid,
  moment: string,
): number | undefined {
  return afnames.find(
    (a) =>
      a.leerling === leerling &&
      a.vaardigheid === vaardigheid &&
      a.moment === moment &&
      a.schooljaar === HUIDIG_SCHOOLJAAR,
  )?.score;
}

/** One group sheet. Layout varies on purpose: that is what the reader must cope with. */
function groepsblad(groep: DemoGroep, afnames: readonly DemoAfname[], index: number): Change[] {
  const blad = groep.naam;
  const combinatie = groep.leerlingen.some((l) => l.leerjaar !== groep.leerjaar);
  const tweeRegels = !combinatie && index % 2 === 0;
  const vaardigheden = vaardighedenIn(Math.max(...groep.leerlingen.map((l) => l.leerjaar)));
  const changes: Change[] = [{ kind: "addSheet", sheet: blad }];
  const titel = [
    [cel(`${blad} – IEP-resultaten ${HUIDIG_SCHOOLJAAR}`, { bold: true })],
    [cel(`${DEMO_SCHOOL} (fictief)`, { italic: true })],
  ];
  changes.push({ kind: "cells", sheet: blad, row: 0, col: 0, cells: titel });

  const vast = combinatie ? ["Leerling", "Leerjaar"] : ["Leerling"];
  const kopRij = tweeRegels ? 4 : 3;
  const rijen: (PlannedCell | undefined)[][] = [];
  // Merged after the values are in: writing into a merged cell would write into its top-left.
  const samenvoegen: Change[] = [];
  if (tweeRegels) {
    const boven: (PlannedCell | undefined)[] = vast.map((k) => cel(k, KOP));
    const onder: (PlannedCell | undefined)[] = vast.map(() => cel(null, KOP));
    vaardigheden.forEach((v, i) => {
      boven.push(cel(NAAM[v], KOP), cel(null, KOP));
      onder.push(cel(`M${groep.leerjaar}`, KOP), cel(`E${groep.leerjaar}`, KOP));
      samenvoegen.push({
        kind: "merge",
        sheet: blad,
        range: { rij: kopRij - 1, kolom: vast.length + i * 2, rijen: 1, kolommen: 2 },
      });
    });
    vast.forEach((_, c) =>
      samenvoegen.push({ kind: "merge", sheet: blad, range: { rij: kopRij - 1, kolom: c, rijen: 2, kolommen: 1 } }),
    );
    rijen.push(boven, onder);
  } else {
    const kop = vast.map((k) => cel(k, KOP));
    for (const v of vaardigheden) {
      const [m, e] = combinatie ? ["midden", "eind"] : [`${groep.leerjaar}a`, `${groep.leerjaar}b`];
      kop.push(cel(`${NAAM[v]} ${m}`, KOP), cel(`${NAAM[v]} ${e}`, KOP));
    }
    rijen.push(kop);
  }

  groep.leerlingen.forEach((leerling, i) => {
    const rij: (PlannedCell | undefined)[] = [cel(leerling.naam), ...(combinatie ? [cel(leerling.leerjaar)] : [])];
    for (const v of vaardigheden) {
      for (const deel of ["a", "b"]) {
        let score: CellValue = scoreVan(afnames, leerling.naam, v, `${leerling.leerjaar}${deel}`) ?? null;
        // Odd cells, as real overviews have them: pasted text numbers, a missing score, an error.
        if (blad === "Groep 5" && i === 2 && v === "rekenen" && deel === "b" && typeof score === "number")
          score = `${score},0`;
        if (blad === "Groep 5" && i === 5 && v === "lezen" && deel === "a") score = null;
        if (blad === "Groep 6" && i === 1 && v === "taalverzorging" && deel === "b") score = { cellError: "#N/A" };
        rij.push(cel(score));
      }
    }
    rijen.push(rij);
  });
  changes.push(
    { kind: "cells", sheet: blad, row: kopRij - (tweeRegels ? 1 : 0), col: 0, cells: rijen },
    ...samenvoegen,
  );
  changes.push({ kind: "columnWidth", sheet: blad, col: 0, width: 24 });
  // Set up for printing as a careful IB'er would: landscape, the headers on every page, and at most two
  // pages wide with the names at the left of both, so the table stays readable once colouring has
  // added its columns (one page wide, a coloured sheet printed at a third of its size).
  changes.push({
    kind: "pageSetup",
    sheet: blad,
    landscape: true,
    titleRows: kopRij + 1,
    pagesWide: 2,
    titleColumns: vast.length,
  });
  return changes;
}

function exportBlad(afnames: readonly DemoAfname[], uitgesloten: ReadonlyMap<string, string>): Change[] {
  const blad = "IEP-export";
  const kop = [
    "Leerling",
    "Groep",
    "Leerjaar",
    "Schooljaar",
    "Vaardigheid",
    "Afname",
    "Toets",
    "Ontwikkelscore",
    "Uitgesloten",
  ].map((k) => cel(k, KOP));
  const rijen = afnames.map((a) =>
    [
      a.leerling,
      a.groep,
      a.leerjaar,
      a.schooljaar,
      NAAM[a.vaardigheid],
      `${a.moment[1] === "a" ? "M" : "E"}${a.moment[0]}`,
      a.toets,
      a.score,
      // The ground only where it matters: the groep 8 afnames.
      a.leerjaar === 8 ? (uitgesloten.get(a.leerling) ?? null) : null,
    ].map((v) => cel(v)),
  );
  return [...nieuwBlad(blad, [kop, ...rijen], 24), { kind: "freeze", sheet: blad, rows: 1, cols: 1 }];
}

/** A sheet of the demo: its cells from A1 and the width of its first column. */
function nieuwBlad(blad: string, cellen: PlannedCell[][], breedte: number): Change[] {
  return [
    { kind: "addSheet", sheet: blad },
    { kind: "cells", sheet: blad, row: 0, col: 0, cells: cellen },
    { kind: "columnWidth", sheet: blad, col: 0, width: breedte },
  ];
}

function uitlegBlad(): Change[] {
  const blad = "Over deze werkmap";
  const regels = [
    `${DEMO_SCHOOL} bestaat niet: alle namen en scores in deze werkmap zijn verzonnen.`,
    "De werkmap laat zien wat LVS Analyse doet met overzichten zoals scholen ze bijhouden:",
    "een blad per groep (met één of twee kopregels, en een combinatiegroep met midden/eind),",
    "een lange export met zes schooljaren, een leerling die groep 3 overdeed,",
    "ontbrekende scores, een getal dat als tekst is geplakt en een cel met een foutwaarde,",
    "de resultaten van hart en handen van groep 6 en enkele Cito-resultaten voor de indicator van het bestuur.",
  ];
  return nieuwBlad(blad, [[cel("Over deze werkmap", { bold: true })], ...regels.map((r) => [cel(r)])], 100);
}

function hartEnHandenBlad(school: DemoSchool): Change[] {
  const blad = "Hart en handen groep 6";
  const aspecten = VRAGENLIJSTEN.flatMap((i) => [...i.aspecten, ...(i.schoolbeleving ?? [])]);
  const kop = ["Leerling", "Leerjaar", ...aspecten, "Sociaalwenselijkheid"].map((k) => cel(k, KOP));
  const rijen = school.hartEnHanden.map((h) =>
    [h.leerling, h.leerjaar, ...h.waarden.slice(0, aspecten.length), h.sociaalwenselijkheid].map((v) => cel(v)),
  );
  return nieuwBlad(blad, [kop, ...rijen], 24);
}

/** A few Cito LOVS results as a board collects them, for its own indicator (fictional figures). */
function citoBlad(): Change[] {
  const rijen: CellValue[][] = [
    ["School", "Toets", "Moment", "Gemiddelde", "Gewogen leerlingen", "Versie"],
    [DEMO_SCHOOL, "DMT3", "E3", 35, null, ""],
    [DEMO_SCHOOL, "DMT4", "E4", 57, null, ""],
    [DEMO_SCHOOL, "RW4", "E4", 178, "12%", "3.0"],
    [DEMO_SCHOOL, "RW6", "E6", 236, "12%", "3.0"],
    [DEMO_SCHOOL, "BL6", "E6", 179, "12%", "3.0"],
  ];
  return nieuwBlad(
    CITO_BLAD,
    rijen.map((r, i) => r.map((v) => cel(v, i === 0 ? KOP : {}))),
    30,
  );
}

function instellingenBlad(): Change[] {
  const waarden: Record<string, CellValue> = {
    naam: DEMO_SCHOOL,
    ambitie1F: "95%",
    ambitie2F1S: "60%",
    signaleringswaarde2F1S: "52%",
  };
  return [
    ...nieuwBlad(
      INSTELLINGEN_BLAD,
      [
        [cel("Instellingen van de school", { bold: true })],
        [],
        ...VELDEN.map((v) => [cel(v.label, { bold: true }), cel(waarden[v.sleutel] ?? null), cel(v.uitleg)]),
      ],
      36,
    ),
    { kind: "columnWidth", sheet: INSTELLINGEN_BLAD, col: 2, width: 90 },
  ];
}

/** Writes the demo school into an empty workbook. */
export async function maakDemoWerkmap(port: WorkbookPort, seed?: number): Promise<void> {
  const school = maakDemoSchool(seed);
  await port.apply([
    ...uitlegBlad(),
    ...instellingenBlad(),
    ...school.groepen.flatMap((g, i) => groepsblad(g, school.afnames, i)),
    ...exportBlad(school.afnames, school.uitgesloten),
    ...hartEnHandenBlad(school),
    ...citoBlad(),
  ]);
}

/** The group whose teacher card and groepsanalyse the demo shows. */
export const DEMO_KAART_GROEP = "Groep 5";

/**
 * Everything the add-in adds to the demo school, as a user would click it: a Normen sheet, every
 * group coloured on 2F/1S with its summary, the school overviews and every card. Returns the
 * messages the actions gave, in order.
 */
export async function maakDemoAnalyse(port: WorkbookPort, datum: string): Promise<string[]> {
  const meldingen: string[] = [(await maakNormenblad(port)).tekst];
  for (const blad of (await port.sheetNames()).filter((n) => n.startsWith("Groep"))) {
    const kleur = await kleurGroep(port, { blad, norm: "2F/1S" });
    const overzicht = await maakGroepsoverzicht(port, { blad, norm: "2F/1S" });
    meldingen.push(`${blad}: ${kleur.status === "klaar" ? kleur.tekst : kleur.status}; ${overzicht.status}`);
  }
  for (const r of await maakSchooloverzichten(port, { norm: "2F/1S" })) meldingen.push(r.tekst);
  const kaarten = await maakKaarten(port, {
    kaarten: KAARTEN.map((k) => k.id),
    instrumenten: KAART_INSTRUMENTEN.map((i) => i.id),
    blad: DEMO_KAART_GROEP,
    norm: "2F/1S",
    datum,
  });
  return [...meldingen, ...kaarten.map((r) => r.tekst)];
}
