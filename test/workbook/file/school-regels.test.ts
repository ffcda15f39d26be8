/**
 * The rules an audit of the school figures against the sources found wrong, each on a small
 * workbook made for it, with the figures worked out by hand.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import type { Normkeuze } from "../../../src/core/groep/kleurplan";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakKaarten } from "../../../src/workbook/kwaliteitskaart";
import { maakSchooloverzichten } from "../../../src/workbook/school";

type Rij = readonly CellValue[];

interface Scenario {
  readonly export?: readonly Rij[];
  readonly instellingen?: Readonly<Record<string, CellValue>>;
  readonly cito?: readonly Rij[];
  readonly normen?: readonly Rij[];
  readonly bladen?: Readonly<Record<string, readonly Rij[]>>;
}

const EXPORT_KOP = ["Leerling", "Schooljaar", "Vaardigheid", "Afname", "Ontwikkelscore", "Uitgesloten"];

async function werkmap(s: Scenario): Promise<FileWorkbook> {
  const wb = new ExcelJS.Workbook();
  const instellingen = wb.addWorksheet("Schoolinstellingen");
  for (const [label, waarde] of Object.entries(s.instellingen ?? { "Naam van de school": "De Proef" }))
    instellingen.addRow([label, waarde]);
  if (s.export) {
    const ws = wb.addWorksheet("Export");
    ws.addRow(EXPORT_KOP);
    for (const r of s.export) ws.addRow([...r]);
  }
  for (const [naam, rijen] of Object.entries(s.bladen ?? {})) {
    const ws = wb.addWorksheet(naam);
    for (const r of rijen) ws.addRow([...r]);
  }
  if (s.cito) {
    const ws = wb.addWorksheet("Cito-resultaten");
    ws.addRow(["School", "Toets", "Moment", "Gemiddelde", "Gewogen leerlingen", "Versie"]);
    for (const r of s.cito) ws.addRow([...r]);
  }
  if (s.normen) {
    const ws = wb.addWorksheet("Normen");
    for (const r of s.normen) ws.addRow([...r]);
  }
  return FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

async function blad(wb: FileWorkbook, naam: string): Promise<CellValue[][]> {
  return (await wb.read({ sheets: [naam] })).sheets[0]!.cellen;
}

const na = (cellen: CellValue[][], ...begin: CellValue[]) => cellen.find((r) => begin.every((b, i) => r[i] === b));

/** The row of a table whose first cell is `label`, as header → value, the header being the nearest row above that holds `kolom`. */
function rijOnder(cellen: CellValue[][], kolom: string, label: CellValue): Record<string, CellValue> {
  const i = cellen.findIndex((r) => r[0] === label);
  let k = i;
  while (k >= 0 && !cellen[k]!.includes(kolom)) k--;
  return Object.fromEntries(cellen[k]!.map((kop, j) => [String(kop), cellen[i]![j]]));
}

/** The row under a card's section whose column A reads `label`, as header → value. */
function kaartRij(cellen: CellValue[][], sectie: string, label: string): Record<string, CellValue> {
  const start = cellen.findIndex((r) => r[0] === sectie);
  const kop = cellen.findIndex((r, i) => i > start && r.includes("Bron"));
  const rij = cellen.find((r, i) => i > kop && r[0] === label)!;
  return Object.fromEntries(cellen[kop]!.map((k, i) => [String(k), rij[i]]));
}

const tekst = (cellen: CellValue[][]) => cellen.flat().filter((v): v is string => typeof v === "string");

async function schoolEnKaarten(s: Scenario, norm: Normkeuze) {
  const wb = await werkmap(s);
  const overzichten = await maakSchooloverzichten(wb, { norm });
  await maakKaarten(wb, {
    kaarten: ["ib", "beleid"],
    instrumenten: ["tussenopbrengsten", "eindresultaten", "cito"],
    norm,
    datum: "01-02-2026",
  });
  return { wb, overzichten };
}

