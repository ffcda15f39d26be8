import { describe, expect, it } from "vitest";
import { loadCases, matches, parseCaseFile, runCases } from "./cases";
import { createEngine } from "./hyperformula-lvs";

describe("the formula cases in test/cases", () => {
  const cases = loadCases();

  it("number at least a hundred", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it("all pass in the spreadsheet engine", () => {
    const failed = runCases(cases)
      .filter((o) => !o.passed)
      .map((o) => `${o.case.file}:${o.case.line} ${o.case.formula} expected ${o.case.expected} got ${o.actual}`);
    expect(failed).toEqual([]);
  });

  it("give every LVS error a Dutch message, never an engine's English one", () => {
    const outcomes = runCases(cases.filter((c) => c.expected.startsWith("#") && !/NA\(\)|1\/0/.test(c.formula)));
    for (const o of outcomes) expect(o.actual, o.case.formula).toMatch(/\(.*[a-z].*\)$/);
    for (const o of outcomes) expect(o.actual, o.case.formula).not.toMatch(/Wrong number|not recognized/);
  });
});

describe("the case harness", () => {
  it("also reads cases written in Dutch notation and with lowercase function names", () => {
    const outcomes = runCases([
      { file: "x", line: 1, formula: '=LVS.NIVEAU(24,5;"4a")', expected: "4a", note: "" },
      { file: "x", line: 2, formula: "=lvs.leerrendement(50,60)", expected: "0.833333", note: "" },
      { file: "x", line: 3, formula: '=LVS.SIGNALERING(0,72;"LR";;WAAR)', expected: "1F haalbaar", note: "" },
    ]);
    expect(outcomes.map((o) => o.actual)).toEqual(['"4a"', "0.83333333333", '"1F haalbaar"']);
  });

  it("reads a header row, comments, blank lines and notes", () => {
    const parsed = parseCaseFile("x.tsv", 'formula\texpected\tnote\n# comment\n\n=LVS.NIVEAU(24,"4a")\t4a\ta note\n');
    expect(parsed).toEqual([
      { file: "x.tsv", line: 4, formula: '=LVS.NIVEAU(24,"4a")', expected: "4a", note: "a note" },
    ]);
  });

  it("compares numbers to 1e-4, errors by value (also in Dutch), empty results and arrays", () => {
    expect(matches("0.8333", 0.833333)).toBe(true);
    expect(matches("0.83", 0.833333)).toBe(false);
    expect(matches("#WAARDE!", { error: "#VALUE!", message: "" })).toBe(true);
    expect(matches("#N/A", { error: "#VALUE!", message: "" })).toBe(false);
    expect(matches("", "")).toBe(true);
    expect(matches('""', null)).toBe(true);
    expect(matches('{"4a";"3b"}', [["4a"], ["3b"]])).toBe(true);
    expect(matches('{"4a";"3b"}', [["4a", "3b"]])).toBe(false);
    expect(matches("4a", [["4a"], ["3b"]])).toBe(false);
  });
});

describe("the engine with LVS functions over a sheet", () => {
  it("spills a ranged call over cell references, as Excel does, one result per score", () => {
    const engine = createEngine([[43], [45], [48], [""], [52]]);
    engine.setCellContents({ sheet: 0, col: 1, row: 0 }, [['=LVS.NIVEAU(A1:A5,"5b")']]);
    const uit = [0, 1, 2, 3, 4].map((row) => engine.getCellValue({ sheet: 0, col: 1, row }));
    // 5b: lowest 44, threshold 48, highest 51.
    expect(uit.slice(0, 4)).toEqual(["geen resultaat", "op weg naar 5b", "5b", ""]);
    expect(uit[4]).toMatchObject({ value: "#VALUE!" });
    expect(String((uit[4] as { message: string }).message)).toMatch(/hoogste/);
  });
});
