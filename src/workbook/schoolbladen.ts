/**
 * The layouts of the school sheets (Dwarsdoorsnede, Trendanalyse, Eindresultaten, Hart en handen,
 * Bestuursoverzicht), next to the group summary's writer: each turns figures of
 * src/core/school/cijfers.ts into cells and charts and computes none of its own.
 */
import type { Bereik } from "../core/adres";
import { grafiekRij, type Grafiek } from "../core/grafiek";
import type { Blok, Waarde } from "../core/groep/samenvatting";
import { type Normkeuze } from "../core/groep/kleurplan";
import { normDefinitie, normNaam } from "../core/normregister";
import { KLEUR_OPMAAK, KLEUREN, type Kleur } from "../core/kleur";
import { INDICATOR_MINIMUM, INDICATOR_TOETSEN, indicatorTelling, indicatorUitkomst } from "../core/school/bestuur";
import { jarenTekst, LIJNEN_TEGEN_EIND, zonderLijnTekst, type Schoolcijfers } from "../core/school/cijfers";
import { hoofdletter, opsomming } from "../core/zin";
import { herkendeNamen, leesHartEnHanden, SOCIAALWENSELIJKHEID, VRAGENLIJSTEN } from "../core/school/hartenhanden";
import { GELIJKSPEL_REGEL } from "../core/school/meerderheid";
import { aandeel, KLEUR_KOLOMMEN, type Telling1F2F } from "../core/school/overzichten";
import { signalering1F, signalering2F1S } from "../core/signalering";
import { isLvsError } from "../core/errors";
import inspectie from "../data/inspectie.json";
import { blokCellen, grafiekChanges } from "./eigen-blad";
import type { Change, PlannedCell, SheetRead } from "./port";
import { referentieDrempel } from "../core/toets";

const PROCENT = "0%";
const SIGNALERING_1F = inspectie.signaleringswaarde1FProcent / 100;

/** The notice that the colours rest on indicatieve lines, after a space; empty when they rest on the school's own. */
function normMelding(c: Schoolcijfers): string {
  return c.indicatief ? ` ${c.indicatief}` : "";
}

function titelCellen(titel: string, regels: readonly string[]): (PlannedCell | undefined)[][] {
  return [[{ value: titel, bold: true }], ...regels.map((t) => [{ value: t, italic: true }])];
}

function bereikVan(blok: Blok, kolom: number): Bereik {
  return { rij: blok.rij + 2, kolom: blok.kolom + kolom, rijen: blok.rijen.length, kolommen: 1 };
}

const onder = (blok: Blok) => blok.rij + blok.rijen.length + 3;

function breedtes(naam: string, tekens: readonly number[]): Change[] {
  return tekens.map((width, col): Change => ({ kind: "columnWidth", sheet: naam, col, width }));
}

function kleurKop(koppen: readonly string[]) {
  return (i: number): Partial<PlannedCell> => {
    const k = koppen[i] as Kleur;
    return (KLEUREN as readonly string[]).includes(k)
      ? { fill: KLEUR_OPMAAK[k].achtergrond, fontColor: KLEUR_OPMAAK[k].tekst }
      : {};
  };
}

/** A year as a title shows it: overviews without school years (group sheets only) have one, unnamed. */
function jaarLabel(jaar: string): string {
  return jaar === "" ? "dit schooljaar" : jaar;
}

const blokChange = (naam: string, b: Blok, kop?: (i: number) => Partial<PlannedCell>): Change => ({
  kind: "cells",
  sheet: naam,
  row: b.rij,
  col: b.kolom,
  cells: blokCellen(b, kop),
});

const zin = (naam: string, rij: number, tekst: string): Change => ({
  kind: "cells",
  sheet: naam,
  row: rij,
  col: 0,
  cells: [[{ value: tekst, italic: true }]],
});