describe("the share on the norm under a norm without a line for some leerjaren", () => {
  // Leerjaar 5: no 1F line (it starts in leerjaar 6). Leerjaar 6 at 6b, 1F line 48: 50 and 49 green, 40 blue.
  const scenario: Scenario = {
    instellingen: { "Naam van de school": "De Proef", "Ambitie 1F": "90%", "Ambitie 2F/1S": "60%" },
    export: [
      ["Ada", "2025-2026", "Rekenen", "E5", 50],
      ["Bram", "2025-2026", "Rekenen", "E5", 30],
      ["Chris", "2025-2026", "Rekenen", "E5", 45],
      ["Dewi", "2025-2026", "Rekenen", "E6", 50],
      ["Eva", "2025-2026", "Rekenen", "E6", 49],
      ["Fenna", "2025-2026", "Rekenen", "E6", 40],
    ],
    cito: [["De Proef", "DMT3", "E3", 34]],
  };

  it("leaves those leerjaren out and says so, the board sheet and the board card agreeing", async () => {
    const { wb } = await schoolEnKaarten(scenario, "1F");
    const bestuur = await blad(wb, "Bestuursoverzicht");
    const school = rijOnder(bestuur, "School", "De Proef");
    // Two of the three pupils of leerjaar 6; leerjaar 5 has no 1F line and is not in the share.
    expect(school["% op of boven ontwikkellijn 1F (dit jaar)"]).toBeCloseTo(2 / 3);
    expect(school["Leerjaren niet meegeteld"]).toBe("leerjaar 5 telt niet mee: ontwikkellijn 1F heeft daar geen lijn");
    const beleid = await blad(wb, "Kwaliteitskaart beleid");
    expect(kaartRij(beleid, "Tussenopbrengsten per school", "De Proef")["Op of boven de norm"]).toBeCloseTo(2 / 3);
    const tussen = await blad(wb, "Instrument - Tussenopbrengsten");
    const aandeel = kaartRij(
      tussen,
      "Indicatoren",
      "Aandeel leerlingen op of boven de norm bij de laatste afname (alle leerjaren en vaardigheden)",
    );
    expect(aandeel["Gemeten"]).toBeCloseTo(2 / 3);
    expect(String(aandeel["Bron"])).toContain("leerjaar 5 telt niet mee");
  });

  it("titles the ambitie column after the chosen norm and fills it with that norm's ambitie", async () => {
    const { wb } = await schoolEnKaarten(scenario, "1F");
    const school = rijOnder(await blad(wb, "Bestuursoverzicht"), "School", "De Proef");
    expect(school["Ambitie 1F"]).toBe(0.9);
    expect(Object.keys(school)).not.toContain("Ambitie 2F/1S");
  });
});

describe("the board's Cito indicator", () => {
  // DMT3: M3 25 (bound 21) good, E3 30 (bound 33) below. DMT4: M4 40 (48) below, E4 60 (56) good.
  // RW4 E4 65 (61) good. RW6: M6 70 (84) below, E6 95 (89) good. BL6: no row. Four of seven rows are good.
  const cito: Rij[] = [
    ["De Proef", "DMT3", "M3", 25],
    ["De Proef", "DMT3", "E3", 30],
    ["De Proef", "DMT4", "M4", 40],
    ["De Proef", "DMT4", "E4", 60],
    ["De Proef", "RW4", "E4", 65, "10%"],
    ["De Proef", "RW6", "M6", 70, "10%"],
    ["De Proef", "RW6", "E6", 95, "10%"],
  ];

  it("counts toetsen, not rows: the E moment counts, and a toets without data is not judged and not failed", async () => {
    const { wb } = await schoolEnKaarten({ export: [["Ada", "2025-2026", "Rekenen", "E5", 50]], cito }, "2F/1S");
    const bestuur = await blad(wb, "Bestuursoverzicht");
    const school = rijOnder(bestuur, "School", "De Proef");
    // DMT4, RW4 and RW6 at or above the bound, DMT3 below at E3, BL6 not to judge: 4 of 5 is still possible.
    expect(school["Cito: DMT3, DMT4, RW4, RW6, BL6"]).toBe("3 van 5 voldoende (4 van 5 te beoordelen)");
    expect(school["Indicator (minstens 4 van 5)"]).toBe("nog niet te beoordelen");
    expect(na(bestuur, "De Proef", "DMT3", "M3")?.at(-1)).toBe("nee, een later moment telt");
    expect(na(bestuur, "De Proef", "DMT3", "E3")?.at(-1)).toBe("onvoldoende");
    expect(na(bestuur, "De Proef", "BL6")?.slice(-2)).toEqual(["geen gegevens", "niet te beoordelen"]);
    const beleid = await blad(wb, "Kwaliteitskaart beleid");
    expect(kaartRij(beleid, "Tussenopbrengsten per school", "De Proef")["Cito-indicator"]).toBe(
      "3 van 5 voldoende (4 van 5 te beoordelen)",
    );
    const kaart = await blad(wb, "Instrument - Cito LOVS");
    expect(
      kaartRij(kaart, "Indicatoren", "Meetpunten DMT3, DMT4, RW4, RW6 en BL6 op of boven de ondergrens"),
    ).toMatchObject({
      Gemeten: "3 van 5 voldoende (4 van 5 te beoordelen)",
      "Voldaan?": "nog niet te beoordelen",
    });
  });

  it("is not met once four can no longer be reached", async () => {
    const slecht = [...cito.slice(0, 2), ["De Proef", "DMT4", "E4", 50]];
    const { wb } = await schoolEnKaarten(
      { export: [["Ada", "2025-2026", "Rekenen", "E5", 50]], cito: slecht },
      "2F/1S",
    );
    const school = rijOnder(await blad(wb, "Bestuursoverzicht"), "School", "De Proef");
    expect(school["Cito: DMT3, DMT4, RW4, RW6, BL6"]).toBe("0 van 5 voldoende (2 van 5 te beoordelen)");
    expect(school["Indicator (minstens 4 van 5)"]).toBe("voldoet niet");
  });
});

