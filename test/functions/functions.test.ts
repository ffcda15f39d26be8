/**
 * The wrappers as Excel calls them: every argument a 2-D array (matrix parameters), an omitted
 * optional argument as null, errors as CustomFunctions.Error.
 */
import { describe, expect, it } from "vitest";
import { leergroei, leerrendement, niveau, normlijn, passendetoets, signalering } from "../../src/functions/functions";

describe("the custom functions called the way Excel calls them", () => {
  it("NIVEAU spills a column of niveaus for a column of scores", () => {
    expect(niveau([[24], [22], [""]], [["4a"]])).toEqual([["4a"], ["op weg naar 4a"], [""]]);
  });

  it("LEERGROEI ignores an omitted optional argument passed as null", () => {
    expect(leergroei([[24]], [[32]], [["4a"]], [["4b"]], null as unknown as unknown[][])).toEqual([[1]]);
  });

  it("NORMLIJN reads a Normen range passed as the table", () => {
    const normen = [
      ["moment", "landelijk"],
      ["5a", 41],
    ];
    expect(normlijn([["landelijk"]], [["5a"]], normen)).toEqual([[41]]);
  });

  it("LEERRENDEMENT returns #DIV/0! for DL 0", () => {
    const [[result]] = leerrendement([[50]], [[0]]) as [[CustomFunctions.Error]];
    expect(result.code).toBe("#DIV/0!");
  });

  it("SIGNALERING skips a middle argument left empty", () => {
    expect(signalering([[0.7]], [["LR"]], null as unknown as unknown[][], [[true]])).toEqual([["1F niet haalbaar"]]);
  });

  it("PASSENDETOETS gives a Dutch #VALUE! for a score above the highest", () => {
    const [[result]] = passendetoets([[30]], [["4a"]]) as [[CustomFunctions.Error]];
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/hoogste score/);
  });

  it("an empty cell passed as an empty text gives an empty result; one passed as 0 cannot be told from a real 0", () => {
    // Excel passes an empty cell as "" on most builds and as 0 on some (office-js issues 4702, 5262).
    expect(niveau([[""]], [["4a"]])).toEqual([[""]]);
    expect(leergroei([[""]], [[32]], [["4a"]], [["4b"]], null as unknown as unknown[][])).toEqual([[""]]);
    // A 0 is below the lowest score of every half-year toets: "geen resultaat", never a level.
    expect(niveau([[0]], [["4a"]])).toEqual([["geen resultaat"]]);
    expect(niveau([[0]], [["1F-2F"]])).toEqual([["op weg naar 1F"]]);
  });

  it("an input cell with #N/A counts as no score: an empty result in that cell only", () => {
    const result = niveau([[24], [new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode)]], [["4a"]]);
    expect(result).toEqual([["4a"], [""]]);
  });
});
