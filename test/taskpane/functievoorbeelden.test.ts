import { describe, expect, it } from "vitest";
import voorbeelden from "../../src/taskpane/functievoorbeelden.json";
import { runCases } from "../harness/cases";
import { toEnglishSyntax } from "../harness/dutch-notation";

describe("the examples the taskpane shows", () => {
  const checked = voorbeelden.functies.flatMap((f) =>
    f.voorbeelden.filter((v): v is typeof v & { verwacht: string } => "verwacht" in v),
  );

  it("cover every function", () => {
    const names = new Set(checked.map((v) => /LVS\.\w+/.exec(v.formule)?.[0]));
    expect([...names].sort()).toEqual(voorbeelden.functies.map((f) => f.naam).sort());
  });

  it("give the results they promise", () => {
    const outcomes = runCases(
      checked.map((v, i) => ({
        file: "taskpane",
        line: i,
        formula: toEnglishSyntax(v.formule),
        expected: v.verwacht,
        note: "",
      })),
    );
    for (const o of outcomes) expect(o.passed, `${o.case.formula} gave ${o.actual}`).toBe(true);
  });

  it("are written in Dutch Excel notation, with semicolons between arguments", () => {
    for (const f of voorbeelden.functies)
      for (const v of f.voorbeelden) expect(v.formule).not.toMatch(/\(\s*[^;()"]+,\s*"/);
  });
});
