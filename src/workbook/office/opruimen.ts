/**
 * Taking back a write that Excel stopped halfway. Excel runs a batch in order and does not undo
 * what ran before the failing step, so an action could leave a half-filled sheet or a helper column
 * without its rules. This removes what the changes would add: the sheets they add, the cells they
 * write on sheets that were there (always cells that were empty: the add-in never writes over the
 * user's), and the rules they add. One round trip to see what exists, one to remove it.
 */
import type { Change } from "../port";

type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Per column, the runs of rows a cells change really writes (undefined leaves a cell alone). */
function geschrevenRuns(change: Extract<Change, { kind: "cells" }>): { row: number; col: number; rows: number }[] {
  const runs: { row: number; col: number; rows: number }[] = [];
  const breedte = change.cells.reduce((n, r) => Math.max(n, r.length), 0);
  for (let c = 0; c < breedte; c++) {
    let start = -1;
    for (let r = 0; r <= change.cells.length; r++) {
      const geschreven = r < change.cells.length && change.cells[r]![c] !== undefined;
      if (geschreven && start < 0) start = r;
      if (!geschreven && start >= 0) {
        runs.push({ row: change.row + start, col: change.col + c, rows: r - start });
        start = -1;
      }
    }
  }
  return runs;
}

export async function ruimOp(run: Runner, changes: readonly Change[]): Promise<void> {
  const toegevoegd = new Set(changes.filter((c) => c.kind === "addSheet").map((c) => c.sheet.toLowerCase()));
  const opBestaand = (c: Change): boolean => "sheet" in c && !toegevoegd.has(c.sheet.toLowerCase());
  const regels = changes.filter(
    (c): c is Extract<Change, { kind: "addRule" }> => c.kind === "addRule" && opBestaand(c),
  );
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const formats = [...new Set(regels.map((r) => r.sheet))].map((naam) => {
      const collectie = sheets.getItemOrNullObject(naam).getRange().conditionalFormats;
      collectie.load("items/customOrNullObject/rule/formula");
      return { naam, collectie };
    });
    await context.sync();
    const bestaat = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    for (const naam of toegevoegd) if (bestaat.has(naam)) sheets.getItem(naam).delete();
    for (const change of changes) {
      if (!opBestaand(change) || !("sheet" in change) || !bestaat.has(change.sheet.toLowerCase())) continue;
      const sheet = sheets.getItem(change.sheet);
      if (change.kind === "cells") {
        for (const { row, col, rows } of geschrevenRuns(change))
          sheet.getRangeByIndexes(row, col, rows, 1).clear("All" as Excel.ClearApplyTo);
      } else if (change.kind === "columnWidth" && change.width !== undefined) {
        // An emptied column gets the sheet's standard width back.
        sheet.getRangeByIndexes(0, change.col, 1, 1).getEntireColumn().format.useStandardWidth = true;
      }
    }
    for (const { naam, collectie } of formats) {
      if (collectie.isNullObject) continue;
      const onze = new Set(regels.filter((r) => r.sheet === naam).map((r) => `=${r.formula}`));
      for (const format of collectie.items) {
        const custom = format.customOrNullObject;
        if (!custom.isNullObject && onze.has(custom.rule.formula)) format.delete();
      }
    }
    await context.sync();
  });
}
