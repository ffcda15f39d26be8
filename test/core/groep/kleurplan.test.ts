import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { renderFormula } from "../../../src/core/groep/expressie";
import {
  GELEZEN_KOP,
  planKleuring,
  standaardToets,
  type KleurOpties,
  type Kleurplan,
} from "../../../src/core/groep/kleurplan";
import { vindIndeling, type Blad } from "../../../src/core/overzicht/indeling";
import { herkenKop } from "../../../src/core/overzicht/kop";
import { leesOverzicht } from "../../../src/core/overzicht/metingen";
import { verschillen } from "./formules-in-engine";

const GROEP5: CellValue[][] = [
  ["Naam", "Groep", "Rekenen 5a", "Rekenen 5b"],
  ["Ada", 5, 40, 48],
  ["Bram", 5, 40, 47],
  ["Chris", 5, null, 50],
  ["Eva", 5, 30, "40"],
  ["Fenna", 5, 50, null],
];

function plan(cellen: CellValue[][], opties: KleurOpties, naam = "Groep 5"): Kleurplan {
  const blad: Blad = { naam, cellen };
  const overzicht = leesOverzicht(blad, vindIndeling(blad)!);
  const breedte = Math.max(...cellen.map((r) => r.length));
  return planKleuring(overzicht, opties, cellen, breedte);
}

const kleurVan = (p: Kleurplan) => Object.fromEntries(p.uitkomsten.map((u) => [u.leerling, u.kleur]));

