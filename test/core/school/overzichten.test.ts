import { describe, expect, it } from "vitest";
import type { Uitkomst } from "../../../src/core/groep/kleurplan";
import type { Kleur } from "../../../src/core/kleur";
import type { Moment } from "../../../src/core/moment";
import {
  bestuursIndicator,
  citoVoorSchool,
  indicatorTelling,
  leesCitoResultaten,
  zonderDubbele,
} from "../../../src/core/school/bestuur";
import { leesHartEnHanden } from "../../../src/core/school/hartenhanden";
import { leesInstellingen } from "../../../src/core/school/instellingen";
import { meerderheid } from "../../../src/core/school/meerderheid";
import {
  aandeel,
  dwarsdoorsnede,
  eindresultaten,
  opeenvolgendeSchooljaren,
  trendanalyse,
} from "../../../src/core/school/overzichten";

function u(
  leerling: string,
  schooljaar: string,
  moment: Moment,
  score: number,
  kleur: Kleur | "" = "",
  extra: Partial<Uitkomst> = {},
): Uitkomst {
  return {
    leerling,
    vaardigheid: "rekenen",
    moment,
    schooljaar,
    score,
    niveau: "",
    normwaarde: undefined,
    leergroei: undefined,
    kleur,
    ...extra,
  };
}

describe("the dwarsdoorsnede", () => {
  it("counts pupils per colour per leerjaar at their latest afname of this school year, by hand", () => {
    const rijen = dwarsdoorsnede([
      u("A", "2025-2026", "5a", 30, "lichtblauw"),
      u("A", "2025-2026", "5b", 48, "donkergroen"), // latest: counts, the 5a afname does not
      u("B", "2025-2026", "5b", 49, "lichtgroen"),
      u("C", "2025-2026", "5b", 40, "lichtblauw"),
      u("D", "2025-2026", "5b", 41, ""),
      u("E", "2024-2025", "4b", 40, "donkergroen"), // an earlier school year: not in this cross-section
    ]);
    expect(rijen).toHaveLength(1);
    // The share is over the pupils the norm could colour: D has no colour, so green 2 of 3 and dark 1 of 3.
    expect(rijen[0]).toMatchObject({ vaardigheid: "rekenen", leerjaar: 5, aantal: 4 });
    expect(rijen[0]!.aandeelGroen).toBeCloseTo(2 / 3);
    expect(rijen[0]!.aandeelDonker).toBeCloseTo(1 / 3);
    expect(rijen[0]!.perKleur).toMatchObject({
      donkergroen: 1,
      lichtgroen: 1,
      lichtblauw: 1,
      "zonder kleur": 1,
      donkerblauw: 0,
    });
  });
});

