import { describe, expect, it } from "vitest";
import type { Uitkomst } from "../../../src/core/groep/kleurplan";
import {
  bestuursgegevens,
  getal,
  groepsgegevens,
  instrumentGegevens,
  metingen,
  normpositie,
  periodeTekst,
  schoolgegevens,
  type SchoolInvoer,
} from "../../../src/core/kaart/gegevens";
import { INSTRUMENTEN } from "../../../src/core/kaart/sjabloon";
import type { BestuursIndicator } from "../../../src/core/school/bestuur";

function uitkomst(
  leerling: string,
  vaardigheid: Uitkomst["vaardigheid"],
  score: number,
  extra: Partial<Uitkomst> = {},
): Uitkomst {
  return {
    leerling,
    vaardigheid,
    moment: "5b",
    score,
    niveau: "",
    normwaarde: 48,
    leergroei: undefined,
    kleur: "",
    ...extra,
  };
}

// The group of test/fixtures kleineGroep at E5 (norm 48, expected growth 8), computed by hand.
const rekenen = [
  uitkomst("Ada", "rekenen", 48, { leergroei: 1, kleur: "donkergroen" }),
  uitkomst("Bram", "rekenen", 44, { leergroei: 0.5, kleur: "lichtblauw" }),
  uitkomst("Chris", "rekenen", 50, { leergroei: 1.75, kleur: "donkergroen" }),
  uitkomst("Dewi", "rekenen", 41, { leergroei: 0.375, kleur: "lichtblauw" }),
];

describe("what a group's data says on a card", () => {
  const g = groepsgegevens({
    blad: "Groep 5",
    uitkomsten: rekenen,
    norm: "2F/1S",
    datum: "01-02-2026",
    school: "De Kleine Kaart",
  });
  const rij = g.rijen.vaardigheden![0]!;
  const v = (k: string) => rij.velden[k]?.waarde;

  it("calls the group op de norm by the majority of its pupils, a tie counting as reached, and shows the mean beside it", () => {
    // Ada and Chris green, Bram and Dewi blue: two of four is a tie, so op de norm (as the trendanalyse colours it).
    expect(v("vaardigheid.normpositie")).toBe("op de norm");
    expect(v("vaardigheid.gemiddelde")).toBe("45,8 (norm 48,0)");
  });

  it("describes the spread with the extremes and the middle half as QUARTILE.INC gives them", () => {
    // 41, 44, 48, 50: Q1 = 41 + 0.75 × 3 = 43.25, Q3 = 48 + 0.25 × 2 = 48.5.
    expect(v("vaardigheid.spreiding")).toBe("laagste 41, hoogste 50; middelste helft 43,3 tot 48,5 (4 leerlingen)");
  });

  it("gives the mean growth as a multiple of expected and names who grew less", () => {
    // (1 + 0.5 + 1.75 + 0.375) / 4 = 0.906.
    expect(v("vaardigheid.groei")).toBe("0,9 × verwacht; 2 van 4 minder");
    expect(v("vaardigheid.groeiTekst")).toBe(
      "Gemiddeld 0,9 keer de verwachte groei. 2 van de 4 leerlingen groeiden minder dan verwacht: Bram, Dewi.",
    );
  });

  it("names the pupils below the norm and, of them, those with growth below expected", () => {
    expect(v("vaardigheid.onderNorm")).toBe("Bram, Dewi (2 van 4)");
    expect(v("vaardigheid.aandacht")).toBe("Bram, Dewi");
    expect(v("vaardigheid.nietBehaald")).toContain("Van hen groeiden minder dan verwacht: Bram, Dewi.");
  });

  it("says where every value came from", () => {
    for (const vulling of Object.values(rij.velden))
      expect(vulling.bron).toBe("blad Groep 5, laatste afname, ontwikkellijn 2F/1S");
    expect(g.velden["school.naam"]).toEqual({ waarde: "De Kleine Kaart", bron: "blad Schoolinstellingen" });
    expect(g.velden["groep.periode"]?.waarde).toBe("eind groep 5 (5b)");
  });

  it("leaves the norm questions open when the group is coloured without a norm", () => {
    const zonder = groepsgegevens({
      blad: "Groep 5",
      uitkomsten: rekenen.map((u) => ({ ...u, normwaarde: undefined })),
      norm: "geen",
      datum: "",
    });
    const velden = zonder.rijen.vaardigheden![0]!.velden;
    expect(velden["vaardigheid.normpositie"]).toBeUndefined();
    expect(velden["vaardigheid.onderNorm"]).toBeUndefined();
    expect(velden["vaardigheid.groei"]?.waarde).toBe("0,9 × verwacht; 2 van 4 minder");
  });
});