describe("exclusion", () => {
  const groep8 = (leerling: string, scores: [number, number, number], uit: [string?, string?, string?] = []): Rij[] =>
    (["Begrijpend lezen", "Taalverzorging", "Rekenen"] as const).map((v, i) => [
      leerling,
      "2025-2026",
      v,
      "E8",
      scores[i]!,
      uit[i] ?? null,
    ]);

  it("is per pupil: a mark on one row takes the pupil out of every domain of that year, and the sheet says so", async () => {
    // Eva 82, 61, 59; Fenna 60, 80, 79 marked on rekenen only. Filtered: Eva alone, 1F 2 of 3, 2F/1S 1 of 3.
    const { wb } = await schoolEnKaarten(
      {
        export: [
          ...groep8("Eva", [82, 61, 59]),
          ...groep8("Fenna", [60, 80, 79], [undefined, undefined, "nieuwkomer"]),
        ],
      },
      "2F/1S",
    );
    const eind = await blad(wb, "Eindresultaten");
    const wel = na(eind, "Gefilterd")!;
    expect(wel[1]).toBeCloseTo(2 / 3);
    expect(wel[5]).toBeCloseTo(1 / 3);
    expect(na(eind, "Fenna")).toEqual(["Fenna", "2025-2026", "nieuwkomer"]);
    expect(tekst(eind).some((t) => t.startsWith("Fenna (2025-2026) staat op 1 van de 3 regels als uitgesloten"))).toBe(
      true,
    );
  });

  it("reports two different grounds for one pupil instead of silently using one", async () => {
    const { wb } = await schoolEnKaarten(
      {
        export: [
          ...groep8("Eva", [82, 61, 59]),
          ...groep8("Gijs", [60, 80, 79], ["nieuwkomer", "ontwikkelingsperspectief", "nieuwkomer"]),
        ],
      },
      "2F/1S",
    );
    const eind = await blad(wb, "Eindresultaten");
    expect(
      tekst(eind).some((t) =>
        t.includes(
          'Gijs (2025-2026) heeft verschillende redenen om uit te sluiten: "nieuwkomer" en "ontwikkelingsperspectief"',
        ),
      ),
    ).toBe(true);
    expect(na(eind, "Gijs")?.[2]).toBe("nieuwkomer / ontwikkelingsperspectief");
  });
});

