/**
 * One ranged LVS.NIVEAU over 100,000 scores against 100,000 single-cell LVS.NIVEAU formulas, both
 * in the HyperFormula harness that evaluates the same definitions as Excel does. Only entering the
 * formulas (and their calculation) is timed: the engine already holds the scores.
 */
import { performance } from "node:perf_hooks";
import { createEngine } from "../../test/harness/hyperformula-lvs";
import { meld } from "./meten";

const n = 100_000;
// Scores a groep 5 makes on the 5b toets: from 40 (no result yet) to 51 (the highest possible).
const scores = Array.from({ length: n }, (_, i) => [40 + (i % 12)]);

function invoer(formules: string[][]): number {
  const engine = createEngine(scores, n);
  const start = performance.now();
  engine.setCellContents({ sheet: 0, col: 1, row: 0 }, formules);
  const duur = performance.now() - start;
  if (engine.getCellValue({ sheet: 0, col: 1, row: n - 1 }) === null) throw new Error("geen uitkomst");
  engine.destroy();
  return duur;
}

// Taken in turns and the fastest of each kept, so a busy moment of the machine hits both alike.
// The ranged call takes a fifth of the time of the single cells, so it runs three times a turn
// (as timeit repeats short work): each side then gets about the same time to show its best.
const range = [[`=LVS.NIVEAU(A1:A${n},"5b")`]];
const single = scores.map((_, i) => [`=LVS.NIVEAU(A${i + 1},"5b")`]);
let bereik = Infinity;
let cellen = Infinity;
for (let i = 0; i < 15; i++) {
  for (let k = 0; k < 3; k++) bereik = Math.min(bereik, invoer(range));
  cellen = Math.min(cellen, invoer(single));
}
meld({ "functions.range.ms": Math.round(bereik), "functions.cells.ms": Math.round(cellen), "functions.range.ratio_vs_cells": Math.round((bereik / cellen) * 1000) / 1000 });
