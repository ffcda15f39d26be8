/**
 * The school overviews as sheets of their own: Schoolinstellingen (entered once), Dwarsdoorsnede,
 * Trendanalyse, Eindresultaten, Hart en handen and Bestuursoverzicht. They read every overview in
 * the workbook; when some hold several school years (an export), only those count, so no afname
 * is counted twice.
 */
import type { Bereik } from "../core/adres";
import type { CellValue } from "../core/cell";
import type { Grafiek } from "../core/grafiek";
import type { Blok, Waarde } from "../core/groep/samenvatting";
import { normNaam, type Normkeuze, type Uitkomst } from "../core/groep/kleurplan";
import { KLEUR_OPMAAK, KLEUREN, type Kleur } from "../core/kleur";
import { bestuursIndicator, INDICATOR_MINIMUM, INDICATOR_TOETSEN, leesCitoResultaten, type BestuursIndicator } from "../core/school/bestuur";
import { indicatiefMelding } from "../core/normherkomst";
import { herkendeNamen, INSTRUMENTEN, leesHartEnHanden, SOCIAALWENSELIJKHEID } from "../core/school/hartenhanden";
import { INSTELLINGEN_BLAD, leesInstellingen, VELDEN, type SchoolInstellingen } from "../core/school/instellingen";
import { GELIJKSPEL_REGEL } from "../core/school/meerderheid";
import { aandeel, dwarsdoorsnede, eindresultaten, huidigSchooljaar, KLEUR_KOLOMMEN, trendanalyse, type Eindresultaten } from "../core/school/overzichten";
import { signalering1F, signalering2F1S } from "../core/signalering";
import { isLvsError } from "../core/errors";
import { blokCellen, eigenBlad, eigenBladen } from "./eigen-blad";
import { bereidVoor, indelingSleutel, NORMEN_BLAD } from "./kleuring";
import type { Change, PlannedCell, SheetRead, WorkbookPort } from "./port";

export const CITO_BLAD = "Cito-resultaten";
const BRON = "school";
const PROCENT = "0%";

export interface SchoolBron {
  readonly afnames: readonly Uitkomst[];
  readonly bronnen: readonly string[];
  readonly instellingen: SchoolInstellingen;
  readonly bladen: readonly SheetRead[];
}

/**
 * What one sheet holds for the school, kept while the sheet, its Normen and its mapping stay the
 * same: the file adapter hands out the same grid until the sheet changes, so a second action in a
 * row does not colour a large export again.
 */
const perBlad = new WeakMap<readonly (readonly CellValue[])[], { sleutel: string; normen: unknown; uitkomst: ReturnType<typeof bereidVoor> }>();

function bereidVoorBewaard(blad: SheetRead, normen: SheetRead | undefined, settings: Readonly<Record<string, string>>, norm: Normkeuze) {
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
      if (!groep.indeling) return [];
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
  };
}

/** The notice that the colours rest on indicatieve lines, after a space; empty when they rest on the school's own. */
function normMelding(bron: SchoolBron, norm: Normkeuze): string {
  const melding = indicatiefMelding(norm, bron.bladen.find((b) => b.naam.toLowerCase() === NORMEN_BLAD.toLowerCase())?.cellen);
  return melding ? ` ${melding}` : "";
}

function titelCellen(titel: string, regels: readonly string[]): (PlannedCell | undefined)[][] {
  return [[{ value: titel, bold: true }], ...regels.map((t) => [{ value: t, italic: true }])];
}

function bereikVan(blok: Blok, kolom: number): Bereik {
  return { rij: blok.rij + 2, kolom: blok.kolom + kolom, rijen: blok.rijen.length, kolommen: 1 };
}

const onder = (blok: Blok) => blok.rij + blok.rijen.length + 3;

function ambitieVoor(norm: Normkeuze, instellingen: SchoolInstellingen): number | undefined {
  return norm === "1F" ? instellingen.ambitie1F : norm === "2F/1S" ? instellingen.ambitie2F1S : undefined;
}

export type SchoolResultaat = { readonly status: "klaar" | "bevestigen" | "geenGegevens"; readonly blad: string; readonly tekst: string };

