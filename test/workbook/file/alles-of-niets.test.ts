/**
 * A batch of changes to a file is all or nothing: when its n-th change fails, the workbook in memory
 * is as it was before the batch, down to the bytes of the file it would write.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import type { Change } from "../../../src/workbook/port";

const bestand = () => readFileSync(join(__dirname, "../../fixtures/vreemd/openpyxl-rijk.xlsx"));

/** What can be seen of a workbook: its sheets, their cells, its settings and the file it writes. */
async function toestand(wb: FileWorkbook) {
  const namen = await wb.sheetNames();
  const gelezen = await wb.read({ sheets: namen });
  return { namen, gelezen, bytes: Buffer.from(await wb.toBuffer()).toString("base64") };
}

/** A batch that touches every kind of part before its last change fails: the sheet is there already. */
function mislukkendeBatch(bestaand: string): Change[] {
  const hele = { rij: 0, kolom: 0, rijen: 3, kolommen: 2 };
  return [
    { kind: "addSheet", sheet: "Nieuw" },
    { kind: "cells", sheet: "Nieuw", row: 0, col: 0, cells: [[{ value: "kop", bold: true, fill: "#FFEE00" }]] },
    { kind: "cells", sheet: bestaand, row: 0, col: 20, cells: [[{ value: "hulp" }], [{ formula: "=A2*2", value: 2 }]] },
    { kind: "addRule", sheet: bestaand, ranges: [hele], formula: "A1>1", fill: "#00FF00", fontColor: "#000000" },
    { kind: "columnWidth", sheet: bestaand, col: 20, width: 30 },
    { kind: "table", sheet: "Nieuw", range: hele, name: "Tabel1", headers: ["a", "b"] },
    { kind: "setting", key: "lvs.proef", value: "1" },
    {
      kind: "chart",
      sheet: "Nieuw",
      chart: {
        type: "line",
        title: "t",
        categories: { rij: 1, kolom: 0, rijen: 2, kolommen: 1 },
        series: [{ name: "s", values: { rij: 1, kolom: 1, rijen: 2, kolommen: 1 } }],
        anchor: { rij: 0, kolom: 4, rijen: 10, kolommen: 6 },
      },
    },
    { kind: "removeSheet", sheet: bestaand },
    { kind: "addSheet", sheet: "nieuw" },
  ];
}

describe("a batch of changes to a file that fails halfway", () => {
  it("leaves the sheets, their cells, the settings and the written file as they were", async () => {
    const wb = await FileWorkbook.open(bestand());
    const [eerste] = await wb.sheetNames();
    const voor = await toestand(wb);
    await expect(wb.apply(mislukkendeBatch(eerste!))).rejects.toThrow(/bestaat al/);
    expect(await toestand(wb)).toEqual(voor);
  });

  it("keeps what earlier batches did, and the workbook takes the next batch as usual", async () => {
    const wb = await FileWorkbook.open(bestand());
    const [eerste] = await wb.sheetNames();
    await wb.apply([
      { kind: "addSheet", sheet: "Eerder" },
      { kind: "cells", sheet: "Eerder", row: 1, col: 1, cells: [[{ value: 42 }]] },
      { kind: "setting", key: "lvs.stap", value: "1.1" },
    ]);
    await wb.toBuffer(); // a download in between changes nothing either
    const voor = await toestand(wb);
    await expect(wb.apply(mislukkendeBatch(eerste!))).rejects.toThrow(/bestaat al/);
    expect(await toestand(wb)).toEqual(voor);
    expect((await wb.read({ sheets: ["Eerder"] })).sheets[0]!.cellen[1]).toEqual([null, 42]);

    await wb.apply([{ kind: "cells", sheet: "Eerder", row: 0, col: 0, cells: [[{ value: "daarna" }]] }]);
    const terug = await FileWorkbook.open(await wb.toBuffer());
    const gelezen = await terug.read({ sheets: ["Eerder"] });
    expect(gelezen.sheets[0]!.cellen.slice(0, 2)).toEqual([["daarna"], [null, 42]]);
    expect(gelezen.settings["lvs.stap"]).toBe("1.1");
  });

  it("is undone also when a new file made from nothing fails", async () => {
    const wb = FileWorkbook.create();
    const voor = await toestand(wb);
    await expect(
      wb.apply([
        { kind: "addSheet", sheet: "Blad" },
        { kind: "cells", sheet: "Blad", row: 0, col: 0, cells: [[{ value: "x", fill: "#FF0000" }]] },
        { kind: "cells", sheet: "Blad", row: 0, col: 16_384, cells: [[{ value: "te ver" }]] },
      ]),
    ).rejects.toThrow(/geen ruimte/);
    expect(await toestand(wb)).toEqual(voor);
  });
});