describe("the rule for op and onder de norm in the groepsanalyse", () => {
  it("follows the majority of pupils, not the mean: one high score does not lift a group that is mostly below", () => {
    // 41, 44, 47 and 70 against 48: the mean 50.5 lies above the norm, but three of four pupils are below it.
    const groep = [41, 44, 47, 70].map((score, i) =>
      uitkomst(`L${i}`, "rekenen", score, { kleur: score >= 48 ? "groen" : "blauw" }),
    );
    const g = groepsgegevens({ blad: "Groep 5", uitkomsten: groep, norm: "2F/1S", datum: "" });
    expect(g.rijen.vaardigheden![0]!.velden["vaardigheid.normpositie"]?.waarde).toBe("onder de norm");
    expect(normpositie(["groen", "lichtgroen", "blauw"])).toBe("op de norm");
    expect(normpositie(["donker", "licht"])).toBeUndefined();
  });

  it("writes numbers with a decimal comma and periods in words", () => {
    expect(getal(0.25 + 0.1)).toBe("0,3");
    expect(periodeTekst(["5a"])).toBe("midden groep 5 (5a)");
    expect(periodeTekst(["6b", "5b", "5b"], "2025-2026")).toBe("afnames 5b en 6b, schooljaar 2025-2026");
  });
});

// Two leerjaren in 2025-2026, leerjaar 5 also a year earlier; groep 8 with one pupil left out.
const afnames: Uitkomst[] = [
  ...rekenen.map((u) => ({ ...u, schooljaar: "2025-2026" })),
  uitkomst("Eef", "rekenen", 30, { schooljaar: "2024-2025", kleur: "lichtblauw", leergroei: 0.5 }),
  uitkomst("Fay", "rekenen", 30, { schooljaar: "2024-2025", kleur: "lichtblauw", leergroei: 0.5 }),
  uitkomst("Eva", "lezen", 82, {
    moment: "8b",
    schooljaar: "2025-2026",
    normwaarde: 80,
    kleur: "donkergroen",
    leergroei: 1,
  }),
  uitkomst("Eva", "rekenen", 61, {
    moment: "8b",
    schooljaar: "2025-2026",
    normwaarde: 80,
    kleur: "lichtblauw",
    leergroei: 0.5,
  }),
  uitkomst("Eva", "taalverzorging", 59, {
    moment: "8b",
    schooljaar: "2025-2026",
    normwaarde: 80,
    kleur: "lichtblauw",
    leergroei: 0.5,
  }),
  ...(["lezen", "rekenen", "taalverzorging"] as const).map((v, i) =>
    uitkomst("Fenna", v, [60, 80, 79][i]!, {
      moment: "8b",
      schooljaar: "2025-2026",
      normwaarde: 80,
      uitgesloten: "nieuwkomer",
      kleur: i === 1 ? "donkergroen" : "lichtblauw",
      leergroei: i === 1 ? 1 : 0.5,
    }),
  ),
];
const invoer: SchoolInvoer = {
  afnames,
  bronnen: ["Export"],
  instellingen: { naam: "De Kleine Kaart", ambitie1F: 0.95, ambitie2F1S: 0.6, signaleringswaarde2F1S: 0.5 },
  norm: "2F/1S",
  datum: "01-02-2026",
};