describe("the three-year pool", () => {
  const cohort = (jaar: string, moment: string, scores: readonly number[]): Rij[] =>
    scores.map((s, i) => [`L${jaar}${i}`, jaar, "Rekenen", moment, s]);

  it("uses complete cohorts only and shows a school year still in progress on its own, labelled", async () => {
    // Complete: 2022-2023 (60, 80), 2023-2024 (59, 85), 2024-2025 (70, 50). 2025-2026 only has M8 (90, 90).
    const { wb } = await schoolEnKaarten(
      {
        export: [
          ...cohort("2022-2023", "E8", [60, 80]),
          ...cohort("2023-2024", "E8", [59, 85]),
          ...cohort("2024-2025", "E8", [70, 50]),
          ...cohort("2025-2026", "M8", [90, 90]),
        ],
      },
      "2F/1S",
    );
    const eind = await blad(wb, "Eindresultaten");
    // 1F: 60, 80, 85, 70 of 6; 2F/1S: 80, 85 of 6.
    const niet = na(eind, "Niet gefilterd")!;
    expect(niet[1]).toBeCloseTo(4 / 6);
    expect(niet[5]).toBeCloseTo(2 / 6);
    expect(
      tekst(eind).some((t) =>
        t.startsWith("De inspectie: de laatste drie complete schooljaren samen (2022-2023, 2023-2024, 2024-2025)"),
      ),
    ).toBe(true);
    expect(na(eind, "2025-2026 (loopt nog)", "rekenen")?.slice(2, 5)).toEqual([2, 2, 1]);
    expect(tekst(eind).some((t) => t.startsWith("2025-2026: leerjaar 8 heeft nog geen eindafname"))).toBe(true);
    const beleid = await blad(wb, "Kwaliteitskaart beleid");
    expect(
      kaartRij(beleid, "Eindresultaten tegen signaleringswaarde en ambitie", "De Proef – 1F")["Alle leerlingen"],
    ).toBeCloseTo(4 / 6);
  });
});

describe("the trendanalyse", () => {
  it("compares like with like: six consecutive years, a missing year as an empty column, midden only where a year has no eind yet", async () => {
    const rij = (jaar: string, moment: string, score: number, l = "Ada"): Rij => [l, jaar, "Rekenen", moment, score];
    const { wb } = await schoolEnKaarten(
      {
        export: [
          rij("2020-2021", "E5", 48),
          rij("2021-2022", "E5", 46),
          // 2022-2023: no data at all.
          rij("2023-2024", "E5", 50),
          // 2024-2025 has eind afnames: groep 6's lone midden afname is not set beside them.
          rij("2024-2025", "E5", 47),
          rij("2024-2025", "M6", 60, "Bram"),
          // 2025-2026 is in progress: midden only.
          rij("2025-2026", "M5", 41),
        ],
      },
      "2F/1S",
    );
    const trend = await blad(wb, "Trendanalyse");
    const kop = na(trend, "Leerjaar")!;
    expect(kop).toEqual([
      "Leerjaar",
      "2020-2021",
      "2021-2022",
      "2022-2023",
      "2023-2024",
      "2024-2025",
      "2025-2026 (midden)",
    ]);
    expect(na(trend, "leerjaar 5")?.slice(1)).toEqual([48, 46, null, 50, 47, 41]);
    expect(na(trend, "leerjaar 6")).toBeUndefined();
  });
});

describe("the end results against the lines of the Normen table", () => {
  it("set the pooled mean per domain beside landelijk and schoolweging at 8b, and show the three years per domain", async () => {
    const { wb } = await schoolEnKaarten(
      {
        export: [
          ["Eva", "2025-2026", "Rekenen", "E8", 82],
          ["Fenna", "2025-2026", "Rekenen", "E8", 60],
          ["Eva", "2025-2026", "Begrijpend lezen", "E8", 70],
        ],
        normen: [
          ["moment", "landelijk", "schoolweging", "landelijk rekenen"],
          ["8a", 70, 66, 69],
          ["8b", 74, 70, 73],
        ],
      },
      "2F/1S",
    );
    const eind = await blad(wb, "Eindresultaten");
    // Rekenen (82 + 60) / 2 = 71 against its own landelijk line 73 and the general schoolweging 70.
    expect(na(eind, "rekenen", 71)).toEqual(["rekenen", 71, 73, -2, 70, 1]);
    expect(na(eind, "lezen", 70)).toEqual(["lezen", 70, 74, -4, 70, 0]);
    const perDomein = rijOnder(eind, "Aantal (gefilterd)", "rekenen");
    expect(perDomein).toMatchObject({ Vaardigheid: "rekenen", Aantal: 2, "Op 1F": 2, "Op 2F/1S": 1 });
  });
});

