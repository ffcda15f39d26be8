import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { vindIndeling, type Blad } from "../../../src/core/overzicht/indeling";
import { herkenKop } from "../../../src/core/overzicht/kop";
import { leesOverzicht } from "../../../src/core/overzicht/metingen";

const NA: CellValue = { cellError: "#N/A" };

function lees(naam: string, cellen: CellValue[][]) {
  const blad: Blad = { naam, cellen };
  const indeling = vindIndeling(blad);
  if (!indeling) throw new Error("geen overzicht gevonden");
  return leesOverzicht(blad, indeling);
}

describe("recognising a column header", () => {
  it("knows names, groups and scores per vaardigheid and moment", () => {
    expect(herkenKop("Naam")).toEqual({ rol: "leerling" });
    expect(herkenKop("Leerjaar")).toEqual({ rol: "groep" });
    expect(herkenKop("Rekenen 5b")).toEqual({ rol: "score", vaardigheid: "rekenen", moment: "5b" });
    expect(herkenKop("Begr. lezen M6")).toEqual({ rol: "score", vaardigheid: "lezen", moment: "6a" });
    expect(herkenKop("Technisch lezen eind")).toEqual({ rol: "score", vaardigheid: "technisch lezen", deel: "b" });
    expect(herkenKop("Rekenen toets E5")).toEqual({ rol: "toets", vaardigheid: "rekenen", moment: "5b" });
    expect(herkenKop("TV niveau 5a")).toEqual({ rol: "niveau", vaardigheid: "taalverzorging", moment: "5a" });
  });

  it("leaves columns alone that only mention a vaardigheid in passing", () => {
    expect(herkenKop("Leergroei rekenen")).toBeUndefined();
    expect(herkenKop("Opmerkingen")).toBeUndefined();
  });
});

