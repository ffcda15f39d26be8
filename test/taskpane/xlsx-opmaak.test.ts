import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { celSleutel } from "../../src/taskpane/blad-opmaak";
import { leesOpmaak } from "../../src/taskpane/xlsx-opmaak";

const GRENZEN = { rijen: 400, kolommen: 100 };

async function bestand(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Groep 5 & 6");
  ws.addRow(["Groep 5", null, null]);
  ws.addRow(["Leerling", "Rekenen", "Aandeel"]);
  ws.addRow(["Ada", 45, 0.625]);
  ws.mergeCells("A1:C1");
  ws.getCell("A1").font = { bold: true, italic: true, color: { argb: "FFC00000" } };
  ws.getRow(2).eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } }));
  ws.getCell("B2").fill = {
    type: "pattern",
    pattern: "solid",
    fgColor: { theme: 4, tint: 0.7999816888943144 },
  } as ExcelJS.Fill;
  ws.getCell("C3").numFmt = "0.0%";
  ws.getCell("B3").alignment = { horizontal: "center", wrapText: true };
  ws.getCell("A3").border = { top: { style: "thin" } };
  ws.getColumn(1).width = 24;
  ws.getRow(2).height = 30;
  ws.views = [{ state: "frozen", xSplit: 1, ySplit: 2 }];
  wb.addWorksheet("Leeg");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("the formats of an opened workbook, for the grid outside Excel", () => {
  it("reads fills, fonts, number formats, alignment and borders per cell", async () => {
    const blad = leesOpmaak(await bestand(), GRENZEN).get("Groep 5 & 6")!;
    expect(blad.cellen.get(celSleutel(0, 0))).toEqual({ bold: true, italic: true, fontColor: "#C00000" });
    expect(blad.cellen.get(celSleutel(1, 0))).toEqual({ fill: "#DDEBF7" });
    expect(blad.cellen.get(celSleutel(2, 2))).toEqual({ numberFormat: "0.0%" });
    expect(blad.cellen.get(celSleutel(2, 1))).toEqual({ align: "center", wrap: true });
    expect(blad.cellen.get(celSleutel(2, 0))).toEqual({ border: true });
  });

  it("turns a theme colour with a tint into the colour Excel shows (accent 1, 80% lighter)", async () => {
    const blad = leesOpmaak(await bestand(), GRENZEN).get("Groep 5 & 6")!;
    // Office's accent 1 is #4472C4 (ExcelJS writes the Office theme); 80% lighter is #DAE3F3 in Excel.
    const fill = blad.cellen.get(celSleutel(1, 1))?.fill ?? "";
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16));
    expect(Math.abs(r! - 0xda) + Math.abs(g! - 0xe3) + Math.abs(b! - 0xf3)).toBeLessThanOrEqual(6);
  });

  it("reads merged cells, column widths, row heights and frozen panes", async () => {
    const blad = leesOpmaak(await bestand(), GRENZEN).get("Groep 5 & 6")!;
    expect(blad.merges).toEqual([{ rij: 0, kolom: 0, rijen: 1, kolommen: 3 }]);
    expect(blad.breedtes.get(0)).toBe(24);
    expect(blad.hoogtes.get(1)).toBe(30);
    expect(blad.bevroren).toEqual({ rijen: 2, kolommen: 1 });
  });

  it("knows every sheet by its name, also one with characters XML escapes", async () => {
    expect([...leesOpmaak(await bestand(), GRENZEN).keys()]).toEqual(["Groep 5 & 6", "Leeg"]);
  });

  it("reads nothing outside the part of the sheet the grid shows", async () => {
    const blad = leesOpmaak(await bestand(), { rijen: 2, kolommen: 2 }).get("Groep 5 & 6")!;
    expect(
      [...blad.cellen.keys()].every((k) =>
        k
          .split(":")
          .map(Number)
          .every((n, i) => n < 2 || (i === 1 && n < 2)),
      ),
    ).toBe(true);
    expect(blad.cellen.has(celSleutel(2, 2))).toBe(false);
  });

  it("gives no formats, rather than an error, for a file that is no workbook", () => {
    expect(leesOpmaak(new TextEncoder().encode("Naam;Score\nAda;45"), GRENZEN).size).toBe(0);
  });
});
