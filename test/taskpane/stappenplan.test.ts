import { ACTIES } from "../../src/taskpane/groepsacties";
import { describe, expect, it } from "vitest";
import { STAPPEN, stapIndex } from "../../src/taskpane/stappenplan";
import { gedeeldeWoordrijen } from "../fixtures/eigen-woorden";

describe("the stappenplan", () => {
  it("has every step of the IEP stappenplan, in order, between a preparation step and a closing step", () => {
    expect(STAPPEN.map((s) => s.id)).toEqual([
      "0.1",
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "2.6",
      "2.7",
      "3.1",
      "3.2",
      "3.3",
      "4.1",
      "5.1",
      "6.1",
      "7.1",
    ]);
  });

  it("prepares with the buttons that make the Normen sheet and the school's settings", () => {
    expect(STAPPEN[0]!.acties).toEqual(["normen", "instellingen"]);
    expect(STAPPEN[0]!.uitleg).toMatch(/indicatieve lijnen/);
  });

  it("ends the group and school steps that ask for it with a question about teaching", () => {
    for (const id of ["2.2", "2.3", "3.3"]) {
      const vragen = STAPPEN.find((s) => s.id === id)!.vragen;
      expect(vragen.at(-1), id).toMatch(/instructie|aanbod|onderwijs/);
    }
  });

  it("says what the eindresultaten are counted from, and what they are not", () => {
    expect(STAPPEN.find((s) => s.id === "3.3")!.uitleg).toMatch(
      /LVS-afnames van leerjaar 8.*niet uit de doorstroomtoets/,
    );
  });

  it("leads to the kwaliteitskaarten at the end", () => {
    expect(STAPPEN.at(-1)!.waar).toMatch(/Kwaliteitskaarten en groepsanalyse/);
  });

  it("gives each step where to look in this workbook, an explanation and questions", () => {
    for (const stap of STAPPEN) {
      expect(stap.waar.length, stap.id).toBeGreaterThan(40);
      expect(stap.uitleg.length, stap.id).toBeGreaterThan(40);
      expect(stap.vragen.length, stap.id).toBeGreaterThanOrEqual(2);
      for (const v of stap.vragen) expect(v, stap.id).toMatch(/\?/);
    }
  });

  it("only offers actions the taskpane has", () => {
    for (const stap of STAPPEN) for (const a of stap.acties) expect(Object.keys(ACTIES)).toContain(a);
  });

  it("points the user to this workbook, not to IEP's own screens", () => {
    for (const stap of STAPPEN) expect(stap.waar, stap.id).not.toMatch(/klik op het tabblad|log in bij/i);
  });

  it("is written in our own words: no run of five words of a seed appears in it", () => {
    expect(STAPPEN.flatMap((s) => [s.titel, s.waar, s.uitleg, ...s.vragen]).flatMap(gedeeldeWoordrijen)).toEqual([]);
  });

  it("starts at the first step and comes back to the step a workbook remembers", () => {
    expect(stapIndex(undefined)).toBe(0);
    expect(stapIndex("2.3")).toBe(8);
    expect(stapIndex("9.9")).toBe(0);
  });
});
