import { describe, expect, it } from "vitest";
import lijnen from "../../src/data/normlijnen-indicatief.json";
import toetsen from "../../src/data/iep-toetsen.json";
import { MOMENTEN } from "../../src/core/moment";

const line2F = lijnen.lijnen["2F/1S"] as Record<string, number>;
const line1F = lijnen.lijnen["1F"] as Record<string, number | undefined>;

describe("the indicatieve norm lines", () => {
  it("follow the drempelwaarde of each half-year level up to 6b for 2F/1S", () => {
    for (const [toets, waarden] of Object.entries(toetsen.halfjaartoetsen)) {
      expect(line2F[toets], toets).toBe(waarden.drempelwaarde);
    }
  });

  it("rise evenly from 6b to 80 at the end of groep 8 for 2F/1S", () => {
    const after6b = MOMENTEN.slice(MOMENTEN.indexOf("6b"));
    after6b.slice(1).forEach((moment, i) => {
      expect(line2F[moment]! - line2F[after6b[i]!]!).toBe(4);
    });
    expect(line2F["8b"]).toBe(toetsen.referentieniveaus["2F/1S"]);
  });

  it("rise at every half year, so expected growth is always positive", () => {
    MOMENTEN.slice(1).forEach((moment, i) => expect(line2F[moment]!).toBeGreaterThan(line2F[MOMENTEN[i]!]!));
  });

  it("make 1F three quarters of 2F/1S from 6a and reach 60 at the end of groep 8", () => {
    for (const moment of MOMENTEN) {
      const expected = MOMENTEN.indexOf(moment) >= MOMENTEN.indexOf("6a") ? (line2F[moment]! * 3) / 4 : undefined;
      expect(line1F[moment], moment).toBe(expected);
    }
    expect(line1F["8b"]).toBe(toetsen.referentieniveaus["1F"]);
  });
});
