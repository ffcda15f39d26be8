/**
 * Spellings of a package that are valid but not Excel's, met in workbooks from other writers: empty
 * elements closed with their own end tag, and a content type for each relationships part instead of
 * one for all. What the adapter writes back must be valid in the same package.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_RELS = "application/vnd.openxmlformats-package.relationships+xml";

/** One sheet with a value in A1; every empty element closed with an end tag, every .rels part typed apart. */
function pakket(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Override PartName="/_rels/.rels" ContentType="${CT_RELS}"></Override>` +
        `<Override PartName="/xl/_rels/workbook.xml.rels" ContentType="${CT_RELS}"></Override>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"></Override>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"></Override>` +
        `</Types>`,
    ),
    "_rels/.rels": strToU8(
      `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"></Relationship></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"></sheet></sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"></Relationship></Relationships>`,
    ),
    "xl/worksheets/sheet1.xml": strToU8(
      `<worksheet xmlns="${NS}"><dimension ref="A1"></dimension><cols><col min="1" max="1" width="9.10"></col><col min="2" max="2" width="9.10"></col></cols>` +
        `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row></sheetData></worksheet>`,
    ),
  });
}

function delen(data: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(data)).map(([naam, inhoud]) => [naam, strFromU8(inhoud)]));
}

describe("packages spelled in other writers' ways", () => {
  it("keep a column width list valid when one of its columns closed with </col> gets a new width", async () => {
    const wb = await FileWorkbook.open(pakket());
    await wb.apply([{ kind: "columnWidth", sheet: "Blad1", col: 1, width: 20 }]);
    const blad = delen(await wb.toBuffer())["xl/worksheets/sheet1.xml"]!;
    expect(XMLValidator.validate(blad)).toBe(true);
    expect(blad).toContain('<col min="1" max="1" width="9.10"/>');
    expect(blad).toMatch(/<col min="2" max="2" width="20" customWidth="1"\/>/);
  });

  it("keep the list of sheets valid when a sheet closed with </sheet> gets a new one beside it", async () => {
    const wb = await FileWorkbook.open(pakket());
    await wb.apply([{ kind: "addSheet", sheet: "Nieuw" }]);
    const werkmap = delen(await wb.toBuffer())["xl/workbook.xml"]!;
    expect(XMLValidator.validate(werkmap)).toBe(true);
    expect(await (await FileWorkbook.open(await wb.toBuffer())).sheetNames()).toEqual(["Blad1", "Nieuw"]);
  });

  it("give a new relationships part its own content type where the package names each one apart, and take it away with its sheet", async () => {
    const wb = await FileWorkbook.open(pakket());
    await wb.apply([
      { kind: "addSheet", sheet: "Tabel" },
      { kind: "cells", sheet: "Tabel", row: 0, col: 0, cells: [[{ value: "Naam" }], [{ value: "Ada" }]] },
      {
        kind: "table",
        sheet: "Tabel",
        range: { rij: 0, kolom: 0, rijen: 2, kolommen: 1 },
        name: "Proef",
        headers: ["Naam"],
      },
    ]);
    const met = delen(await wb.toBuffer());
    const rels = Object.keys(met).find(
      (d) => /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(d) && d !== "xl/worksheets/_rels/sheet1.xml.rels",
    )!;
    expect(met["[Content_Types].xml"]).toContain(`<Override PartName="/${rels}" ContentType="${CT_RELS}"/>`);

    await wb.apply([{ kind: "removeSheet", sheet: "Tabel" }]);
    const zonder = delen(await wb.toBuffer());
    expect(zonder[rels]).toBeUndefined();
    expect(zonder["[Content_Types].xml"]).not.toContain(rels);
  });
});
