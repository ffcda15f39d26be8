import { describe, expect, it } from "vitest";
import { isLvsError } from "../../../src/core/errors";
import { LEERGROEI, NIVEAU, NORMLIJN } from "../../../src/core/formulas/definitions";
import { defineFormula, evaluate } from "../../../src/core/formulas/evaluate";

describe("evaluating a formula", () => {
  it("gives one result for single values and a same-shaped result for a range", () => {
    expect(evaluate(NIVEAU, [24, "4a"])).toEqual([["4a"]]);
    expect(evaluate(NIVEAU, [[[24], [40]], "4a"])).toHaveLength(2);
  });

  it("uses a single value for every cell of another argument's range", () => {
    expect(evaluate(LEERGROEI, [24, [[32, 40]], "4a", "4b"])).toEqual([[1, 2]]);
  });

  it("refuses ranges of different shapes with one error that names the argument", () => {
    const [[result]] = evaluate(NIVEAU, [[[1, 2]], [["4a"], ["4b"]]]) as [[unknown]];
    expect(isLvsError(result) && result.message).toContain("toets");
  });

  it("reads a Normen table as a whole instead of cell by cell", () => {
    const table = [
      ["", "landelijk"],
      ["5a", 41],
    ];
    expect(evaluate(NORMLIJN, ["landelijk", [["5a"], ["5a"]], table])).toEqual([[41], [41]]);
  });

  it("reads an empty Normen argument as no table: the indicatieve line, and for landelijk a request for the table", () => {
    expect(evaluate(NORMLIJN, ["2F/1S", "5a", null])).toEqual(evaluate(NORMLIJN, ["2F/1S", "5a"]));
    expect(evaluate(NORMLIJN, ["landelijk", "5a", ""])).toEqual(evaluate(NORMLIJN, ["landelijk", "5a"]));
    expect(evaluate(NORMLIJN, ["landelijk", "5a", null])[0]![0]).toMatchObject({ code: "normNeedsTable" });
  });

  it("reads an error value in an input cell as no score, like an empty cell", () => {
    expect(evaluate(NIVEAU, [{ cellError: "#N/A" }, "4a"])).toEqual([[""]]);
    expect(evaluate(LEERGROEI, [24, 32, "4a", "4b", { cellError: "#VALUE!" }])).toEqual([[1]]);
  });

  it("refuses more arguments than the function has", () => {
    const [[result]] = evaluate(NIVEAU, [24, "4a", "extra"]) as [[unknown]];
    expect(result).toMatchObject({ error: "#VALUE!", code: "tooManyArguments" });
  });

  it("turns an unexpected exception into a Dutch #VALUE! instead of a stack trace", () => {
    const broken = defineFormula({
      name: "KAPOT",
      parameters: [{ naam: "x", kind: "getal" }],
      run: () => {
        throw new Error("boom");
      },
    });
    const [[result]] = evaluate(broken, [1]) as [[unknown]];
    expect(result).toMatchObject({ error: "#VALUE!", code: "internalError" });
    expect(isLvsError(result) && result.message).not.toContain("boom");
  });
});
