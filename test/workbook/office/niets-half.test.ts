import { describe, expect, it } from "vitest";
import { foutTekst } from "../../../src/taskpane/foutmelding";
import { voerUit } from "../../../src/taskpane/groepsacties";
import { maakGroepsoverzicht } from "../../../src/workbook/groepsoverzicht";
import { kleurGroep } from "../../../src/workbook/kleuring";
import { MAX_BATCH_BYTES, OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { OnvolledigeWijziging } from "../../../src/workbook/port";
import { excelMock, groepRijen } from "./excel-mock";

async function fout(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("geen fout");
}

describe("an action whose write Excel stops halfway", () => {
  it("takes back every helper column, the legend and the rules of a colouring, and says so", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) }, { faalSync: { n: 2, code: "GeneralException" } });
    const e = await fout(kleurGroep(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" }));
    expect(e).toBeInstanceOf(OnvolledigeWijziging);
    expect((e as OnvolledigeWijziging).opgeruimd).toBe(true);
    // The 15 helper columns (J…X) and the legend column: every cell it wrote is cleared again.
    const gewist = new Set(
      excel.recorded.cleared.filter((c) => c.sheet === "Groep 5").map((c) => c.address.replace(/\d+/g, "")),
    );
    const geschreven = new Set(excel.recorded.formulas.filter((w) => w.sheet === "Groep 5").map((w) => w.col));
    // The lookup sheet it added for the formulas goes too.
    expect(excel.recorded.deletedSheets).toContain("LVS-normen");
    expect(gewist.size).toBe(geschreven.size);
    expect(excel.recorded.cleared.find((c) => c.address.startsWith("J"))!.address).toBe("J1:J31");
    // Every rule it added is deleted again.
    expect(excel.recorded.deletedRules.sort()).toEqual(excel.recorded.rules.map((r) => r.formula).sort());
  });

  it("removes a sheet it added, whatever got written on it", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) }, { faalSync: { n: 2, code: "InvalidArgument" } });
    const e = await fout(maakGroepsoverzicht(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" }));
    expect(e).toBeInstanceOf(OnvolledigeWijziging);
    expect(excel.recorded.deletedSheets).toEqual(["Groepsoverzicht Groep 5"]);
    expect(excel.recorded.cleared).toEqual([]); // nothing of the user's sheet is touched
  });

  it("takes back the first part of a write split for the 5 MB limit when the second part fails", async () => {
    const excel = excelMock({ Blad: [["Naam"]] }, { faalSync: { n: 2, code: "GeneralException" } });
    const rijen = Math.ceil(MAX_BATCH_BYTES / 1000) + 10;
    const lang = "x".repeat(1000);
    const deel = (col: number) => ({
      kind: "cells" as const,
      sheet: "Blad",
      row: 0,
      col,
      cells: Array.from({ length: rijen }, () => [{ value: lang }]),
    });
    const e = await fout(new OfficeWorkbook(excel.run).apply([deel(3), deel(4)]));
    expect(e).toBeInstanceOf(OnvolledigeWijziging);
    expect(excel.recorded.formulas.map((w) => w.col)).toEqual([3, 4]);
    expect(excel.recorded.cleared).toEqual([
      { sheet: "Blad", address: `D1:D${rijen}` },
      { sheet: "Blad", address: `E1:E${rijen}` },
    ]);
  });

  it("says so in the pane: taken back, or what to look for when even that failed", async () => {
    const lukt = excelMock({ "Groep 5": groepRijen(30) }, { faalSync: { n: 2, code: "GeneralException" } });
    const m = await voerUit(new OfficeWorkbook(lukt.run), "kleuren", "Groep 5", "2F/1S");
    expect(m.soort).toBe("fout");
    expect(m.tekst).toMatch(/weer weggehaald/);
    const mislukt = excelMock({ "Groep 5": groepRijen(30) }, { faalSync: { n: [2, 3], code: "GeneralException" } });
    const m2 = await voerUit(new OfficeWorkbook(mislukt.run), "kleuren", "Groep 5", "2F/1S");
    expect(m2.tekst).toMatch(/kon niet alles weghalen/);
    expect(m2.tekst).toMatch(/Kleuring verwijderen/);
  });

  it("takes nothing back in cell-edit mode, where Excel wrote nothing, and says to press Enter or Esc", async () => {
    const excel = excelMock(
      { "Groep 5": groepRijen(30) },
      { faalSync: { n: 2, code: "InvalidOperationInCellEditMode" } },
    );
    const m = await voerUit(new OfficeWorkbook(excel.run), "kleuren", "Groep 5", "2F/1S");
    expect(m.tekst).toBe(foutTekst({ code: "InvalidOperationInCellEditMode" }));
    expect(excel.recorded.cleared).toEqual([]);
  });
});

describe("an undo group Excel refuses", () => {
  it("writes the action without the group instead of failing (UndoNotSupported)", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) });
    const run = excel.run;
    const weigert = ((batch: never, options?: Excel.RunOptions) =>
      options?.mergeUndoGroup
        ? Promise.reject(Object.assign(new Error("UndoNotSupported"), { code: "UndoNotSupported" }))
        : run(batch, options)) as typeof run;
    const r = await kleurGroep(new OfficeWorkbook(weigert, { ongedaanInEen: true }), {
      blad: "Groep 5",
      norm: "2F/1S",
    });
    expect(r.status).toBe("klaar");
    expect(excel.recorded.rules.length).toBeGreaterThan(0);
  });
});