export async function maakSchoolinstellingen(port: WorkbookPort): Promise<SchoolResultaat> {
  const { sheets } = await port.read({ sheets: [INSTELLINGEN_BLAD] });
  if (sheets[0]) return { status: "klaar", blad: sheets[0].naam, tekst: `Blad ${sheets[0].naam} bestaat al; vul daar de ambities en de signaleringswaarde in.` };
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
  return { status: "klaar", blad: INSTELLINGEN_BLAD, tekst: `Blad ${INSTELLINGEN_BLAD} gemaakt: vul de naam van de school, de ambities en de signaleringswaarde voor 2F/1S in (gele cellen).` };
}

function kleurKop(koppen: readonly string[]) {
  return (i: number): Partial<PlannedCell> => {
    const k = koppen[i] as Kleur;
    return (KLEUREN as readonly string[]).includes(k) ? { fill: KLEUR_OPMAAK[k].vulling, fontColor: KLEUR_OPMAAK[k].tekst } : {};
  };
}

/** Step 3.1 on a sheet: pupils per colour per leerjaar and vaardigheid, share green against the ambitie. */
export function dwarsdoorsnedeInhoud(bron: SchoolBron, norm: Normkeuze, naam: string): Change[] {
  const rijen = dwarsdoorsnede(bron.afnames);
  const jaar = huidigSchooljaar(bron.afnames) ?? "dit schooljaar";
  const ambitie = ambitieVoor(norm, bron.instellingen);
  const changes: Change[] = [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen(`Dwarsdoorsnede ${bron.instellingen.naam ?? ""} ${jaar}`.replace(/\s+/g, " "), [
        `Norm: ${normNaam(norm)}. Laatste afname per leerling in ${jaar}, uit: ${bron.bronnen.join(", ")}.${normMelding(bron, norm)}`,
        ambitie !== undefined ? `Ambitie van de school: ${Math.round(ambitie * 100)}% op of boven de norm.` : "Geen ambitie voor deze norm ingevuld (blad Schoolinstellingen).",
      ]),
    },
  ];
  let rij = 4;
  const grafieken: Grafiek[] = [];
  for (const vaardigheid of [...new Set(rijen.map((r) => r.vaardigheid))]) {
    const van = rijen.filter((r) => r.vaardigheid === vaardigheid);
    const koppen = ["Leerjaar", "Aantal", ...KLEUR_KOLOMMEN, "% groen", "Ambitie", "Verschil", "% donker"];
    const tabel: Blok = {
      titel: `${vaardigheid}: leerlingen per kleur`,
      rij,
      kolom: 0,
      koppen,
      rijen: van.map((r): Waarde[] => [
        r.leerjaar,
        r.aantal,
        ...KLEUR_KOLOMMEN.map((k) => r.perKleur[k]),
        r.aandeelGroen ?? null,
        ambitie ?? null,
        r.aandeelGroen !== undefined && ambitie !== undefined ? r.aandeelGroen - ambitie : null,
        r.aandeelDonker ?? null,
      ]),
      notaties: [...koppen.map(() => undefined), undefined].map((_, i) => (i >= koppen.length - 4 ? PROCENT : undefined)),
    };
    changes.push({ kind: "cells", sheet: naam, row: tabel.rij, col: 0, cells: blokCellen(tabel, kleurKop(koppen)) });
    // Shares for the chart: stacked colours with the ambitie as a line over them.
    const delen = KLEUREN.slice(0, 6);
    const grafiekData: Blok = {
      titel: `${vaardigheid}: aandeel per kleur (voor de grafiek)`,
      rij: onder(tabel),
      kolom: 0,
      koppen: ["Leerjaar", ...delen, "Ambitie"],
      rijen: van.map((r): Waarde[] => [`leerjaar ${r.leerjaar}`, ...delen.map((k) => (r.aantal === 0 ? 0 : r.perKleur[k] / r.aantal)), ambitie ?? null]),
      notaties: [undefined, ...delen.map(() => PROCENT), PROCENT],
    };
    changes.push({ kind: "cells", sheet: naam, row: grafiekData.rij, col: 0, cells: blokCellen(grafiekData, kleurKop(grafiekData.koppen)) });
    grafieken.push({
      type: "barStacked",
      title: `Dwarsdoorsnede ${vaardigheid}`,
      yTitle: "aandeel leerlingen",
      yMin: 0,
      yMax: 1,
      yFormaat: PROCENT,
      categories: bereikVan(grafiekData, 0),
      series: [
        ...delen.map((k, i) => ({ name: k, values: bereikVan(grafiekData, i + 1), kleur: KLEUR_OPMAAK[k].vulling })),
        ...(ambitie !== undefined ? [{ name: "ambitie", values: bereikVan(grafiekData, delen.length + 1), referentie: true, kleur: "#000000" }] : []),
      ],
      anchor: { rij: tabel.rij, kolom: koppen.length + 1, rijen: 16, kolommen: 8 },
    });
    rij = Math.max(onder(grafiekData), tabel.rij + 17);
  }
  changes.push(...grafieken.map((chart): Change => ({ kind: "chart", sheet: naam, chart })));
  changes.push(...breedtes(naam, [18, 8, ...KLEUR_KOLOMMEN.map(() => 12), 9, 9, 9, 9]));
  return changes;
}