describe("what a school's data says on the IB card", () => {
  const g = schoolgegevens(invoer);
  const rij = (label: string) => g.rijen.leerjaren!.find((r) => r.label === label)!.velden;

  it("gives per leerjaar and vaardigheid the share on or above the norm against the ambitie", () => {
    expect(rij("rekenen, leerjaar 5")["leerjaar.aandeelGroen"]).toMatchObject({ waarde: 0.5, notatie: "0%" });
    expect(rij("rekenen, leerjaar 5")["leerjaar.ambitie"]?.waarde).toBe(0.6);
    expect(rij("rekenen, leerjaar 5")["leerjaar.ambitieGehaald"]?.waarde).toBe("nee");
  });

  it("compares the majority colour with the same leerjaar a year earlier, shown in that colour", () => {
    // 2025-2026: green 2 against blue 2 is green, dark 2 against light 2 is dark.
    expect(rij("rekenen, leerjaar 5")["leerjaar.kleurNu"]).toMatchObject({
      waarde: "donkergroen",
      kleur: "donkergroen",
    });
    expect(rij("rekenen, leerjaar 5")["leerjaar.kleurVorig"]?.waarde).toBe("lichtblauw");
  });

  it("names groups of concern and groups to learn from", () => {
    // Taalverzorging 8: Eva and Fenna both lichtblauw; rekenen 8 is a tie, which goes to donkergroen.
    expect(g.velden["school.zorg"]?.waarde).toContain(
      "Leerjaren waar de meeste leerlingen onder de norm zitten of minder groeiden dan verwacht: taalverzorging, leerjaar 8 (lichtblauw).",
    );
    expect(g.velden["school.zorg"]?.waarde).toContain("Onder de ambitie: rekenen, leerjaar 5 (50%)");
    expect(g.velden["school.voorbeeld"]?.waarde).toBe(
      "Er is geen leerjaar waar de meeste leerlingen donkergroen zijn.",
    );
  });
});

describe("the IB card's care sentence", () => {
  it("names every leerjaar where most pupils are below the norm or grew less than expected, lichtgroen included", () => {
    // Leerjaar 6: all four on the norm, three of them with less growth than expected: lichtgroen.
    const zes = ["A", "B", "C", "D"].map((l, i) =>
      uitkomst(l, "rekenen", 60, {
        moment: "6b",
        schooljaar: "2025-2026",
        normwaarde: 56,
        kleur: i === 0 ? "donkergroen" : "lichtgroen",
        leergroei: i === 0 ? 1 : 0.5,
      }),
    );
    const g = schoolgegevens({ ...invoer, afnames: zes });
    expect(g.velden["school.zorg"]?.waarde).toBe(
      "Leerjaren waar de meeste leerlingen onder de norm zitten of minder groeiden dan verwacht: rekenen, leerjaar 6 (lichtgroen).",
    );
  });
});

