/**
 * Every text the add-in shows is written in our own words: no run of five consecutive words is
 * shared with a seed document, apart from a short list of fixed domain phrases and runs that are
 * facts (level labels, moments, numbers), which the seeds' README allows as they are.
 */
import { describe, expect, it } from "vitest";
import { AANTAL_SEEDWOORDRIJEN, gedeeldeWoordrijen, VASTE_UITDRUKKINGEN } from "./fixtures/eigen-woorden";
import { getoondeTeksten, readmeTeksten } from "./fixtures/getoonde-teksten";

function gedeeld(teksten: readonly { bron: string; tekst: string }[]): string[] {
  return teksten.flatMap((t) => gedeeldeWoordrijen(t.tekst).map((rij) => `${t.bron}: "${rij}"`));
}

describe("the texts the add-in shows", () => {
  it("are gathered from steps, sheets, cards, messages, function help and the help page", () => {
    const bronnen = new Set(getoondeTeksten().map((t) => t.bron.split(":")[0]));
    for (const bestand of [
      "src/taskpane/stappenplan.json",
      "src/data/kwaliteitskaarten.json",
      "src/data/instrumenten.json",
      "src/core/errors.ts",
      "src/workbook/school.ts",
      "src/functions/functions.ts",
      "src/help/help.html",
    ])
      expect(bronnen, bestand).toContain(bestand);
    expect(AANTAL_SEEDWOORDRIJEN).toBeGreaterThan(20_000);
  });

  it("share no run of five words with a seed document", () => {
    expect(gedeeld(getoondeTeksten())).toEqual([]);
  });

  it("and neither does the README, the user's manual", () => {
    expect(gedeeld(readmeTeksten())).toEqual([]);
  });

  it("would be caught if a text the review found too close to a seed came back", () => {
    // Three product texts as they were before the review of 30-11-2026 (parafrases.md, rows 1, 9, 20).
    const vroeger = [
      "Met welke domeinen heeft de groep nog moeite, en wat ga je daaraan doen?",
      "Licht of donker zegt iets over de groei van het afgelopen half jaar.",
      "De school volgt haar oud-leerlingen tot en met het derde leerjaar van het voortgezet onderwijs.",
    ];
    for (const tekst of vroeger) expect(gedeeldeWoordrijen(tekst), tekst).not.toEqual([]);
  });

  it("may share the fixed domain phrases and facts such as level ranges", () => {
    expect(VASTE_UITDRUKKINGEN.length).toBeLessThanOrEqual(12);
    for (const uitdrukking of VASTE_UITDRUKKINGEN) expect(gedeeldeWoordrijen(uitdrukking)).toEqual([]);
    expect(gedeeldeWoordrijen("de toets 3a t/m 6b")).toEqual([]);
  });
});