function breedtes(naam: string, tekens: readonly number[]): Change[] {
  return tekens.map((width, col): Change => ({ kind: "columnWidth", sheet: naam, col, width }));
}

/** Step 3.2 on a sheet: leerjaar × school year per vaardigheid, the mean coloured by majority. */
export function trendInhoud(bron: SchoolBron, norm: Normkeuze, naam: string): Change[] {
  const trend = trendanalyse(bron.afnames);
  const changes: Change[] = [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen(`Trendanalyse ${bron.instellingen.naam ?? ""}`.trim(), [
        `Norm: ${normNaam(norm)}.${normMelding(bron, norm)} In elke cel staat het gemiddelde van de ontwikkelscores in dat leerjaar, bij de laatste afname van dat schooljaar.`,
        `De kleur volgt de meerderheid: groen of blauw op de norm, donker of licht op de groei. ${GELIJKSPEL_REGEL}`,
      ]),
    },
  ];
  let rij = 4;
  for (const vaardigheid of [...new Set(trend.cellen.map((c) => c.vaardigheid))]) {
    const van = trend.cellen.filter((c) => c.vaardigheid === vaardigheid);
    const leerjaren = [...new Set(van.map((c) => c.leerjaar))].sort();
    const cel = (lj: number, jaar: string) => van.find((c) => c.leerjaar === lj && c.schooljaar === jaar);
    const kop: PlannedCell[] = ["Leerjaar", ...trend.schooljaren].map((value) => ({ value, bold: true, fill: "#E8F1E9" }));
    const gemiddelden = leerjaren.map((lj): (PlannedCell | undefined)[] => [
      { value: `leerjaar ${lj}`, bold: true },
      ...trend.schooljaren.map((jaar): PlannedCell => {
        const c = cel(lj, jaar);
        if (!c) return { value: null };
        const opmaak = c.kleur ? { fill: KLEUR_OPMAAK[c.kleur].vulling, fontColor: KLEUR_OPMAAK[c.kleur].tekst } : {};
        return { value: Math.round(c.gemiddelde * 10) / 10, numberFormat: "0.0", ...opmaak };
      }),
    ]);
    // The same cells in words, with the number of pupils: for print and for readers who see no colour.
    const woorden = leerjaren.map((lj): (PlannedCell | undefined)[] => [
      { value: `leerjaar ${lj}` },
      ...trend.schooljaren.map((jaar): PlannedCell => {
        const c = cel(lj, jaar);
        return { value: c ? `${c.kleur || "geen kleur"} (${c.aantal})` : null };
      }),
    ]);
    changes.push({
      kind: "cells",
      sheet: naam,
      row: rij,
      col: 0,
      cells: [[{ value: `${vaardigheid}: gemiddelde ontwikkelscore`, bold: true }], kop, ...gemiddelden, [], [{ value: `${vaardigheid}: kleur en aantal leerlingen`, bold: true }], kop, ...woorden],
    });
    rij += leerjaren.length * 2 + 6;
  }
  changes.push({ kind: "columnWidth", sheet: naam, col: 0, width: 14 });
  for (let c = 1; c <= trend.schooljaren.length; c++) changes.push({ kind: "columnWidth", sheet: naam, col: c, width: 18 });
  return changes;
}