describe("leerrendement", () => {
  it("gives each pupil's signal by the handbook's kengetallen, also after a doublure, and the instrument card counts the same rows", async () => {
    const { wb, overzichten } = await schoolEnKaarten(
      {
        export: [["Ada", "2025-2026", "Rekenen", "E5", 50]],
        bladen: {
          Leerrendement: [
            ["Leerling", "Vakgebied", "DLE", "DL", "Doublure", "Leerachterstand"],
            ["Ada", "Rekenen", 50, 60, "", 0.1], // 83%: 1F haalbaar
            ["Bram", "Rekenen", 45, 60, "", 0.2], // 75%: 1F niet haalbaar
            ["Chris", "Rekenen", 38, 60, "", 0.4], // 63%: onder eindniveau groep 6, LWOO/PRO
            ["Chris", "Taal", 35, 60, "", 0.4], // 58%: idem; both domains: the inspectie may leave Chris out
            ["Dewi", "Rekenen", 50, 70, "ja", 0.2], // 71% after a doublure: 1F haalbaar
            ["Eva", "Rekenen", 39, 70, "ja", 0.2], // 56%: onder eindniveau groep 6 after a doublure
          ],
        },
      },
      "2F/1S",
    );
    expect(overzichten.map((o) => o.blad)).toContain("Leerrendement – signalen");
    const lr = await blad(wb, "Leerrendement – signalen");
    expect(na(lr, "Ada", "rekenen")?.[6]).toBe("1F haalbaar");
    expect(na(lr, "Bram", "rekenen")?.[6]).toBe("1F niet haalbaar");
    expect(na(lr, "Chris", "taal")?.slice(6)).toEqual(["onder eindniveau groep 6", 0.4, "ja"]);
    expect(na(lr, "Dewi", "rekenen")?.[6]).toBe("1F haalbaar");
    expect(na(lr, "Eva", "rekenen")?.[6]).toBe("onder eindniveau groep 6");
    // Chris is below the end level of groep 6 on taal and on rekenen: listed once below the table.
    const lijst = lr.findIndex((r) => String(r[0]).startsWith("Onder het eindniveau van groep 6 op taal én rekenen"));
    expect(
      lr
        .slice(lijst + 2)
        .filter((r) => r[0] != null)
        .map((r) => r[0]),
    ).toEqual(["Chris"]);

    await maakKaarten(wb, { kaarten: [], instrumenten: ["eigen-leerlijn"], norm: "2F/1S", datum: "01-02-2026" });
    const kaart = await blad(wb, "Instrument - Eigen leerlijnen");
    const gemeten = (label: string) => kaartRij(kaart, "Indicatoren", label)["Gemeten"];
    expect(gemeten("Leerrendement onder 83%: 1F eind groep 8 lijkt niet haalbaar")).toBe(
      "3 van 4: Bram (rekenen), Chris (rekenen), Chris (taal)",
    );
    expect(gemeten("Na een doublure waarbij de DL doortelt: leerrendement onder 57% (onder eindniveau groep 6)")).toBe(
      "1 van 2: Eva (rekenen)",
    );
    expect(
      gemeten("Signaal voor LWOO of PRO: een leerrendement onder 67%, een leerachterstand boven 0,33, of allebei"),
    ).toBe("3 van 6: Chris (rekenen), Chris (taal), Eva (rekenen)");
  });
});

describe("empty states", () => {
  it("say why on the sheet when the workbook has group sheets only and no groep 8", async () => {
    const { wb, overzichten } = await schoolEnKaarten(
      {
        bladen: {
          "Groep 5": [
            ["Naam", "Rekenen M5", "Rekenen E5"],
            ["Ada", 40, 48],
            ["Bram", 40, 44],
          ],
        },
      },
      "2F/1S",
    );
    expect(overzichten.map((o) => o.status)).toEqual(["klaar", "klaar", "klaar"]);
    const eind = await blad(wb, "Eindresultaten");
    const trend = await blad(wb, "Trendanalyse");
    expect(tekst(eind).some((t) => t.startsWith("Er zijn geen afnames van leerjaar 8"))).toBe(true);
    expect(tekst(trend).some((t) => t.startsWith("De overzichten in deze werkmap noemen geen schooljaar"))).toBe(true);
    for (const naam of ["Dwarsdoorsnede", "Trendanalyse", "Eindresultaten"]) {
      expect(
        tekst(await blad(wb, naam)).filter((t) => t.includes("()")),
        naam,
      ).toEqual([]);
    }
  });
});
