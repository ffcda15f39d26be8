import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";

/** A user's sheet whose cells share one style, as ExcelJS hands them out after reading a file. */
async function gedeeldeOpmaak(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Groep 5");
  const rand = { top: { style: "thin" }, bottom: { style: "thin" } } as const;
  ["Naam", "Rekenen", "Lezen", ""].forEach((v, c) => {
    const cell = ws.getCell(1, c + 1);
    cell.value = v || null;
    cell.border = rand;
    cell.font = { italic: true };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function opmaakVan(data: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Groep 5")!;
  return [1, 2, 3, 4].map((c) => ({
    fill: ws.getCell(1, c).fill,
    font: ws.getCell(1, c).font,
    border: ws.getCell(1, c).border,
  }));
}

describe("cell formats written to a file", () => {
  it("change only the cell written, never the user's cells that shared its style", async () => {
    const data = await gedeeldeOpmaak();
    const voor = await opmaakVan(data);
    const wb = await FileWorkbook.open(data);
    await wb.apply([
      { kind: "cells", sheet: "Groep 5", row: 0, col: 3, cells: [[{ value: "Kleur", fill: "#C6EFCE", bold: true }]] },
    ]);
    const na = await opmaakVan(await wb.toBuffer());
    expect(na.slice(0, 3)).toEqual(voor.slice(0, 3));
    expect(na[3]!.fill).toMatchObject({ fgColor: { argb: "FFC6EFCE" } });
    // The written cell keeps the user's border and italics, and adds bold.
    expect(na[3]!.border).toEqual(voor[3]!.border);
    expect(na[3]!.font).toMatchObject({ italic: true, bold: true });
  });
});