function uitkomst(tekst: string | ReturnType<typeof signalering2F1S>): string {
  return isLvsError(tekst) ? "vul de signaleringswaarde van je school in" : tekst;
}

/** Step 3.3 on a sheet: shares at 1F and 2F/1S per year and domain, the three-year pool, filtered and not. */
export function eindInhoud(bron: SchoolBron, naam: string): Change[] {
  const e: Eindresultaten = eindresultaten(bron.afnames);
  const { instellingen } = bron;
  const per = (t: { aantal: number; op1F: number; op2F1S: number }): Waarde[] => [t.aantal, t.op1F, aandeel(t, "1F") ?? null, t.op2F1S, aandeel(t, "2F/1S") ?? null];
  const tabel: Blok = {
    titel: "Per schooljaar en vaardigheid (laatste LVS-afname in leerjaar 8)",
    rij: 5,
    kolom: 0,
    koppen: ["Schooljaar", "Vaardigheid", "Aantal", "Op 1F", "% 1F", "Op 2F/1S", "% 2F/1S", "Aantal (gefilterd)", "Op 1F", "% 1F", "Op 2F/1S", "% 2F/1S"],
    rijen: e.rijen.map((r): Waarde[] => [r.schooljaar, r.domein, ...per(r.ongefilterd), ...per(r.gefilterd)]),
    notaties: [undefined, undefined, undefined, undefined, PROCENT, undefined, PROCENT, undefined, undefined, PROCENT, undefined, PROCENT],
  };
  const sw = instellingen.signaleringswaarde2F1S;
  const regel = (label: string, t: { aantal: number; op1F: number; op2F1S: number }): Waarde[] => {
    const a1 = aandeel(t, "1F");
    const a2 = aandeel(t, "2F/1S");
    return [
      label,
      a1 ?? null,
      0.85,
      a1 !== undefined ? signalering1F(a1) : "",
      instellingen.ambitie1F ?? null,
      a2 ?? null,
      sw ?? null,
      a2 !== undefined ? uitkomst(signalering2F1S(a2, sw)) : "",
      instellingen.ambitie2F1S ?? null,
    ];
  };
  const pool: Blok = {
    titel: `De inspectie: de laatste drie schooljaren samen (${e.driejaars.jaren.join(", ")}), lezen, taalverzorging en rekenen`,
    rij: onder(tabel),
    kolom: 0,
    koppen: ["", "% 1F", "Signaleringswaarde 1F", "Uitkomst 1F", "Ambitie 1F", "% 2F/1S", "Signaleringswaarde 2F/1S", "Uitkomst 2F/1S", "Ambitie 2F/1S"],
    rijen: [regel("Niet gefilterd", e.driejaars.ongefilterd), regel("Gefilterd", e.driejaars.gefilterd)],
    notaties: [undefined, PROCENT, PROCENT, undefined, PROCENT, PROCENT, PROCENT, undefined, PROCENT],
  };
  const uitgesloten: Blok = {
    titel: "Leerlingen die in 'gefilterd' niet meetellen",
    rij: onder(pool),
    kolom: 0,
    koppen: ["Leerling", "Schooljaar", "Reden"],
    rijen: e.uitgesloten.length > 0 ? e.uitgesloten.map((u) => [u.leerling, u.schooljaar, u.reden]) : [["Geen", "", "Zet de reden in een kolom 'Uitgesloten' van je overzicht."]],
  };
  // Per school year, the three domains together: the line of the chart.
  const jaren = [...new Set(e.rijen.map((r) => r.schooljaar))];
  const perJaar: Blok = {
    titel: "Per schooljaar, de drie vaardigheden samen (niet gefilterd)",
    rij: onder(uitgesloten),
    kolom: 0,
    koppen: ["Schooljaar", "% 1F", "% 2F/1S", "Signaleringswaarde 1F", ...(sw !== undefined ? ["Signaleringswaarde 2F/1S"] : [])],
    rijen: jaren.map((j): Waarde[] => {
      const t = e.rijen.filter((r) => r.schooljaar === j).reduce((s, r) => ({ aantal: s.aantal + r.ongefilterd.aantal, op1F: s.op1F + r.ongefilterd.op1F, op2F1S: s.op2F1S + r.ongefilterd.op2F1S }), { aantal: 0, op1F: 0, op2F1S: 0 });
      return [j, aandeel(t, "1F") ?? null, aandeel(t, "2F/1S") ?? null, 0.85, ...(sw !== undefined ? [sw] : [])];
    }),
    notaties: [undefined, PROCENT, PROCENT, PROCENT, PROCENT],
  };
  const changes: Change[] = [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen(`Eindresultaten ${instellingen.naam ?? ""}`.trim(), [
        "Geteld uit de LVS-afnames van leerjaar 8, niet uit de doorstroomtoets: een leerling telt op 1F bij een ontwikkelscore van 60 of meer bij de laatste afname, op 2F/1S bij 80 of meer.",
        "Gefilterd: zonder de leerlingen met een reden in de kolom Uitgesloten van je overzicht; niet gefilterd: alle leerlingen. De signaleringswaarde 1F is 85% voor elke school; die voor 2F/1S staat op blad Schoolinstellingen.",
        `Bron: ${bron.bronnen.join(", ")}.`,
      ]),
    },
    ...[tabel, pool, uitgesloten, perJaar].map((b): Change => ({ kind: "cells", sheet: naam, row: b.rij, col: b.kolom, cells: blokCellen(b) })),
  ];
  if (jaren.length > 0) {
    changes.push({
      kind: "chart",
      sheet: naam,
      chart: {
        type: "line",
        title: "Eindresultaten per schooljaar",
        yMin: 0,
        yMax: 1,
        yFormaat: PROCENT,
        categories: bereikVan(perJaar, 0),
        series: perJaar.koppen.slice(1).map((k, i) => ({ name: k, values: bereikVan(perJaar, i + 1), ...(i >= 2 ? { referentie: true } : {}) })),
        anchor: { rij: onder(perJaar), kolom: 0, rijen: 16, kolommen: 7 },
      },
    });
  }
  changes.push(...breedtes(naam, [22, 16, 9, 9, 12, 12, 12, 18, 12, 9, 12, 9]));
  return changes;
}

