import { describe, expect, it } from "vitest";
import type { PlannedCell } from "../../../src/workbook/port";
import type { Change, WorkbookPort } from "../../../src/workbook/port";
import { maakGroepsoverzicht } from "../../../src/workbook/groepsoverzicht";
import { maakSchooloverzichten } from "../../../src/workbook/school";
import { maakKaarten } from "../../../src/workbook/kwaliteitskaart";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { excelMock, type ExcelMock } from "./excel-mock";

/** Names Excel would turn into something else when typed: formulas, phone numbers, dates, fractions. */
const VIJANDIG = [
  '=HYPERLINK("http://voorbeeld.invalid";"klik")',
  "+31612345678",
  "-Jansen",
  "@SUM(A1)",
  "05-03-2026",
  "1/2",
  "3a",
  "1e5",
  "12,5",
  "TRUE",
  "'Tom",
  "  Eva  ",
];

/** The adapter's port, with every change an action plans kept aside to compare with what Excel got. */
function meeluisteren(excel: ExcelMock): { port: WorkbookPort; gepland: Change[] } {
  const wb = new OfficeWorkbook(excel.run);
  const gepland: Change[] = [];
  return {
    gepland,
    port: {
      sheetNames: () => wb.sheetNames(),
      read: (r) => wb.read(r),
      apply: (changes) => {
        gepland.push(...changes.filter((c) => c.kind === "cells"));
        return wb.apply(changes);
      },
    },
  };
}

/** Every planned text cell next to what Excel received for it. */
function tekstcellen(gepland: readonly Change[], excel: ExcelMock): { gepland: string; ontvangen: unknown }[] {
  const paren: { gepland: string; ontvangen: unknown }[] = [];
  const writes = excel.recorded.formulas.slice();
  for (const change of gepland) {
    if (change.kind !== "cells") continue;
    const i = writes.findIndex((w) => w.sheet === change.sheet && w.row === change.row && w.col === change.col);
    const write = writes.splice(i, 1)[0]!;
    change.cells.forEach((rij, r) =>
      rij.forEach((cel: PlannedCell | undefined, c) => {
        if (cel && !cel.formula && typeof cel.value === "string" && cel.value !== "")
          paren.push({ gepland: cel.value, ontvangen: write.values[r]![c] });
      }),
    );
  }
  return paren;
}

function groep(): unknown[][] {
  const rijen: unknown[][] = [["Naam", "Groep", "Rekenen 5a", "Rekenen 5b", "Lezen 5a", "Lezen 5b"]];
  VIJANDIG.forEach((naam, i) => rijen.push([naam, 5, 36 + i, 44 + i, 37, 40 + i]));
  return rijen;
}

describe("text written into Excel stays text", () => {
  it("goes in with a leading apostrophe, so Excel keeps it exactly; numbers stay numbers and formulas formulas", async () => {
    const excel = excelMock({ Blad: [["x"]] });
    await new OfficeWorkbook(excel.run).apply([
      {
        kind: "cells",
        sheet: "Blad",
        row: 0,
        col: 0,
        cells: [
          VIJANDIG.map((value) => ({ value })),
          [{ value: 24.5 }, { value: true }, { value: "" }, { value: null }, { formula: "=1+1", value: 2 }, undefined],
        ],
      },
    ]);
    const [write] = excel.recorded.formulas;
    expect(write!.values[0]).toEqual(VIJANDIG.map((naam) => `'${naam}`));
    expect(write!.values[1]).toEqual([24.5, true, "", "", "=1+1", null, null, null, null, null, null, null]);
  });

  it("holds for every text cell of every action that writes pupils' names: overview, school sheets, cards", async () => {
    const excel = excelMock({ "Groep 5": groep() });
    const { port, gepland } = meeluisteren(excel);
    await maakGroepsoverzicht(port, { blad: "Groep 5", norm: "2F/1S" });
    await maakSchooloverzichten(port, { norm: "2F/1S" });
    await maakKaarten(port, { kaarten: ["leerkracht", "ib"], blad: "Groep 5", norm: "2F/1S", datum: "05-03-2026" });
    const paren = tekstcellen(gepland, excel);
    // The hostile names do reach the sheets (as pupils in the overview and on the cards)…
    expect(paren.some((p) => p.gepland.startsWith("=HYPERLINK"))).toBe(true);
    expect(paren.some((p) => p.gepland === "05-03-2026")).toBe(true);
    // …and every text, theirs and ours, in the protective form.
    expect(paren.filter((p) => p.ontvangen !== `'${p.gepland}`)).toEqual([]);
  });

  it("protects the header row of a table too", async () => {
    const excel = excelMock({ Blad: [["x"]] });
    await new OfficeWorkbook(excel.run).apply([
      {
        kind: "table",
        sheet: "Blad",
        range: { rij: 0, kolom: 0, rijen: 2, kolommen: 2 },
        name: "T",
        headers: ["1/2", "=A1"],
      },
    ]);
    expect(excel.recorded.tables[0]!.headers).toEqual([["'1/2", "'=A1"]]);
  });
});