describe("colouring a wide group sheet", () => {
  it("colours by the indicatieve 2F/1S line and growth, equal to either counting as reached", () => {
    expect(kleurVan(plan(GROEP5, { norm: "2F/1S" }))).toEqual({
      Ada: "donkergroen", // 48 = line 48 and growth 8/8 = 1: ties go up
      Bram: "lichtblauw",
      Chris: "groen", // no earlier afname
      Eva: "donkerblauw", // a text number is a score too
    });
  });

  it("colours by growth only with norm geen, and by nothing without an earlier afname", () => {
    expect(kleurVan(plan(GROEP5, { norm: "geen" }))).toEqual({
      Ada: "donker",
      Bram: "licht",
      Chris: "",
      Eva: "donker",
    });
  });

  it("colours by growth where the chosen line has no value at that moment (1F before groep 6)", () => {
    expect(kleurVan(plan(GROEP5, { norm: "1F" }))).toEqual({ Ada: "donker", Bram: "licht", Chris: "", Eva: "donker" });
  });

  it("warns that landelijk needs a Normen sheet, and colours by growth meanwhile", () => {
    const p = plan(GROEP5, { norm: "landelijk" });
    expect(p.waarschuwingen[0]).toMatch(/blad Normen/);
    expect(kleurVan(p).Ada).toBe("donker");
  });

  it("uses a Normen sheet for the norm and for the expected growth of the vaardigheid", () => {
    const normen = {
      blad: "Normen",
      adres: "$A$1:$D$3",
      cellen: [
        ["moment", "2F/1S", "landelijk", "landelijk rekenen"],
        ["5a", 41, 37, 38],
        ["5b", 50, 44, 45],
      ] as CellValue[][],
    };
    expect(kleurVan(plan(GROEP5, { norm: "landelijk", normen }))).toEqual({
      Ada: "donkergroen", // 48 >= 45 and growth 8 against 45 - 38 = 7
      Bram: "donkergroen", // 47 >= 45 and growth 7/7 = 1
      Chris: "groen",
      Eva: "donkerblauw", // 40 < 45, growth 10/7
    });
    // The sheet's own 2F/1S line (50) replaces the indicatieve one (48): Ada is now below it.
    expect(kleurVan(plan(GROEP5, { norm: "2F/1S", normen })).Ada).toBe("donkerblauw");
  });

  it("adds the helper columns after one blank column, with headers saying what they hold", () => {
    const p = plan(GROEP5, { norm: "2F/1S" });
    expect(p.hulpkolommen.map((k) => [k.kolom, k.kop])).toEqual([
      [5, "Niveau rekenen"],
      [6, "Passende toets rekenen"],
      [7, "Norm rekenen (2F/1S)"],
      [8, "Leergroei rekenen"],
      [9, "Kleur rekenen"],
    ]);
    const ada = (kolom: number) => p.hulpkolommen.find((k) => k.kolom === kolom)!.cellen.find((c) => c.rij === 1)!;
    // Built-in formulas over the score in D2, IEP's bounds of toets 5b (44, 48, 51) and the lookup sheet.
    expect(renderFormula(ada(5).expr)).toMatch(
      /^=IF\(.*D2.*>51,"boven bereik 5b",.*<44,"geen resultaat",.*>=48,"5b","op weg naar 5b"\)\)\),""\)$/,
    );
    expect(renderFormula(ada(7).expr)).toBe(
      `=IFNA(INDEX('LVS-normen'!$B$5:$Y$16,MATCH("5b",'LVS-normen'!$A$5:$A$16,0),MATCH("2F/1S",'LVS-normen'!$B$4:$Y$4,0)),"")`,
    );
    expect(renderFormula(ada(8).expr)).toMatch(/^=IF\(AND\(.*C2.*D2.*\)\/8,""\)$/);
    expect(renderFormula(ada(9).expr)).toMatch(
      /IF\(ISNUMBER\(I2\),IF\(I2>=1,"donker","licht"\),""\)&IF\(ISNUMBER\(H2\),IF\(.*>=H2,"groen","blauw"\),""\)/,
    );
    expect(ada(5).waarde).toBe("5b");
  });

  it("writes conditional formats that compare the Kleur label in the same row, marked as ours", () => {
    const p = plan(GROEP5, { norm: "2F/1S" });
    const donkergroen = p.regels.filter((r) => r.kleur === "donkergroen");
    expect(donkergroen.map((r) => r.bereiken)).toEqual([
      [
        { rij: 1, kolom: 3, rijen: 5, kolommen: 1 },
        { rij: 1, kolom: 9, rijen: 5, kolommen: 1 },
      ],
    ]);
    expect(donkergroen[0]!.formule).toBe('AND(N("LVS Analyse")=0,$J2="donkergroen")');
  });

  it("places a legend beside the helper columns that names the norm and its source", () => {
    const p = plan(GROEP5, { norm: "2F/1S" });
    expect(p.legenda).toMatchObject({ rij: 0, kolom: 11 });
    expect(p.legenda.regels[1]!.tekst).toBe("Norm: ontwikkellijn 2F/1S (indicatieve lijn van LVS Analyse)");
    expect(p.legenda.regels.filter((r) => r.kleur).map((r) => r.kleur)).toEqual([
      "donkergroen",
      "lichtgroen",
      "donkerblauw",
      "lichtblauw",
      "groen",
      "blauw",
    ]);
  });

  it("says on the sheet and in its warnings that the colours rest on indicatieve lines, and how to replace them", () => {
    const p = plan(GROEP5, { norm: "2F/1S" });
    const melding = p.legenda.regels.map((r) => r.tekst).find((t) => t.includes("indicatieve lijn van LVS Analyse,"));
    expect(melding).toMatch(/blad Normen \(stap 0\.1 Voorbereiden\)/);
    expect(p.waarschuwingen).toContain(melding);
  });
});