/** Steps 4.1–6.1 on a sheet: per instrument the pupils' aspects, group means and spider charts, no verdict. */
export function hartEnHandenInhoud(cellen: SheetRead["cellen"], bron: string, naam: string): Change[] | undefined {
  const h = leesHartEnHanden(cellen);
  if (!h) return undefined;
  const changes: Change[] = [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen(`Hart en handen: ${bron}`, [
        "Zo kijken de leerlingen zelf naar zichzelf. Hoog of laag is hier geen goed of fout: zoek de uitschieters op en praat er met de leerling over.",
        `Mogelijk sociaal wenselijk: een sociaalwenselijkheid boven ${SOCIAALWENSELIJKHEID.bovenProcent}% (leerjaar ${SOCIAALWENSELIJKHEID.vanafLeerjaar} t/m 8) betekent dat de leerling vaak antwoordde zoals volwassenen het graag horen; het diagram laat dan misschien eerder zien wat hij of zij denkt dat hoort.`,
        ...[herkendeNamen(h)].filter((t): t is string => t !== undefined),
      ]),
    },
  ];
  let rij = 4;
  const grafieken: Grafiek[] = [];
  for (const instrument of INSTRUMENTEN) {
    const aspecten = instrument.aspecten.filter((a) => a in h.gemiddelden);
    if (aspecten.length < 3) continue;
    const extra = (instrument.schoolbeleving ?? []).filter((a) => a in h.gemiddelden);
    const koppen = ["Leerling", ...aspecten, ...extra, "Sociaalwenselijkheid", "Mogelijk sociaal wenselijk"];
    const tabel: Blok = {
      titel: instrument.naam,
      rij,
      kolom: 0,
      koppen,
      rijen: [
        ...h.leerlingen.map((l): Waarde[] => [l.leerling, ...[...aspecten, ...extra].map((a) => l.waarden[a] ?? null), l.sociaalwenselijkheid ?? null, l.voorzichtig ? "ja" : ""]),
        ["Groepsgemiddelde", ...[...aspecten, ...extra].map((a) => h.gemiddelden[a] ?? null), null, ""],
      ],
    };
    changes.push({ kind: "cells", sheet: naam, row: rij, col: 0, cells: blokCellen(tabel) });
    const aspectKop: Bereik = { rij: rij + 1, kolom: 1, rijen: 1, kolommen: aspecten.length };
    const groepsRij = rij + 2 + h.leerlingen.length;
    grafieken.push({
      type: "radar",
      title: `${instrument.naam}: groep`,
      categories: aspectKop,
      series: [{ name: "groepsgemiddelde", values: { rij: groepsRij, kolom: 1, rijen: 1, kolommen: aspecten.length } }],
      anchor: { rij, kolom: koppen.length + 1, rijen: 14, kolommen: 6 },
    });
    h.leerlingen.forEach((l, i) => {
      grafieken.push({
        type: "radar",
        title: `${instrument.naam}: ${l.leerling}${l.voorzichtig ? " (antwoorden mogelijk sociaal wenselijk)" : ""}`,
        categories: aspectKop,
        series: [{ name: l.leerling, values: { rij: rij + 2 + i, kolom: 1, rijen: 1, kolommen: aspecten.length } }],
        anchor: { rij: rij + 15 + Math.floor(i / 3) * 14, kolom: koppen.length + 1 + (i % 3) * 6, rijen: 13, kolommen: 6 },
      });
    });
    rij = Math.max(onder(tabel), rij + 16 + Math.ceil(h.leerlingen.length / 3) * 14);
  }
  changes.push(...grafieken.map((chart): Change => ({ kind: "chart", sheet: naam, chart })));
  changes.push(...breedtes(naam, [22, ...Array<number>(16).fill(11)]));
  return changes;
}

