import { describe, expect, it } from "vitest";
import { STAPPEN, stapIndex } from "../../src/taskpane/stappenplan";
import { AANTAL_SEEDZINNEN, overgenomenZinnen } from "../fixtures/eigen-woorden";

describe("the stappenplan", () => {
  it("has every step of the IEP stappenplan, in order", () => {
    expect(STAPPEN.map((s) => s.id)).toEqual([
      "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3", "4.1", "5.1", "6.1",
    ]);
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
    for (const stap of STAPPEN) for (const a of stap.acties) expect(["kleuren", "overzicht", "normen", "verwijderen", "school", "instellingen", "leerlingkaarten", "detailscores"]).toContain(a);
  });

  it("points the user to this workbook, not to IEP's own screens", () => {
    for (const stap of STAPPEN) expect(stap.waar, stap.id).not.toMatch(/klik op het tabblad|log in bij/i);
  });

  it("is written in our own words: no sentence of the seed appears in it", () => {
    expect(AANTAL_SEEDZINNEN).toBeGreaterThan(1000);
    expect(overgenomenZinnen(STAPPEN.flatMap((s) => [s.titel, s.waar, s.uitleg, ...s.vragen]))).toEqual([]);
  });

  it("starts at the first step and comes back to the step a workbook remembers", () => {
    expect(stapIndex(undefined)).toBe(0);
    expect(stapIndex("2.3")).toBe(7);
    expect(stapIndex("9.9")).toBe(0);
  });
});