/** Step 3.1 on a sheet: pupils per colour per leerjaar and vaardigheid, share green against the ambitie. */
export function dwarsdoorsnedeInhoud(c: Schoolcijfers, naam: string): Change[] {
  const jaar = c.schooljaar ?? "dit schooljaar";
  const { ambitie } = c;
  const zonder = zonderLijnTekst(c);
  const changes: Change[] = [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen(`Dwarsdoorsnede ${c.instellingen.naam ?? ""} ${jaar}`.replace(/\s+/g, " ").trim(), [
        `Norm: ${normNaam(c.norm)}. Laatste afname per leerling in ${jaar}, uit: ${c.bronnen.join(", ")}.${normMelding(c)}`,
        (ambitie !== undefined
          ? `Ambitie van de school: ${Math.round(ambitie * 100)}% op of boven de norm.`
          : "Geen ambitie voor deze norm ingevuld (blad Schoolinstellingen).") +
          (zonder ? ` Bij ${zonder.replace(/ tellen niet mee| telt niet mee/, "")}: daar is geen % groen.` : ""),
      ]),
    },
  ];
  let rij = 4;
  const grafieken: Grafiek[] = [];
  for (const vaardigheid of [...new Set(c.doorsnede.map((r) => r.vaardigheid))]) {
    const van = c.doorsnede.filter((r) => r.vaardigheid === vaardigheid);
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
      notaties: koppen.map((_, i) => (i >= koppen.length - 4 ? PROCENT : undefined)),
    };
    changes.push(blokChange(naam, tabel, kleurKop(koppen)));
    // Shares for the chart: stacked colours with the ambitie as a line over them.
    const delen = KLEUREN.slice(0, 6);
    const grafiekData: Blok = {
      titel: `${vaardigheid}: aandeel per kleur (voor de grafiek)`,
      rij: onder(tabel),
      kolom: 0,
      koppen: ["Leerjaar", ...delen, "Ambitie"],
      rijen: van.map((r): Waarde[] => [
        `leerjaar ${r.leerjaar}`,
        ...delen.map((k) => r.aandeelPerKleur[k]),
        ambitie ?? null,
      ]),
      notaties: [undefined, ...delen.map(() => PROCENT), PROCENT],
    };
    changes.push(blokChange(naam, grafiekData, kleurKop(grafiekData.koppen)));
    grafieken.push({
      type: "barStacked",
      title: `Dwarsdoorsnede ${vaardigheid}`,
      yTitle: "aandeel leerlingen",
      yMin: 0,
      yMax: 1,
      yFormaat: PROCENT,
      categories: bereikVan(grafiekData, 0),
      series: [
        ...delen.map((k, i) => ({
          name: k,
          values: bereikVan(grafiekData, i + 1),
          kleur: KLEUR_OPMAAK[k].achtergrond,
        })),
        ...(ambitie !== undefined
          ? [{ name: "ambitie", values: bereikVan(grafiekData, delen.length + 1), referentie: true, kleur: "#000000" }]
          : []),
      ],
      // Under its figures, in a row of its own: the sheet stays narrow and no page break cuts it.
      anchor: grafiekRij(onder(grafiekData), 0, 8),
    });
    rij = onder(grafiekData) + 2;
  }
  changes.push(...grafiekChanges(naam, grafieken));
  changes.push(...breedtes(naam, [18, 8, ...KLEUR_KOLOMMEN.map(() => 12), 9, 9, 9, 9]));
  return changes;
}

