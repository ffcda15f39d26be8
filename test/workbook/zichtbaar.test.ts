import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { maakGroepsoverzicht } from "../../src/workbook/groepsoverzicht";
import { kleurGroep, verwijderKleuring } from "../../src/workbook/kleuring";
import { maakKaarten } from "../../src/workbook/kwaliteitskaart";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { maakSchooloverzichten } from "../../src/workbook/school";
import { rommeligOverzicht } from "../fixtures/overzichten";
import { excelMock, groepRijen } from "./office/excel-mock";

/** The file after colouring, with the coloured sheet renamed as a user would (in Excel: double-click the tab). */
async function hernoemd(nieuweNaam: string, kopie = false): Promise<FileWorkbook> {
  const wb = await FileWorkbook.open(await rommeligOverzicht());
  expect((await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S" })).status).toBe("klaar");
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await wb.toBuffer()) as never);
  const blad = excel.getWorksheet("Groep 5")!;
  if (kopie) {
    const nieuw = excel.addWorksheet(nieuweNaam);
    blad.eachRow((row, r) => row.eachCell((cell, c) => (nieuw.getCell(r, c).value = cell.value)));
  } else blad.name = nieuweNaam;
  return FileWorkbook.open(new Uint8Array(await excel.xlsx.writeBuffer()));
}

describe("the results of an action are seen", () => {
  it("brings a sheet the action made to the front in Excel", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) });
    await maakGroepsoverzicht(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
    expect(excel.recorded.activated).toEqual(["Groepsoverzicht Groep 5"]);
    const kaart = excelMock({ "Groep 5": groepRijen(30) });
    await maakKaarten(new OfficeWorkbook(kaart.run), {
      kaarten: ["leerkracht"],
      blad: "Groep 5",
      norm: "2F/1S",
      datum: "01-02-2026",
    });
    expect(kaart.recorded.activated).toEqual(["Kwaliteitskaart leerkracht"]);
    const school = excelMock({ "Groep 5": groepRijen(30) });
    await maakSchooloverzichten(new OfficeWorkbook(school.run), { norm: "2F/1S" });
    expect(school.recorded.activated[0]).toBe("Dwarsdoorsnede");
  });

  it("leaves the active sheet alone when colouring, which adds no sheet", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) });
    await kleurGroep(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
    expect(excel.recorded.activated).toEqual([]);
  });
});

describe("a coloured sheet that the user renamed", () => {
  it("still has its colouring removed completely, found by the legend and the column headers", async () => {
    const wb = await hernoemd("Groep 5 oud");
    const r = await verwijderKleuring(wb, "Groep 5 oud");
    expect(r.tekst).toMatch(/verwijderd: \d+ hulpkolommen/);
    const { sheets, settings } = await wb.read({ sheets: ["Groep 5 oud"] });
    const tekst = sheets[0]!.cellen.flat().filter((v) => typeof v === "string");
    expect(tekst.filter((t) => /^(Niveau|Kleur|Leergroei|Legenda LVS Analyse)/.test(t))).toEqual([]);
    expect(Object.keys(settings).filter((k) => k.startsWith("lvs.kleuring."))).toEqual([]);
  });

  it("is coloured again in place of its old columns after asking, not beside them", async () => {
    const wb = await hernoemd("Groep 5 oud");
    expect((await kleurGroep(wb, { blad: "Groep 5 oud", norm: "geen" })).status).toBe("bevestigen");
    const r = await kleurGroep(wb, { blad: "Groep 5 oud", norm: "geen", vervangen: true });
    expect(r.status).toBe("klaar");
    const { sheets, settings } = await wb.read({ sheets: ["Groep 5 oud"] });
    const kop = sheets[0]!.cellen[4]!;
    expect(kop.filter((v) => v === "Kleur rekenen")).toHaveLength(1);
    expect(Object.keys(settings).filter((k) => k.startsWith("lvs.kleuring."))).toEqual(["lvs.kleuring.Groep 5 oud"]);
  });

  it("leaves the original's record alone when the sheet is a copy", async () => {
    const wb = await hernoemd("Kopie van groep 5", true);
    await verwijderKleuring(wb, "Kopie van groep 5");
    const { settings } = await wb.read({ sheets: [] });
    expect(settings["lvs.kleuring.Groep 5"]).toBeDefined();
  });
});
