import { describe, expect, it } from "vitest";
import { isLvsError } from "../../src/core/errors";
import { leergroei } from "../../src/core/leergroei";
import { leesNormtabel } from "../../src/core/normtabel";

describe("leergroei", () => {
  it("is 1 when the pupil grows as much as the default expectation", () => {
    expect(leergroei({ vorigeScore: 24, huidigeScore: 32, vorigMoment: "4a", huidigMoment: "4b" })).toBe(1);
  });

  it("is negative when the score went down, so the meter stays empty", () => {
    expect(leergroei({ vorigeScore: 30, huidigeScore: 26, vorigMoment: "4a", huidigMoment: "4b" })).toBe(-0.5);
  });

  it("uses the landelijk line of a Normen table when it has one, for the vaardigheid first", () => {
    const tabel = leesNormtabel([
      ["moment", "landelijk", "landelijk rekenen"],
      ["4a", 20, 22],
      ["4b", 30, 27],
    ]);
    const afnames = { vorigeScore: 20, huidigeScore: 30, vorigMoment: "4a", huidigMoment: "4b" } as const;
    expect(leergroei(afnames, tabel)).toBe(1);
    expect(leergroei(afnames, tabel, "rekenen")).toBe(2);
    expect(leergroei(afnames, tabel, "lezen")).toBe(1);
  });

  it("explains that a repeated moment needs an expectation given by the user", () => {
    const result = leergroei({ vorigeScore: 24, huidigeScore: 30, vorigMoment: "4a", huidigMoment: "4a" });
    expect(isLvsError(result) && result.message).toContain("doublure");
    expect(
      leergroei({ vorigeScore: 24, huidigeScore: 30, vorigMoment: "4a", huidigMoment: "4a", verwachteGroei: 6 }),
    ).toBe(1);
  });

  it("gives #DIV/0! for an expected growth of 0 and #VALUE! for a negative one", () => {
    const base = { vorigeScore: 24, huidigeScore: 30, vorigMoment: "4a", huidigMoment: "4b" } as const;
    expect(leergroei({ ...base, verwachteGroei: 0 })).toMatchObject({ error: "#DIV/0!" });
    expect(leergroei({ ...base, verwachteGroei: -1 })).toMatchObject({ error: "#VALUE!" });
  });
});