/** Step 3.2 on a sheet: leerjaar × school year per vaardigheid, the mean coloured by majority. */
export function trendInhoud(c: Schoolcijfers, naam: string): Change[] {
  const { trend } = c;
  const changes: Change[] = [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen(`Trendanalyse ${c.instellingen.naam ?? ""}`.trim(), [
        `Norm: ${normNaam(c.norm)}.${normMelding(c)} In elke cel staat het gemiddelde van de ontwikkelscores in dat leerjaar, bij de eindafname van dat schooljaar; "(midden)" boven een jaar: dat jaar heeft nog geen eindafname en toont de middenafname.`,
        `De kleur volgt de meerderheid: groen of blauw op de norm, donker of licht op de groei. ${GELIJKSPEL_REGEL} Een jaar zonder gegevens blijft een lege kolom.`,
      ]),
    },
  ];
  if (trend.schooljaren.length === 0) {
    changes.push(
      zin(
        naam,
        4,
        "De overzichten in deze werkmap noemen geen schooljaar (alleen groepsbladen), dus er is geen reeks jaren om te vergelijken. Voeg een export met een kolom Schooljaar toe en maak de schooloverzichten opnieuw.",
      ),
    );
    changes.push({ kind: "columnWidth", sheet: naam, col: 0, width: 14 });
    return changes;
  }
  let rij = 4;
  for (const vaardigheid of [...new Set(trend.cellen.map((x) => x.vaardigheid))]) {
    const van = trend.cellen.filter((x) => x.vaardigheid === vaardigheid);
    const leerjaren = [...new Set(van.map((x) => x.leerjaar))].sort();
    const cel = (lj: number, jaar: string) => van.find((x) => x.leerjaar === lj && x.schooljaar === jaar);
    const deel = (jaar: string) =>
      trend.kolommen.find((k) => k.vaardigheid === vaardigheid && k.schooljaar === jaar)?.deel;
    const kop: PlannedCell[] = [
      "Leerjaar",
      ...trend.schooljaren.map((j) => (deel(j) === "midden" ? `${j} (midden)` : j)),
    ].map((value) => ({ value, bold: true, fill: "#E8F1E9" }));
    const gemiddelden = leerjaren.map((lj): (PlannedCell | undefined)[] => [
      { value: `leerjaar ${lj}`, bold: true },
      ...trend.schooljaren.map((jaar): PlannedCell => {
        const x = cel(lj, jaar);
        if (!x) return { value: null };
        const opmaak = x.kleur
          ? { fill: KLEUR_OPMAAK[x.kleur].achtergrond, fontColor: KLEUR_OPMAAK[x.kleur].tekst }
          : {};
        return { value: Math.round(x.gemiddelde * 10) / 10, numberFormat: "0.0", ...opmaak };
      }),
    ]);
    // The same cells in words, with the number of pupils: for print and for readers who see no colour.
    const woorden = leerjaren.map((lj): (PlannedCell | undefined)[] => [
      { value: `leerjaar ${lj}` },
      ...trend.schooljaren.map((jaar): PlannedCell => {
        const x = cel(lj, jaar);
        return { value: x ? `${x.kleur || "geen kleur"} (${x.aantal})` : null };
      }),
    ]);
    changes.push({
      kind: "cells",
      sheet: naam,
      row: rij,
      col: 0,
      cells: [
        [{ value: `${vaardigheid}: gemiddelde ontwikkelscore`, bold: true }],
        kop,
        ...gemiddelden,
        [],
        [{ value: `${vaardigheid}: kleur en aantal leerlingen`, bold: true }],
        kop,
        ...woorden,
      ],
    });
    rij += leerjaren.length * 2 + 6;
  }
  changes.push({ kind: "columnWidth", sheet: naam, col: 0, width: 14 });
  for (let k = 1; k <= trend.schooljaren.length; k++)
    changes.push({ kind: "columnWidth", sheet: naam, col: k, width: 18 });
  return changes;
}

function uitkomst2F(a: number, sw: number | undefined): string {
  const u = signalering2F1S(a, sw);
  return isLvsError(u) ? "vul de signaleringswaarde van je school in" : u;
}

/** A count at 1F and 2F/1S, first of all pupils, then without the excluded ones (as `per` fills them). */
const TELLING_KOPPEN = [
  "Aantal",
  "Op 1F",
  "% 1F",
  "Op 2F/1S",
  "% 2F/1S",
  "Aantal (gefilterd)",
  "Op 1F",
  "% 1F",
  "Op 2F/1S",
  "% 2F/1S",
];

const TELLING_NOTATIES = [
  undefined,
  undefined,
  PROCENT,
  undefined,
  PROCENT,
  undefined,
  undefined,
  PROCENT,
  undefined,
  PROCENT,
];

const per = (t: Telling1F2F): Waarde[] => [
  t.aantal,
  t.op1F,
  aandeel(t, "1F") ?? null,
  t.op2F1S,
  aandeel(t, "2F/1S") ?? null,
];

