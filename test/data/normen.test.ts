import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import data from "../../src/data/normen.json";
import indicatief from "../../src/data/normlijnen-indicatief.json";
import { GEEN_NORM, NORMEN } from "../../src/core/normregister";
import { MOMENTEN, leerjaar } from "../../src/core/moment";
import { VELDEN } from "../../src/core/school/instellingen";

const LIJNEN: Readonly<Record<string, Readonly<Record<string, number>> | undefined>> = indicatief.lijnen;

describe("the norm registry file", () => {
  it("names every norm once, and never as the choice of no norm", () => {
    const namen = NORMEN.map((n) => n.naam.toLowerCase());
    expect(new Set(namen).size).toBe(namen.length);
    expect(namen).not.toContain(GEEN_NORM);
    const spellingen = NORMEN.flatMap((n) => n.spellingen.map((s) => s.toLowerCase()));
    expect(spellingen.filter((s) => namen.includes(s))).toEqual([]);
  });

  it("gives every norm a choice text, a name for sentences and a first leerjaar in the IEP range", () => {
    for (const n of data.normen) {
      expect(n.keuze.length, n.naam).toBeGreaterThan(3);
      expect(n.inZin.length, n.naam).toBeGreaterThan(1);
      expect(n.vanafLeerjaar, n.naam).toBeGreaterThanOrEqual(3);
      expect(n.vanafLeerjaar, n.naam).toBeLessThanOrEqual(8);
    }
  });

  it("has an indicatieve line exactly for the norms marked indicatief, starting in their first leerjaar", () => {
    for (const n of NORMEN) {
      const lijn = LIJNEN[n.naam];
      if (!n.indicatief) {
        expect(lijn, n.naam).toBeUndefined();
        continue;
      }
      const momenten = MOMENTEN.filter((m) => lijn?.[m] !== undefined);
      expect(momenten.length, n.naam).toBeGreaterThan(0);
      expect(leerjaar(momenten[0]!), n.naam).toBe(n.vanafLeerjaar);
    }
    expect(Object.keys(LIJNEN).sort()).toEqual(
      NORMEN.filter((n) => n.indicatief)
        .map((n) => n.naam)
        .sort(),
    );
  });

  it("names only ambities the school settings sheet asks for", () => {
    const sleutels: readonly string[] = VELDEN.map((v) => v.sleutel);
    for (const n of NORMEN) if (n.ambitie !== undefined) expect(sleutels, n.naam).toContain(n.ambitie);
  });

  it("has exactly one line for expected growth, and the indicatieve growth follows an indicatieve line", () => {
    expect(NORMEN.filter((n) => n.groei)).toHaveLength(1);
    expect(NORMEN.find((n) => n.naam === indicatief.groeilijn)?.indicatief).toBe(true);
  });

  it("is named in the help text Excel shows for LVS.NORMLIJN (written in functions.ts, which the metadata reads)", () => {
    const bron = readFileSync(new URL("../../src/functions/functions.ts", import.meta.url), "utf8");
    const hulp = bron.slice(
      bron.indexOf("@customfunction NORMLIJN") - 400,
      bron.indexOf("@customfunction NORMLIJN") + 400,
    );
    for (const n of NORMEN) expect(hulp, n.naam).toContain(n.naam);
  });
});
