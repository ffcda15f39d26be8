/**
 * The README is the user's manual: every example row whose result is written as a value
 * (`| \`=LVS.…\` | \`4a\` …`) must give that value. Rows describing a result in words are skipped.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCases } from "./harness/cases";
import { toEnglishSyntax } from "./harness/dutch-notation";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const ROW = /^\|\s*`(=LVS\.[^`]+)`\s*\|\s*`([^`]*)`/gm;

describe("the README's example tables", () => {
  const examples = [...readme.matchAll(ROW)].map((m) => ({ formule: m[1]!, uitkomst: m[2]! }));

  it("have examples for every function", () => {
    const names = new Set(examples.map((e) => /LVS\.\w+/.exec(e.formule)![0]));
    expect([...names].sort()).toEqual(
      ["LVS.KLEUR", "LVS.LEERGROEI", "LVS.NIVEAU", "LVS.NORMLIJN", "LVS.SIGNALERING"].sort(),
    );
    expect(examples.length).toBeGreaterThan(15);
  });

  it("give the results they show", () => {
    const outcomes = runCases(
      examples.map((e, i) => ({
        file: "README.md",
        line: i,
        formula: toEnglishSyntax(e.formule),
        expected: e.uitkomst,
        note: "",
      })),
    );
    for (const o of outcomes)
      expect(o.passed, `${o.case.formula} gave ${o.actual}, README says ${o.case.expected}`).toBe(true);
  });
});

describe("Dutch notation in examples", () => {
  it("becomes the engine's notation outside strings only", () => {
    expect(toEnglishSyntax('=LVS.SIGNALERING(0,72;"LR";;WAAR)')).toBe('=LVS.SIGNALERING(0.72,"LR",,TRUE)');
    expect(toEnglishSyntax('=LVS.NIVEAU("24,5";"4a")')).toBe('=LVS.NIVEAU("24,5","4a")');
  });
});