/** Step 3.3 on a sheet: shares at 1F and 2F/1S per year and domain, the three-year pool, filtered and not. */
export function eindInhoud(c: Schoolcijfers, naam: string): Change[] {
  const { eind: e, instellingen } = c;
  const kop: Change = {
    kind: "cells",
    sheet: naam,
    row: 0,
    col: 0,
    cells: titelCellen(`Eindresultaten ${instellingen.naam ?? ""}`.trim(), [
      `Geteld uit de LVS-afnames van leerjaar 8, niet uit de doorstroomtoets: een leerling telt op 1F bij een ontwikkelscore van ${referentieDrempel("1F")} of meer bij de laatste afname, op 2F/1S bij ${referentieDrempel("2F/1S")} of meer.`,
      `Gefilterd: zonder de leerlingen met een reden in de kolom Uitgesloten van je overzicht (een reden op één rij van het schooljaar geldt voor alle vaardigheden); niet gefilterd: alle leerlingen. De signaleringswaarde 1F is ${inspectie.signaleringswaarde1FProcent}% voor elke school; die voor 2F/1S staat op blad Schoolinstellingen.`,
      `Bron: ${c.bronnen.join(", ")}.`,
    ]),
  };
  if (e.rijen.length === 0) {
    return [
      kop,
      zin(
        naam,
        5,
        "Er zijn geen afnames van leerjaar 8 in lezen, taalverzorging of rekenen in de overzichten, dus nog geen eindresultaten. Ze verschijnen zodra een overzicht scores van leerjaar 8 heeft.",
      ),
      ...breedtes(naam, [22]),
    ];
  }
  const tabel: Blok = {
    titel: "Per schooljaar en vaardigheid (laatste LVS-afname in leerjaar 8)",
    rij: 5,
    kolom: 0,
    koppen: ["Schooljaar", "Vaardigheid", ...TELLING_KOPPEN],
    rijen: e.rijen.map((r): Waarde[] => [
      r.lopend ? `${jaarLabel(r.schooljaar)} (loopt nog)` : jaarLabel(r.schooljaar),
      r.domein,
      ...per(r.ongefilterd),
      ...per(r.gefilterd),
    ]),
    notaties: [undefined, undefined, ...TELLING_NOTATIES],
  };
  const sw = instellingen.signaleringswaarde2F1S;
  const regel = (label: string, t: Telling1F2F): Waarde[] => {
    const a1 = aandeel(t, "1F");
    const a2 = aandeel(t, "2F/1S");
    return [
      label,
      a1 ?? null,
      SIGNALERING_1F,
      a1 !== undefined ? signalering1F(a1) : "",
      instellingen.ambitie1F ?? null,
      a2 ?? null,
      sw ?? null,
      a2 !== undefined ? uitkomst2F(a2, sw) : "",
      instellingen.ambitie2F1S ?? null,
    ];
  };
  const blokken: Blok[] = [tabel];
  const zinnen: { rij: number; tekst: string }[] = [];
  let rij = onder(tabel);
  const pool = e.driejaars;
  if (e.lopend.length > 0) {
    zinnen.push({
      rij,
      tekst: `${e.lopend.map(jaarLabel).join(", ")}: leerjaar 8 heeft nog geen eindafname. Dat jaar staat hierboven als "loopt nog" en telt niet mee in de drie jaar samen.`,
    });
    rij += 2;
  }
  let perJaarJaren: readonly string[] = [];
  if (pool.jaren.length === 0) {
    zinnen.push({
      rij,
      tekst:
        "Nog geen schooljaar met een eindafname in groep 8: de drie jaar samen (zoals de inspectie telt) volgen na de eerste eindafname.",
    });
    rij += 2;
  } else {
    const poolBlok: Blok = {
      titel: `De inspectie: de laatste drie complete schooljaren samen (${pool.jaren.map(jaarLabel).join(", ")}), lezen, taalverzorging en rekenen`,
      rij,
      kolom: 0,
      koppen: [
        "",
        "% 1F",
        "Signaleringswaarde 1F",
        "Uitkomst 1F",
        "Ambitie 1F",
        "% 2F/1S",
        "Signaleringswaarde 2F/1S",
        "Uitkomst 2F/1S",
        "Ambitie 2F/1S",
      ],
      rijen: [regel("Niet gefilterd", pool.ongefilterd), regel("Gefilterd", pool.gefilterd)],
      notaties: [undefined, PROCENT, PROCENT, undefined, PROCENT, PROCENT, PROCENT, undefined, PROCENT],
    };
    const perDomein: Blok = {
      titel: `Per vaardigheid, de drie jaar samen (${jarenTekst(pool.jaren.map(jaarLabel))})`,
      rij: onder(poolBlok),
      kolom: 0,
      koppen: ["Vaardigheid", ...TELLING_KOPPEN],
      rijen: pool.perDomein.map((d): Waarde[] => [d.domein, ...per(d.ongefilterd), ...per(d.gefilterd)]),
      notaties: [undefined, ...TELLING_NOTATIES],
    };
    blokken.push(poolBlok, perDomein);
    rij = onder(perDomein);
    if (c.eindTegenLijnen.length > 0) {
      const getoond = LIJNEN_TEGEN_EIND.filter((n) => c.eindTegenLijnen.some((l) => l.lijnen[n.naam] !== undefined));
      const lijnen: Blok = {
        titel:
          "Gemiddelde ontwikkelscore (drie jaar samen, gefilterd) tegen de lijnen eind groep 8 (8b) van blad Normen",
        rij,
        kolom: 0,
        koppen: ["Vaardigheid", "Gemiddelde", ...getoond.flatMap((n) => [hoofdletter(n.inZin), "Verschil"])],
        rijen: c.eindTegenLijnen.map((l): Waarde[] => {
          const g = l.gemiddelde === undefined ? null : Math.round(l.gemiddelde * 10) / 10;
          const tegen = (w: number | undefined): Waarde[] => [
            w ?? null,
            w !== undefined && g !== null ? Math.round((g - w) * 10) / 10 : null,
          ];
          return [l.domein, g, ...getoond.flatMap((n) => tegen(l.lijnen[n.naam]))];
        }),
      };
      blokken.push(lijnen);
      rij = onder(lijnen);
    } else {
      zinnen.push({
        rij,
        tekst: `Een vergelijking met ${opsomming(LIJNEN_TEGEN_EIND.map((n) => n.inZin))} verschijnt hier zodra blad Normen een kolom ${LIJNEN_TEGEN_EIND.map((n) => n.naam).join(" of ")} met een waarde bij 8b heeft.`,
      });
      rij += 2;
    }
    perJaarJaren = pool.jaren;
  }
  const uitgesloten: Blok = {
    titel: "Leerlingen die in 'gefilterd' niet meetellen",
    rij,
    kolom: 0,
    koppen: ["Leerling", "Schooljaar", "Reden"],
    rijen:
      e.uitgesloten.length > 0
        ? e.uitgesloten.map((u) => [u.leerling, jaarLabel(u.schooljaar), u.reden])
        : [["Geen", "", "Zet de reden in een kolom 'Uitgesloten' van je overzicht."]],
  };
  blokken.push(uitgesloten);
  rij = onder(uitgesloten);
  if (c.meldingen.length > 0) {
    const meldingen: Blok = {
      titel: "Let op",
      rij,
      kolom: 0,
      koppen: ["Wat de overzichten niet eenduidig zeggen"],
      rijen: c.meldingen.map((m) => [m]),
    };
    blokken.push(meldingen);
    rij = onder(meldingen);
  }
  const changes: Change[] = [kop, ...zinnen.map((z) => zin(naam, z.rij, z.tekst))];
  if (perJaarJaren.length > 0) {
    // Per complete school year, the three domains together: the line of the chart.
    const perJaar: Blok = {
      titel: "Per schooljaar, de drie vaardigheden samen (niet gefilterd)",
      rij,
      kolom: 0,
      koppen: [
        "Schooljaar",
        "% 1F",
        "% 2F/1S",
        "Signaleringswaarde 1F",
        ...(sw !== undefined ? ["Signaleringswaarde 2F/1S"] : []),
      ],
      rijen: [...new Set(e.rijen.filter((r) => !r.lopend).map((r) => r.schooljaar))].map((j): Waarde[] => {
        const t = e.jaarTotalen.find((x) => x.schooljaar === j)!.ongefilterd;
        return [
          jaarLabel(j),
          aandeel(t, "1F") ?? null,
          aandeel(t, "2F/1S") ?? null,
          SIGNALERING_1F,
          ...(sw !== undefined ? [sw] : []),
        ];
      }),
      notaties: [undefined, PROCENT, PROCENT, PROCENT, PROCENT],
    };
    blokken.push(perJaar);
    changes.push(
      ...grafiekChanges(naam, [
        {
          type: "line",
          title: "Eindresultaten per schooljaar",
          yMin: 0,
          yMax: 1,
          yFormaat: PROCENT,
          categories: bereikVan(perJaar, 0),
          series: perJaar.koppen
            .slice(1)
            .map((k, i) => ({ name: k, values: bereikVan(perJaar, i + 1), ...(i >= 2 ? { referentie: true } : {}) })),
          anchor: grafiekRij(onder(perJaar), 0, 7),
        },
      ]),
    );
  }
  changes.splice(1 + zinnen.length, 0, ...blokken.map((b) => blokChange(naam, b)));
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
  for (const vragenlijst of VRAGENLIJSTEN) {
    const aspecten = vragenlijst.aspecten.filter((a) => a in h.gemiddelden);
    if (aspecten.length < 3) continue;
    const extra = (vragenlijst.schoolbeleving ?? []).filter((a) => a in h.gemiddelden);
    const koppen = ["Leerling", ...aspecten, ...extra, "Sociaalwenselijkheid", "Mogelijk sociaal wenselijk"];
    const tabel: Blok = {
      titel: vragenlijst.naam,
      rij,
      kolom: 0,
      koppen,
      rijen: [
        ...h.leerlingen.map((l): Waarde[] => [
          l.leerling,
          ...[...aspecten, ...extra].map((a) => l.waarden[a] ?? null),
          l.sociaalwenselijkheid ?? null,
          l.voorzichtig ? "ja" : "",
        ]),
        ["Groepsgemiddelde", ...[...aspecten, ...extra].map((a) => h.gemiddelden[a] ?? null), null, ""],
      ],
    };
    changes.push({ kind: "cells", sheet: naam, row: rij, col: 0, cells: blokCellen(tabel) });
    const aspectKop: Bereik = { rij: rij + 1, kolom: 1, rijen: 1, kolommen: aspecten.length };
    const groepsRij = rij + 2 + h.leerlingen.length;
    // Under the table, three in a row, each row of charts a row of its own: the group first, then
    // every pupil, large enough to read on paper and never cut by a page break.
    const eerste = onder(tabel);
    const plek = (i: number) => grafiekRij(eerste + Math.floor(i / 3) * 2, [0, 3, 7][i % 3]!, i % 3 === 0 ? 3 : 4);
    grafieken.push({
      type: "radar",
      title: `${vragenlijst.naam}: groep`,
      categories: aspectKop,
      series: [{ name: "groepsgemiddelde", values: { rij: groepsRij, kolom: 1, rijen: 1, kolommen: aspecten.length } }],
      anchor: plek(0),
    });
    h.leerlingen.forEach((l, i) => {
      grafieken.push({
        type: "radar",
        title: `${vragenlijst.naam}: ${l.leerling}${l.voorzichtig ? " (antwoorden mogelijk sociaal wenselijk)" : ""}`,
        categories: aspectKop,
        series: [{ name: l.leerling, values: { rij: rij + 2 + i, kolom: 1, rijen: 1, kolommen: aspecten.length } }],
        anchor: plek(i + 1),
      });
    });
    rij = eerste + Math.ceil((h.leerlingen.length + 1) / 3) * 2 + 1;
  }
  changes.push(...grafiekChanges(naam, grafieken));
  changes.push(...breedtes(naam, [22, ...Array<number>(16).fill(11)]));
  return changes;
}