describe("colouring a long overview", () => {
  const EXPORT: CellValue[][] = [
    ["Leerling", "Schooljaar", "Vaardigheid", "Afname", "Ontwikkelscore"],
    ["Ada", "2023-2024", "Rekenen", "4a", 24],
    ["Ada", "2023-2024", "Rekenen", "4b", 30],
    ["Ada", "2024-2025", "Rekenen", "4a", 33],
    ["Ada", "2024-2025", "Rekenen", "4b", 40],
    ["Bram", "2024-2025", "Rekenen", "4b", 31],
  ];

  it("measures each afname's growth from the pupil's previous one, also across a doublure", () => {
    const p = plan(EXPORT, { norm: "2F/1S" }, "Export");
    const leergroei = p.hulpkolommen.find((k) => k.kop === "Leergroei")!;
    const waarde = (rij: number) => leergroei.cellen.find((c) => c.rij === rij)?.waarde;
    expect(waarde(1)).toBeUndefined(); // first afname
    expect(waarde(2)).toBe(0.75); // 6 / 8
    expect(waarde(3)).toBe(0.375); // doublure: E4 → M4 a year later is one half year on: 3 / 8
    expect(renderFormula(leergroei.cellen.find((c) => c.rij === 3)!.expr)).toMatch(/\/8,""\)$/); // the growth over the year, as a number
    expect(waarde(4)).toBe(0.875);
    expect(kleurVan(p)).toEqual({ Ada: "lichtgroen", Bram: "blauw" });
  });

  it("reads each afname's score once, in a column before Niveau that the row's formulas and the next afname's leergroei use", () => {
    // Rows out of time order, a text score with a decimal comma and a typo: the gelezen column
    // shows what was read, and nothing for the typo, which then gets no niveau or colour.
    const rijen: CellValue[][] = [
      ["Leerling", "Schooljaar", "Vaardigheid", "Afname", "Ontwikkelscore"],
      ["Ada", "2024-2025", "Rekenen", "4b", "30,5"],
      ["Ada", "2024-2025", "Rekenen", "4a", 24],
      ["Bram", "2024-2025", "Rekenen", "4a", "2O"],
      ["Bram", "2024-2025", "Rekenen", "4b", 31],
    ];
    const p = plan(rijen, { norm: "2F/1S" }, "Export");
    expect(p.hulpkolommen.map((k) => [k.kolom, k.kop])).toEqual([
      [6, GELEZEN_KOP],
      [7, "Niveau"],
      [8, "Passende toets"],
      [9, "Norm (2F/1S)"],
      [10, "Leergroei"],
      [11, "Kleur"],
    ]);
    const kolom = (kolom: number) => p.hulpkolommen.find((k) => k.kolom === kolom)!;
    const cel = (k: number, rij: number) => kolom(k).cellen.find((c) => c.rij === rij);
    // The typo is no afname: its row gets no helper cells, as before there was a gelezen column.
    expect([1, 2, 3, 4].map((rij) => cel(6, rij)?.waarde)).toEqual([30.5, 24, undefined, 31]);
    expect(renderFormula(cel(6, 1)!.expr)).toMatch(/^=IF\(.*NUMBERVALUE.*E2.*,""\)$/);
    // The other formulas ask only whether G holds a number: short enough to read.
    expect(renderFormula(cel(7, 1)!.expr)).toBe(
      '=IF(ISNUMBER(G2),IF(G2>35,"boven bereik 4b",IF(G2<28,"geen resultaat",IF(G2>=32,"4b","op weg naar 4b"))),"")',
    );
    expect(renderFormula(cel(10, 1)!.expr)).toBe('=IF(AND(ISNUMBER(G3),ISNUMBER(G2)),(G2-G3)/8,"")');
    for (const k of [7, 8, 10, 11])
      for (const c of kolom(k).cellen) expect(renderFormula(c.expr)).not.toMatch(/NUMBERVALUE|E\d/);
    expect(cel(10, 1)!.waarde).toBe(0.8125); // (30.5 − 24) / 8
    expect(cel(7, 3)).toBeUndefined();
    expect(cel(10, 4)).toBeUndefined(); // Bram has no earlier afname that could be read
    expect(verschillen("Export", rijen, p)).toEqual([]);
    // Read again after colouring, the sheet does not take our column for a second score column.
    expect(herkenKop(GELEZEN_KOP)).toBeUndefined();
  });

  it("has no gelezen column on a wide sheet, whose formulas are filled down and read the score cells themselves", () => {
    expect(plan(GROEP5, { norm: "2F/1S" }).hulpkolommen.map((k) => k.kop)).not.toContain(GELEZEN_KOP);
  });
});

describe("the toets assumed when the overview has no toets column", () => {
  it("follows IEP's toetsen per leerjaar and vaardigheid", () => {
    expect(standaardToets("rekenen", "4b")).toBe("4b");
    expect(standaardToets("rekenen", "6a")).toBe("6a");
    expect(standaardToets("rekenen", "6b")).toBe("<1F-1F");
    expect(standaardToets("technisch lezen", "6b")).toBe("6b");
    expect(standaardToets("lezen", "6a")).toBe("<1F-1F");
    expect(standaardToets("rekenen", "8a")).toBe("1F-1S");
    expect(standaardToets("taalverzorging", "7b")).toBe("1F-2F");
  });
});

describe("the formulas a plan writes", () => {
  it("compute in a spreadsheet engine exactly the values the plan reports", () => {
    for (const norm of ["2F/1S", "1F", "geen"] as const) {
      expect(verschillen("Groep 5", GROEP5, plan(GROEP5, { norm }))).toEqual([]);
    }
  });
});
