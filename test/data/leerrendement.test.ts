import { describe, expect, it } from "vitest";
import data from "../../src/data/leerrendement.json";

describe("the leerrendement kengetallen", () => {
  it("print each percentage as DLE / DL rounded to a whole percent, as the seed does", () => {
    for (const set of Object.values(data.kengetallen)) {
      for (const k of Object.values(set)) expect(Math.round((k.dle / k.dl) * 100)).toBe(k.procent);
    }
  });

  it("are 83% and 67% normally and 71% and 57% after a doublure counted on in the DL", () => {
    expect(data.kengetallen.normaal["1F"].procent).toBe(83);
    expect(data.kengetallen.normaal.eindniveauGroep6.procent).toBe(67);
    expect(data.kengetallen.doublure["1F"].procent).toBe(71);
    expect(data.kengetallen.doublure.eindniveauGroep6.procent).toBe(57);
  });
});