/** Leerrendement per pupil and vakgebied with the handbook's signals; the pupils the inspectie may leave out. */
export function leerrendementInhoud(c: Schoolcijfers, naam: string): Change[] {
  const lr = c.leerrendement!;
  const tabel: Blok = {
    titel: "Per leerling en vakgebied",
    rij: 4,
    kolom: 0,
    koppen: [
      "Leerling",
      "Vakgebied",
      "DLE",
      "DL",
      "Doublure (DL telt door)",
      "Leerrendement",
      "Signaal",
      "Leerachterstand",
      "LWOO/PRO-signaal",
    ],
    rijen: lr.rijen.map((r): Waarde[] => [
      r.leerling,
      r.vak,
      r.dle,
      r.dl,
      r.doublure ? "ja" : "",
      r.lr,
      r.signaal,
      r.leerachterstand ?? null,
      r.lwooPro ? "ja" : "",
    ]),
    notaties: [undefined, undefined, undefined, undefined, undefined, PROCENT],
  };
  const uit: Blok = {
    titel:
      "Onder het eindniveau van groep 6 op taal én rekenen (de inspectie kan hen buiten de eindresultaten laten, als het aanbod passend was)",
    rij: onder(tabel),
    kolom: 0,
    koppen: ["Leerling"],
    rijen: lr.uitsluitbaar.length > 0 ? lr.uitsluitbaar.map((l) => [l]) : [["Geen"]],
  };
  return [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen(`Leerrendement ${c.instellingen.naam ?? ""}`.trim(), [
        "Leerrendement = DLE gedeeld door DL. Onder 83% lijkt 1F eind groep 8 niet haalbaar, onder 67% blijft de leerling onder het eindniveau van groep 6.",
        "Na een doublure waarbij de DL doortelt gelden 71% en 57%. Een LWOO/PRO-signaal: leerrendement onder het eindniveau van groep 6 en/of een leerachterstand boven 0,33.",
      ]),
    },
    blokChange(naam, tabel),
    blokChange(naam, uit),
    ...breedtes(naam, [24, 16, 8, 8, 12, 14, 26, 16, 16]),
  ];
}