describe("reading a wide overview", () => {
  it("reads a plain one-row header", () => {
    const o = lees("Groep 5", [
      ["Naam", "Groep", "Rekenen 5a", "Rekenen 5b", "Lezen 5a", "Lezen 5b"],
      ["Ada", 5, 38, 47, 41, 50],
      ["Bram", 5, 30, 35, "", 44],
    ]);
    expect(o.indeling).toMatchObject({
      indeling: "breed",
      kopRij: 0,
      eersteRij: 1,
      laatsteRij: 2,
      leerling: [0],
      groep: 1,
    });
    expect(o.indeling.scores.map((s) => `${s.vaardigheid} ${s.moment}`)).toEqual([
      "rekenen 5a",
      "rekenen 5b",
      "lezen 5a",
      "lezen 5b",
    ]);
    expect(o.afnames).toHaveLength(7);
    expect(o.legeScores).toBe(1);
    expect(o.afnames.find((m) => m.leerling === "Bram" && m.vaardigheid === "lezen")).toMatchObject({
      moment: "5b",
      score: 44,
    });
  });

  it("finds a two-row header under title rows, with merged vaardigheid titles, and stops before a second table", () => {
    const o = lees("Blad1", [
      ["IEP resultaten groep 6", null, null, null, null, null, null, null],
      ["Schooljaar 2025-2026", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ["Leerling", "Rekenen", null, "Begrijpend lezen", null, null, "Toelichting", "Datum"],
      [null, "M6", "E6", "M6", "E6", null, null, null],
      ["Ada", 52, "58,5", 55, 60, null, "ziek in juni", "3-6"],
      ["Bram", NA, 57, "afwezig", 54, null, null, null],
      [null, null, null, null, null, null, null, null],
      ["Chris", 50, 55, 51, 56, null, null, null],
      ["Gemiddelde", 51, 56.8, 53, 56.7, null, null, null],
    ]);
    expect(o.indeling).toMatchObject({
      indeling: "breed",
      kopRij: 4,
      kopRijen: 2,
      eersteKolom: 0,
      laatsteKolom: 4,
      leerjaar: 6,
    });
    expect(o.indeling.scores.map((s) => `${s.vaardigheid} ${s.moment}`)).toEqual([
      "rekenen 6a",
      "rekenen 6b",
      "lezen 6a",
      "lezen 6b",
    ]);
    expect(o.afnames.filter((m) => m.leerling === "Chris")).toHaveLength(4);
    expect(o.afnames.find((m) => m.leerling === "Ada" && m.moment === "6b" && m.vaardigheid === "rekenen")?.score).toBe(
      58.5,
    );
    expect(o.meldingen.map((m) => m.soort).sort()).toEqual([
      "foutwaarde",
      "geenGetal",
      "samenvattingsrij",
      "tekstgetal",
    ]);
  });

  it("turns midden and eind headers into moments with the pupil's groep", () => {
    const o = lees("Combinatiegroep", [
      ["Naam", "Groep", "Rekenen midden", "Rekenen eind"],
      ["Ada", "groep 5", 40, 48],
      ["Bram", "6", 56, 64],
    ]);
    expect(o.afnames.map((m) => `${m.leerling} ${m.moment}`)).toEqual(["Ada 5a", "Ada 5b", "Bram 6a", "Bram 6b"]);
  });

  it("joins voornaam and achternaam into one pupil name", () => {
    const o = lees("Groep 4", [
      ["Voornaam", "Achternaam", "Rekenen 4a"],
      ["Ada", "de Vries", 24],
    ]);
    expect(o.afnames[0]?.leerling).toBe("Ada de Vries");
  });
});

describe("reading a long overview", () => {
  it("reads one row per pupil, vaardigheid and afname, with toets and schooljaar", () => {
    const o = lees("Export", [
      ["Leerling", "Groep", "Schooljaar", "Vaardigheid", "Afname", "Toets", "Ontwikkelscore"],
      ["Ada", 4, "2024-2025", "Rekenen", "M4", "4a", 24],
      ["Ada", 4, "2024-2025", "Rekenen", "E4", "4b", 33],
      ["Ada", 4, "2024-2025", "Spelling", "E4", "4b", 30],
      ["Bram", 4, "2024-2025", "Kunst", "E4", "4b", 30],
      ["Bram", 4, "2024-2025", "Rekenen", "later", "4b", 30],
    ]);
    expect(o.indeling).toMatchObject({
      indeling: "lang",
      vaardigheid: 3,
      score: 6,
      moment: 4,
      toets: 5,
      schooljaar: 2,
    });
    expect(o.afnames.map((m) => `${m.leerling} ${m.vaardigheid} ${m.moment ?? "?"} ${m.toets}`)).toEqual([
      "Ada rekenen 4a 4a",
      "Ada rekenen 4b 4b",
      "Ada taalverzorging 4b 4b",
      "Bram rekenen ? 4b",
    ]);
    expect(o.meldingen.map((m) => m.soort)).toEqual(["onbekendeVaardigheid", "onbekendMoment"]);
  });
});

describe("a sheet that is not an overview", () => {
  it("is recognised as such, so a Normen sheet is never coloured", () => {
    const blad: Blad = {
      naam: "Normen",
      cellen: [
        ["moment", "1F", "2F/1S"],
        ["5a", null, 40],
      ],
    };
    expect(vindIndeling(blad)).toBeUndefined();
  });
});

describe("reading layouts an IB'er may also use", () => {
  it("reads a sheet per vaardigheid whose headers only name the moments", () => {
    const o = lees("Rekenen groep 6", [
      ["Achternaam, voornaam", "M6", "E6"],
      ["Vries, Ada de", 52, 58],
    ]);
    expect(o.afnames.map((m) => `${m.leerling} ${m.vaardigheid} ${m.moment} ${m.score}`)).toEqual([
      "Vries, Ada de rekenen 6a 52",
      "Vries, Ada de rekenen 6b 58",
    ]);
  });

  it("prefers a Leerjaar column over a Groep column that names a combination group", () => {
    const o = lees("Combi", [
      ["Naam", "Groep", "Leerjaar", "Rekenen midden"],
      ["Ada", "5/6", 6, 56],
    ]);
    expect(o.afnames[0]?.moment).toBe("6a");
  });

  it("takes the moment from a half-year toets or from the date when an export has no moment column", () => {
    const o = lees("Export", [
      ["Leerling", "Leerjaar", "Vaardigheid", "Toets", "Afnamedatum", "Ontwikkelscore"],
      ["Ada", 4, "Rekenen", "4a", "23-1-2025", 24],
      ["Ada", 7, "Lezen", "1F-2F", "12-6-2025", 70],
    ]);
    expect(o.afnames.map((m) => m.moment)).toEqual(["4a", "7b"]);
    expect(o.afnames.map((m) => m.schooljaar)).toEqual(["2024-2025", "2024-2025"]); // August to July
  });
});