/** The board's view: per school the indicator on Cito LOVS and the end results. */
export function bestuurInhoud(scholen: readonly { naam: string; bron: SchoolBron; indicator?: BestuursIndicator }[], naam: string): Change[] {
  const rijen = scholen.map(({ naam: school, bron, indicator }): Waarde[] => {
    const e = eindresultaten(bron.afnames).driejaars.gefilterd;
    const groen = dwarsdoorsnede(bron.afnames);
    const totaal = groen.reduce((s, r) => s + r.aantal, 0);
    const aandeelGroen = totaal === 0 ? null : groen.reduce((s, r) => s + (r.aandeelGroen ?? 0) * r.aantal, 0) / totaal;
    return [
      school,
      aandeel(e, "1F") ?? null,
      aandeel(e, "2F/1S") ?? null,
      aandeelGroen,
      bron.instellingen.ambitie2F1S ?? null,
      indicator ? `${indicator.voldoende} van ${indicator.gemeten}` : "",
      indicator?.voldoet === undefined ? (indicator ? "te weinig gemeten" : "") : indicator.voldoet ? "voldoet" : "voldoet niet",
    ];
  });
  const tabel: Blok = {
    titel: "Scholen naast elkaar",
    rij: 4,
    kolom: 0,
    koppen: ["School", "% 1F (3 jaar, gefilterd)", "% 2F/1S (3 jaar, gefilterd)", "% groen op de norm (dit jaar)", "Ambitie 2F/1S", `Cito: voldoende van ${INDICATOR_TOETSEN.join(", ")}`, `Indicator (minstens ${INDICATOR_MINIMUM})`],
    rijen: rijen,
    notaties: [undefined, PROCENT, PROCENT, PROCENT, PROCENT],
  };
  const details: Blok = {
    titel: "Cito-resultaten per toets (signalering volgens het kwaliteitshandboek)",
    rij: onder(tabel),
    kolom: 0,
    koppen: ["School", "Toets", "Moment", "Gemiddelde", "Gewogen", "Uitkomst"],
    rijen: scholen.flatMap((s) => (s.indicator?.resultaten ?? []).map((r): Waarde[] => [r.school, r.toets, r.moment, r.gemiddelde, r.gewogen ?? null, r.uitkomst])),
    notaties: [undefined, undefined, undefined, undefined, PROCENT],
  };
  return [
    { kind: "cells", sheet: naam, row: 0, col: 0, cells: titelCellen("Bestuursoverzicht", ["Per school de eindresultaten zoals de inspectie ze telt (uit de LVS-afnames van leerjaar 8, niet uit de doorstroomtoets), het aandeel leerlingen op koers en de eigen indicator van het bestuur."]) },
    { kind: "cells", sheet: naam, row: tabel.rij, col: 0, cells: blokCellen(tabel) },
    { kind: "cells", sheet: naam, row: details.rij, col: 0, cells: blokCellen(details) },
    ...breedtes(naam, [30, 22, 24, 26, 14, 30, 22]),
  ];
}