describe("the trendanalyse", () => {
  it("gives each leerjaar and school year the mean at the year's last afname, coloured by majority", () => {
    const trend = trendanalyse([
      u("A", "2024-2025", "5a", 20, "lichtblauw"), // midden: replaced by eind
      u("A", "2024-2025", "5b", 50, "donkergroen"),
      u("B", "2024-2025", "5b", 46, "lichtblauw"),
      u("C", "2024-2025", "5b", 48, "lichtgroen"),
      u("A", "2025-2026", "6b", 64, "donkergroen"),
      u("B", "2025-2026", "6b", 60, "lichtblauw"),
    ]);
    // Six consecutive school years up to the latest; the four without data stay as empty columns.
    expect(trend.schooljaren).toEqual(["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026"]);
    expect(trend.cellen).toHaveLength(2);
    // 2024-2025: groen 2 against blauw 1, donker 1 against licht 2: lichtgroen; mean (50+46+48)/3 = 48
    expect(trend.cellen[0]).toMatchObject({
      leerjaar: 5,
      schooljaar: "2024-2025",
      aantal: 3,
      gemiddelde: 48,
      moment: "5b",
      kleur: "lichtgroen",
    });
    // 2025-2026: one each way on both: ties go to green and dark
    expect(trend.cellen[1]).toMatchObject({
      leerjaar: 6,
      schooljaar: "2025-2026",
      gemiddelde: 62,
      kleur: "donkergroen",
    });
  });

  it("keeps only the last six school years", () => {
    const jaren = ["2018-2019", "2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];
    expect(trendanalyse(jaren.map((j) => u("A", j, "5b", 48))).schooljaren).toEqual(jaren.slice(1));
  });

  it("fills the six years in the spelling of the data, and takes labels that are no school year as they sort", () => {
    expect(opeenvolgendeSchooljaren(["2023/24", "2025/26"], 3)).toEqual(["2023/24", "2024/25", "2025/26"]);
    expect(opeenvolgendeSchooljaren(["2019-2020", "2025-2026"], 6)).toEqual([
      "2020-2021",
      "2021-2022",
      "2022-2023",
      "2023-2024",
      "2024-2025",
      "2025-2026",
    ]);
    expect(opeenvolgendeSchooljaren(["vorig jaar", "dit jaar", ""], 6)).toEqual(["dit jaar", "vorig jaar"]);
  });

  it("colours by growth only without a norm, and by the norm only without growth", () => {
    expect(meerderheid({ groen: 0, blauw: 0, donker: 2, licht: 1 })).toBe("donker");
    expect(meerderheid({ groen: 1, blauw: 3, donker: 0, licht: 0 })).toBe("blauw");
  });
});

describe("the eindresultaten", () => {
  const d = (
    leerling: string,
    schooljaar: string,
    vaardigheid: Uitkomst["vaardigheid"],
    score: number,
    uitgesloten?: string,
  ) => u(leerling, schooljaar, "8b", score, "", { vaardigheid, ...(uitgesloten ? { uitgesloten } : {}) });
  const afnames = [
    d("A", "2022-2023", "rekenen", 90), // outside the three-year pool
    d("A", "2023-2024", "rekenen", 82),
    d("A", "2023-2024", "lezen", 79),
    d("B", "2023-2024", "rekenen", 59),
    d("C", "2024-2025", "taalverzorging", 60),
    d("D", "2025-2026", "rekenen", 85),
    d("E", "2025-2026", "rekenen", 40, "korter dan vier jaar in Nederland"),
    u("F", "2025-2026", "7b", 95, "", { vaardigheid: "rekenen" }), // groep 7: not an end result
  ];

  it("counts 1F (60+) and 2F/1S (80+) per school year and domain, filtered and not", () => {
    const e = eindresultaten(afnames);
    const r2025 = e.rijen.find((r) => r.schooljaar === "2025-2026" && r.domein === "rekenen")!;
    expect(r2025.ongefilterd).toEqual({ aantal: 2, op1F: 1, op2F1S: 1 });
    expect(r2025.gefilterd).toEqual({ aantal: 1, op1F: 1, op2F1S: 1 });
    expect(e.uitgesloten).toEqual([
      { leerling: "E", schooljaar: "2025-2026", reden: "korter dan vier jaar in Nederland" },
    ]);
  });

  it("pools the last three cohorts and three domains with every result counting once, as the inspectie does", () => {
    const { driejaars } = eindresultaten(afnames);
    expect(driejaars.jaren).toEqual(["2023-2024", "2024-2025", "2025-2026"]);
    // 82, 79, 59, 60, 85, 40: 1F = 82, 79, 60, 85 (4 of 6); 2F/1S = 82, 85 (2 of 6)
    expect(driejaars.ongefilterd).toEqual({ aantal: 6, op1F: 4, op2F1S: 2 });
    expect(aandeel(driejaars.ongefilterd, "1F")).toBeCloseTo(4 / 6);
    expect(driejaars.gefilterd).toEqual({ aantal: 5, op1F: 4, op2F1S: 2 });
  });
});

describe("the school's settings", () => {
  it("are read from labelled cells, with percentages in any spelling", () => {
    expect(
      leesInstellingen([
        ["Naam van de school", "De Vlinderboom"],
        ["Ambitie 1F", "95%"],
        ["Ambitie 2F/1S", 0.6],
        ["Signaleringswaarde 2F/1S (inspectie)", 52],
        ["Iets anders", 3],
      ]),
    ).toEqual({ naam: "De Vlinderboom", ambitie1F: 0.95, ambitie2F1S: 0.6, signaleringswaarde2F1S: 0.52 });
  });
});

describe("hart en handen", () => {
  it("gives group means per aspect and flags high sociaalwenselijkheid from leerjaar 5, without any verdict", () => {
    const h = leesHartEnHanden([
      ["Leerling", "Leerjaar", "Zelfmanagement", "Sociale vaardigheden", "Empatisch vermogen", "Sociaalwenselijkheid"],
      ["Ada", 6, 80, 60, "70%", 59],
      ["Bram", 6, 0.6, 40, 50, 58],
      ["Chris", 4, 70, 50, 60, 90],
    ])!;
    expect(h.gemiddelden).toEqual({ Zelfmanagement: 70, "Sociale vaardigheden": 50, "Empathisch vermogen": 60 });
    expect(h.leerlingen.map((l) => [l.leerling, l.voorzichtig])).toEqual([
      ["Ada", true],
      ["Bram", false],
      ["Chris", false],
    ]);
  });
});

describe("the board's Cito indicator", () => {
  it("judges each toets by the board's table and needs four of the five at or above the bound", () => {
    const resultaten = leesCitoResultaten(
      [
        ["School", "Toets", "Moment", "Gemiddelde", "Gewogen leerlingen", "Versie"],
        ["De Vlinderboom", "DMT3", "E3", 34, "", ""], // bound 33: voldoende
        ["De Vlinderboom", "DMT4", "E4", 56, "", ""], // bound 56: voldoende (equal)
        ["De Vlinderboom", "RW4", "E4", 60, "10%", "oud"], // < 15%: bound 61: below
        ["De Vlinderboom", "RW6", "E6", 240, "10%", "3.0"], // RW3 E6 < 15%: 239: voldoende
        ["De Vlinderboom", "BL6", "M6", 33, "5%", "oud"], // BL M6 < 15%: 32*: voldoende
        ["Het Anker", "DMT3", "E3", 30, "", ""],
        ["Het Anker", "DMT4", "E4", 50, "", ""],
      ],
      "onbekend",
    );
    const [vlinderboom, anker] = bestuursIndicator(resultaten);
    expect(vlinderboom).toMatchObject({ school: "De Vlinderboom", voldoende: 4, beoordeeld: 5, voldoet: true });
    expect(vlinderboom!.resultaten.find((r) => r.toets === "RW4")?.uitkomst).toBe("code oranje");
    // Two toetsen below the bound: four of five can no longer be reached, whatever the other three do.
    expect(anker).toMatchObject({ school: "Het Anker", voldoende: 0, beoordeeld: 2, voldoet: false });
  });

  it("does not judge a toets whose table has no bound at that moment, and does not count it as failed", () => {
    // BL (old) at E6 has an empty cell in the handbook's table.
    const [school] = bestuursIndicator(
      leesCitoResultaten(
        [
          ["School", "Toets", "Moment", "Gemiddelde", "Gewogen leerlingen"],
          ["A", "DMT3", "E3", 34],
          ["A", "DMT4", "E4", 56],
          ["A", "RW4", "E4", 65, "10%"],
          ["A", "BL6", "E6", 50, "10%"],
        ],
        "A",
      ),
    );
    expect(school!.toetsen.map((t) => t.oordeel)).toEqual([
      "voldoende",
      "voldoende",
      "voldoende",
      "niet te beoordelen",
      "niet te beoordelen",
    ]);
    expect(indicatorTelling(school!)).toBe("3 van 5 voldoende (3 van 5 te beoordelen)");
    expect(school!.voldoet).toBeUndefined();
  });

  it("matches the school by name regardless of capitals and spaces, and says so when the Cito sheet names it otherwise", () => {
    const rij = (school: string) => [school, "DMT3", "E3", 34];
    const kop = ["School", "Toets", "Moment", "Gemiddelde"];
    expect(citoVoorSchool(leesCitoResultaten([kop, rij("de  vlinderboom")], ""), "De Vlinderboom")).toMatchObject({
      indicator: { school: "de  vlinderboom" },
    });
    expect(citoVoorSchool(leesCitoResultaten([kop, rij("Vlinderboom")], ""), "De Vlinderboom").melding).toContain(
      'heet de school "Vlinderboom", op Schoolinstellingen "De Vlinderboom"',
    );
    const twee = citoVoorSchool(leesCitoResultaten([kop, rij("Het Anker"), rij("De Linde")], ""), "De Vlinderboom");
    expect(twee.indicator).toBeUndefined();
    expect(twee.melding).toContain('"Het Anker", "De Linde"');
  });

  it("counts a school given twice once", () => {
    const r = zonderDubbele([{ naam: "De Linde" }, { naam: "de linde " }, { naam: "Het Anker" }], (s) => s.naam);
    expect(r.scholen.map((s) => s.naam)).toEqual(["De Linde", "Het Anker"]);
    expect(r.meldingen).toHaveLength(1);
  });
});
