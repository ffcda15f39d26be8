import { describe, expect, it } from "vitest";
import { isLvsError } from "../../src/core/errors";
import { HOGERE_TOETS, LAGERE_TOETS, niveau, PASSEND, passendeToets } from "../../src/core/niveau";
import { halfjaartoets, HALFJAARTOETSEN, readToets, type Toets } from "../../src/core/toets";

const toets = (label: string) => readToets(label) as Toets;

describe("niveau", () => {
  it("counts a score equal to the threshold as reached, for every half-year toets", () => {
    for (const label of HALFJAARTOETSEN) {
      const t = halfjaartoets(label);
      expect(niveau(t.drempelwaarde, t)).toBe(label);
      expect(niveau(t.drempelwaarde - 0.01, t)).toBe(`op weg naar ${label}`);
      expect(niveau(t.laagste - 0.01, t)).toBe("geen resultaat");
    }
  });

  it("refuses a score above the highest possible score and says which bound it broke", () => {
    const result = niveau(28, toets("4a"));
    expect(isLvsError(result) && result.message).toContain("27");
  });

  it("gives the highest level of a span that the score reaches", () => {
    expect(niveau(100, toets("2F-3F"))).toBe("3F");
    expect(niveau(80, toets("1F-1S"))).toBe("1S");
    expect(niveau(20, toets("<1F-1F"))).toBe("op weg naar 1F");
  });
});

describe("passende toets", () => {
  it("suggests a lower toets at the lowest possible score and a higher one at the highest", () => {
    expect(passendeToets(20, toets("4a"))).toBe(LAGERE_TOETS);
    expect(passendeToets(24, toets("4a"))).toBe(PASSEND);
    expect(passendeToets(27, toets("4a"))).toBe(HOGERE_TOETS);
  });

  it("uses under 40% and over 85% correct for reference-level toetsen", () => {
    expect(passendeToets(0.399, toets("1F"))).toBe(LAGERE_TOETS);
    expect(passendeToets(0.4, toets("1F"))).toBe(PASSEND);
    expect(passendeToets(0.85, toets("2F"))).toBe(PASSEND);
    expect(passendeToets(0.851, toets("2F"))).toBe(HOGERE_TOETS);
  });
});
