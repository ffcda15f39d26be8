import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STAPPEN, stapIndex } from "../../src/taskpane/stappenplan";

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
    for (const stap of STAPPEN) for (const a of stap.acties) expect(["kleuren", "overzicht", "normen", "verwijderen", "school", "instellingen"]).toContain(a);
  });

  it("points the user to this workbook, not to IEP's own screens", () => {
    for (const stap of STAPPEN) expect(stap.waar, stap.id).not.toMatch(/klik op het tabblad|log in bij/i);
  });

  it("is written in our own words: no sentence of the seed appears in it", () => {
    const hashes = new Set(
      readFileSync(join(__dirname, "..", "fixtures", "seed-002-zinnen.sha256"), "utf8")
        .split("\n")
        .filter((r) => /^[0-9a-f]{64}$/.test(r)),
    );
    expect(hashes.size).toBeGreaterThan(100);
    // The same normalisation as the fixture: split at sentence ends and bullets, no quote marks.
    const zinnen = STAPPEN.flatMap((s) => [s.titel, s.waar, s.uitleg, ...s.vragen])
      .flatMap((t) => t.split(/(?<=[.?!])\s+|\s*•\s*/))
      .map((z) => z.replace(/[“”‘’"']/g, "").replace(/\s+/g, " ").trim().toLowerCase())
      .filter((z) => z.length > 25);
    const overgenomen = zinnen.filter((z) => hashes.has(createHash("sha256").update(z).digest("hex")));
    expect(overgenomen).toEqual([]);
  });

  it("starts at the first step and comes back to the step a workbook remembers", () => {
    expect(stapIndex(undefined)).toBe(0);
    expect(stapIndex("2.3")).toBe(7);
    expect(stapIndex("9.9")).toBe(0);
  });
});