/** One school as the board sees it: its own overviews and, where it has Cito results, the indicator. */
export async function schoolVoorBestuur(port: WorkbookPort, norm: Normkeuze, standaardNaam: string) {
  const bron = await leesSchool(port, norm);
  const naam = bron.instellingen.naam ?? standaardNaam;
  const cito = bron.bladen.find((b) => b.naam.toLowerCase() === CITO_BLAD.toLowerCase());
  const indicator = cito ? bestuursIndicator(leesCitoResultaten(cito.cellen, naam)).find((i) => i.school === naam) : undefined;
  return { naam, bron, ...(indicator ? { indicator } : {}) };
}

/** Writes the board view of several schools into a workbook (a new one, outside Excel). */
export async function maakBestuursoverzicht(port: WorkbookPort, scholen: Parameters<typeof bestuurInhoud>[0]): Promise<SchoolResultaat> {
  return schrijf(port, "Bestuursoverzicht", true, (naam) => bestuurInhoud(scholen, naam));
}

/** Makes (or, after a yes, replaces) one overview sheet of the add-in and fills it. */
async function schrijf(port: WorkbookPort, titel: string, vervangen: boolean | undefined, inhoud: (naam: string) => Change[]): Promise<SchoolResultaat> {
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
    return [{ status: "geenGegevens", blad: "", tekst: "LVS Analyse vindt in deze werkmap geen overzichten met scores om de school mee te bekijken. Open de werkmap met de bladen van de groepen, of een export uit IEP LVS." }];
  }
  const resultaten = [
    await schrijf(port, "Dwarsdoorsnede", verzoek.vervangen, (naam) => dwarsdoorsnedeInhoud(bron, verzoek.norm, naam)),
    await schrijf(port, "Trendanalyse", verzoek.vervangen, (naam) => trendInhoud(bron, verzoek.norm, naam)),
    await schrijf(port, "Eindresultaten", verzoek.vervangen, (naam) => eindInhoud(bron, naam)),
  ];
  for (const blad of bron.bladen.filter((b) => leesHartEnHanden(b.cellen))) {
    const deel = blad.naam.replace(/hart\s*(en|&)\s*handen/i, "").replace(/^[\s–-]+/, "").trim();
    const titel = deel ? `Hart en handen – ${deel}` : "Hart en handen";
    resultaten.push(await schrijf(port, titel, verzoek.vervangen, (naam) => hartEnHandenInhoud(blad.cellen, blad.naam, naam)!));
  }
  const cito = bron.bladen.find((b) => b.naam.toLowerCase() === CITO_BLAD.toLowerCase());
  if (cito) {
    const school = bron.instellingen.naam ?? "deze school";
    const indicatoren = bestuursIndicator(leesCitoResultaten(cito.cellen, school));
    const eigen = indicatoren.find((i) => i.school === school) ?? indicatoren[0];
    resultaten.push(await schrijf(port, "Bestuursoverzicht", verzoek.vervangen, (naam) => bestuurInhoud([{ naam: school, bron, ...(eigen ? { indicator: eigen } : {}) }], naam)));
  }
  return resultaten;
}