describe("the measurable indicators of the instruments", () => {
  const rw4 = {
    school: "De Kleine Kaart",
    toets: "RW4",
    moment: "E4",
    gemiddelde: 60,
    versie3: false,
    uitkomst: "code oranje",
  } as const;
  const goed = (toets: "DMT3" | "DMT4" | "RW6" | "BL6") => ({
    toets,
    oordeel: "voldoende" as const,
    resultaat: { ...rw4, toets, uitkomst: "voldoende" },
  });
  const cito: BestuursIndicator = {
    school: "De Kleine Kaart",
    voldoende: 4,
    beoordeeld: 5,
    voldoet: true,
    toetsen: [
      goed("DMT3"),
      goed("DMT4"),
      { toets: "RW4", oordeel: "onvoldoende", resultaat: rw4 },
      goed("RW6"),
      goed("BL6"),
    ],
    resultaten: [rw4],
  };
  const m = metingen({ ...invoer, cito });

  it("measure the end results over three years after leaving out excluded pupils, by hand", () => {
    // Eva alone: 82 and 61 reach 1F (2 of 3), 82 reaches 2F/1S (1 of 3).
    expect(m["eind.1F"]?.gemeten.waarde).toBeCloseTo(2 / 3);
    expect(m["eind.1F"]?.grens?.waarde).toBe(0.85);
    expect(m["eind.1F"]?.voldaan?.waarde).toBe("nee");
    expect(m["eind.2F1S"]?.gemeten.waarde).toBeCloseTo(1 / 3);
    expect(m["eind.2F1S"]?.grens?.waarde).toBe(0.5);
  });

  it("measure the share on or above the norm against the ambitie, and the Cito indicator with its codes", () => {
    // Latest afname 2025-2026: rekenen 5 two of four green, groep 8 Eva lezen and Fenna rekenen: 4 of 10.
    expect(m["tussen.aandeelGroen"]?.gemeten.waarde).toBeCloseTo(4 / 10);
    expect(m["tussen.aandeelGroen"]?.voldaan?.waarde).toBe("nee");
    expect(m["cito.indicator"]).toMatchObject({ gemeten: { waarde: "4 van 5 voldoende" }, voldaan: { waarde: "ja" } });
    expect(m["cito.codes"]?.gemeten.waarde).toBe("RW4 (E4): code oranje");
  });

  it("put a measured bound over the template's suggestion, and keep the suggestion where nothing is measured", () => {
    const eind = instrumentGegevens(
      INSTRUMENTEN.find((i) => i.id === "eindresultaten")!,
      schoolgegevens(invoer),
    );
    const tweeF = eind.perLabel!["Aandeel resultaten op 2F/1S of hoger, drie jaar samen, gefilterd"]!;
    expect(tweeF["grens"]).toMatchObject({
      waarde: 0.5,
      bron: "blad Export, eindresultaten 2025-2026, gefilterd; Schoolinstellingen",
    });
    const groepsbesprekingen = instrumentGegevens(
      INSTRUMENTEN.find((i) => i.id === "groepsbesprekingen")!,
      schoolgegevens(invoer),
    );
    expect(groepsbesprekingen.perLabel!["Groepen die dit halfjaar zijn besproken"]).toEqual({
      grens: { waarde: "alle groepen" },
    });
  });
});

describe("what the board card says per school", () => {
  const g = bestuursgegevens([{ naam: "De Kleine Kaart", invoer }], "01-02-2026");

  it("sets each school's end results, with and without exclusions, against signaleringswaarde and ambitie", () => {
    const een = g.rijen.referentieniveaus!.find((r) => r.label === "De Kleine Kaart – 1F")!.velden;
    // Eva and Fenna: 82, 61, 60, 80, 79 of 6 reach 1F; without Fenna 2 of 3.
    expect(een["eind.alle"]?.waarde).toBeCloseTo(5 / 6);
    expect(een["eind.gefilterd"]?.waarde).toBeCloseTo(2 / 3);
    expect(een["eind.signaleringswaarde"]?.waarde).toBe(0.85);
    expect(een["eind.ambitie"]?.waarde).toBe(0.95);
    expect(een["eind.boven"]?.waarde).toBe("nee");
    const twee = g.rijen.referentieniveaus!.find((r) => r.label === "De Kleine Kaart – 2F/1S")!.velden;
    expect(twee["eind.alle"]?.waarde).toBeCloseTo(2 / 6);
    expect(twee["eind.signaleringswaarde"]?.waarde).toBe(0.5);
  });

  it("lists the schools and the latest school year", () => {
    expect(g.velden["bestuur.scholen"]?.waarde).toBe("De Kleine Kaart");
    expect(g.velden["school.schooljaar"]?.waarde).toBe("2025-2026");
  });
});
