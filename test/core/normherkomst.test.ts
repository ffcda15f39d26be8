import { describe, expect, it } from "vitest";
import { MOMENTEN } from "../../src/core/moment";
import { defaultNormlijn } from "../../src/core/normlijn";
import { groeiHerkomst, indicatiefMelding, legendaBron, lijnHerkomst } from "../../src/core/normherkomst";

/** A Normen table as the button makes it: the indicatieve 1F and 2F/1S lines, landelijk empty. */
const STANDAARD = [
  ["moment", "1F", "2F/1S", "landelijk"],
  ...MOMENTEN.map((m) => [m, defaultNormlijn("1F", m) ?? null, defaultNormlijn("2F/1S", m) ?? null, null]),
];

describe("where the lines behind the colours come from", () => {
  it("is the indicatieve line without a Normen table, and while the table still holds the indicatieve values", () => {
    expect(lijnHerkomst("2F/1S")).toBe("indicatief");
    expect(lijnHerkomst("2F/1S", STANDAARD)).toBe("indicatief");
    expect(legendaBron("1F", STANDAARD)).toBe("indicatieve lijn van LVS Analyse");
    expect(groeiHerkomst(STANDAARD)).toBe("indicatief");
  });

  it("is the school's own as soon as one value of the line differs from the indicatieve line", () => {
    const eigen = STANDAARD.map((r, i) => (i === 5 ? [r[0], r[1], 41, r[3]] : r));
    expect(lijnHerkomst("2F/1S", eigen)).toBe("eigen");
    expect(lijnHerkomst("1F", eigen)).toBe("indicatief");
    expect(legendaBron("2F/1S", eigen)).toBe("waarden uit blad Normen");
  });

  it("counts a column for one vaardigheid too", () => {
    const metRekenen = STANDAARD.map((r, i) => [...r, i === 0 ? "2F/1S rekenen" : i === 3 ? 25 : null]);
    expect(lijnHerkomst("2F/1S", metRekenen)).toBe("eigen");
  });

  it("takes expected growth from a landelijk line that has numbers", () => {
    const metLandelijk = STANDAARD.map((r, i) => (i === 0 ? r : [r[0], r[1], r[2], 10 + i]));
    expect(groeiHerkomst(metLandelijk)).toBe("eigen");
    expect(indicatiefMelding("2F/1S", metLandelijk)).toMatch(/^Groen en blauw rusten op de indicatieve lijn/);
  });

  it("says nothing when both lines are the school's own, and has no line for norm geen", () => {
    const alles = STANDAARD.map((r, i) => (i === 0 ? r : [r[0], r[1], (r[2] as number) + 1, 10 + i]));
    expect(indicatiefMelding("2F/1S", alles)).toBeUndefined();
    expect(lijnHerkomst("geen", alles)).toBe("geen");
    expect(legendaBron("geen", alles)).toBe("");
    expect(indicatiefMelding("geen")).toMatch(/^Licht en donker rusten op een indicatieve verwachte groei/);
  });

  it("has no line for landelijk or schoolweging without the school's values", () => {
    expect(lijnHerkomst("landelijk", STANDAARD)).toBe("geen");
    expect(lijnHerkomst("schoolweging")).toBe("geen");
  });
});