/** The board's view: per school the indicator on Cito LOVS, the share on the norm and the end results. */
export function bestuurInhoud(
  scholen: readonly { readonly naam: string; readonly cijfers: Schoolcijfers }[],
  norm: Normkeuze,
  naam: string,
): Change[] {
  const metAmbitie = normDefinitie(norm)?.ambitie !== undefined;
  const tabel: Blok = {
    titel: "Scholen naast elkaar",
    rij: 4,
    kolom: 0,
    koppen: [
      "School",
      "% 1F (3 jaar, gefilterd)",
      "% 2F/1S (3 jaar, gefilterd)",
      `% op of boven ${normNaam(norm)} (dit jaar)`,
      "Leerjaren niet meegeteld",
      ...(metAmbitie ? [`Ambitie ${norm}`] : []),
      `Cito: ${INDICATOR_TOETSEN.join(", ")}`,
      `Indicator (minstens ${INDICATOR_MINIMUM} van ${INDICATOR_TOETSEN.length})`,
    ],
    rijen: scholen.map(({ naam: school, cijfers: c }): Waarde[] => [
      school,
      aandeel(c.eind.driejaars.gefilterd, "1F") ?? null,
      aandeel(c.eind.driejaars.gefilterd, "2F/1S") ?? null,
      c.opDeNorm.aandeel ?? null,
      zonderLijnTekst(c) ?? "",
      ...(metAmbitie ? [c.ambitie ?? null] : []),
      c.cito ? indicatorTelling(c.cito) : "geen blad Cito-resultaten",
      indicatorUitkomst(c.cito),
    ]),
    notaties: [undefined, PROCENT, PROCENT, PROCENT, undefined, ...(metAmbitie ? [PROCENT] : [])],
  };
  const details: Blok = {
    titel: "Cito-resultaten per toets (signalering volgens het kwaliteitshandboek)",
    rij: onder(tabel),
    kolom: 0,
    koppen: ["School", "Toets", "Moment", "Gemiddelde", "Gewogen", "Uitkomst", "Telt voor de indicator"],
    rijen: scholen.flatMap(({ naam: school, cijfers: c }) =>
      (c.cito?.toetsen ?? []).flatMap((t): Waarde[][] => {
        const rijen = c.cito!.resultaten.filter((r) => r.toets === t.toets);
        if (rijen.length === 0) return [[school, t.toets, "", null, null, "geen gegevens", "niet te beoordelen"]];
        return rijen.map((r): Waarde[] => [
          school,
          r.toets,
          r.moment,
          r.gemiddelde,
          r.gewogen ?? null,
          r.uitkomst,
          r === t.resultaat ? t.oordeel : "nee, een later moment telt",
        ]);
      }),
    ),
    notaties: [undefined, undefined, undefined, undefined, PROCENT],
  };
  const meldingen = scholen.flatMap(({ naam: school, cijfers: c }) => c.meldingen.map((m) => [school, m]));
  const meldingBlok: Blok | undefined =
    meldingen.length > 0
      ? { titel: "Let op", rij: onder(details), kolom: 0, koppen: ["School", "Melding"], rijen: meldingen }
      : undefined;
  return [
    {
      kind: "cells",
      sheet: naam,
      row: 0,
      col: 0,
      cells: titelCellen("Bestuursoverzicht", [
        `Per school de eindresultaten zoals de inspectie ze telt (uit de LVS-afnames van leerjaar 8, niet uit de doorstroomtoets), het aandeel leerlingen op koers (${normNaam(norm)}) en de eigen indicator van het bestuur.`,
        "Per Cito-toets telt één uitslag: het laatste moment van het jaar. Een toets zonder gegevens of zonder grens in de tabel is niet te beoordelen en telt niet als onvoldoende.",
      ]),
    },
    blokChange(naam, tabel),
    blokChange(naam, details),
    ...(meldingBlok ? [blokChange(naam, meldingBlok)] : []),
    ...breedtes(naam, [30, 22, 24, 26, 30, ...(metAmbitie ? [14] : []), 34, 22]),
  ];
}
