import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { maakDemoWerkmap } from "../../src/workbook/demo";
import { maakSchooloverzichten } from "../../src/workbook/school";
import { celSleutel, Weergave } from "../../src/taskpane/blad-opmaak";
import { Geopend } from "../../src/taskpane/bestandsmodus";

async function demo() {
  const weergave = new Weergave();
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(new Geopend(wb, "demo", weergave));
  return { weergave, geopend: new Geopend(wb, "demo", weergave) };
}

describe("the picture of the sheets that follows every change the add-in applies", () => {
  it("knows the demo's header fills, bold text, merged headers, widths and frozen panes", async () => {
    const { weergave } = await demo();
    const groep3 = weergave.blad("Groep 3"); // two header rows, the vaardigheden merged over M and E
    expect(groep3.merges.length).toBeGreaterThan(2);
    expect(groep3.cellen.get(celSleutel(0, 0))).toEqual({ bold: true });
    const kop = groep3.merges[0]!;
    expect(groep3.cellen.get(celSleutel(kop.rij, kop.kolom))).toEqual({ bold: true, fill: "#DDEBF7" });
    expect(groep3.breedtes.get(0)).toBe(24);
    expect(weergave.blad("iep-export").bevroren).toEqual({ rijen: 1, kolommen: 1 });
  });

  it("keeps the charts the add-in places, with the sheet they are on, and forgets them with the sheet", async () => {
    const { weergave, geopend } = await demo();
    await maakSchooloverzichten(geopend, { norm: "2F/1S" });
    const dwars = weergave.blad("Dwarsdoorsnede");
    expect(dwars.grafieken.map((g) => g.type)).toContain("barStacked");
    expect(
      weergave.blad("Trendanalyse").grafieken.length + weergave.blad("Eindresultaten").grafieken.length,
    ).toBeGreaterThan(0);
    await geopend.apply([{ kind: "removeSheet", sheet: "Dwarsdoorsnede" }]);
    expect(weergave.blad("Dwarsdoorsnede").grafieken).toEqual([]);
  });

  it("gives back what a cleared range or a reset column width had", () => {
    const weergave = new Weergave();
    weergave.apply([
      { kind: "addSheet", sheet: "Groep 5" },
      {
        kind: "cells",
        sheet: "Groep 5",
        row: 0,
        col: 4,
        cells: [[{ value: "Kleur rekenen", bold: true, fill: "#E8F1E9" }], [{ value: 0.5, numberFormat: "0%" }]],
      },
      { kind: "columnWidth", sheet: "Groep 5", col: 4, width: 14 },
      { kind: "merge", sheet: "Groep 5", range: { rij: 0, kolom: 4, rijen: 1, kolommen: 2 } },
    ]);
    expect(weergave.blad("groep 5").cellen.get(celSleutel(1, 4))).toEqual({ numberFormat: "0%" });
    weergave.apply([
      { kind: "clear", sheet: "Groep 5", range: { rij: 0, kolom: 4, rijen: 2, kolommen: 2 } },
      { kind: "columnWidth", sheet: "Groep 5", col: 4, width: undefined },
    ]);
    const blad = weergave.blad("Groep 5");
    expect(blad.cellen.size).toBe(0);
    expect(blad.merges).toEqual([]);
    expect(blad.breedtes.has(4)).toBe(false);
  });

  it("adds a planned format to what a cell had, as the file adapter does", () => {
    const weergave = new Weergave();
    weergave.apply([
      { kind: "cells", sheet: "S", row: 0, col: 0, cells: [[{ value: 1, fill: "#FFFF00" }]] },
      { kind: "cells", sheet: "S", row: 0, col: 0, cells: [[{ value: 2, bold: true }]] },
      { kind: "cells", sheet: "S", row: 1, col: 0, cells: [[{ value: 3 }]] },
    ]);
    expect(weergave.blad("S").cellen.get(celSleutel(0, 0))).toEqual({ fill: "#FFFF00", bold: true });
    expect(weergave.blad("S").cellen.has(celSleutel(1, 0))).toBe(false);
  });
});

describe("the opened workbook as the taskpane's port", () => {
  it("counts a result as not yet kept until it is downloaded, and the walker's position never", async () => {
    const { geopend } = await demo();
    expect(geopend.onbewaard).toBe(false);
    await geopend.apply([{ kind: "setting", key: "lvs.stap", value: "2.1" }]);
    expect(geopend.onbewaard).toBe(false);
    await geopend.apply([{ kind: "addSheet", sheet: "Nieuw" }]);
    expect(geopend.onbewaard).toBe(true);
    geopend.bewaard();
    expect(geopend.onbewaard).toBe(false);
  });
});
