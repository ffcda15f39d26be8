/**
 * A workbook with macros (.xlsm) in, a workbook with macros out: the VBA project and every other
 * part come back byte for byte, and the package still says it is macro-enabled, so Excel opens the
 * new file as .xlsm with its macros.
 */
import { strFromU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { MACRO_HOOFDDEEL, macroWerkmap, VBA_TYPE } from "../../fixtures/macro-werkmap";
import { kleurGroep } from "../../../src/workbook/kleuring";

/** The elements of an XML part, as written. */
const elementen = (xml: string) => xml.match(/<[A-Za-z][^>]*>/g) ?? [];

describe("a workbook with macros (.xlsm) coloured outside Excel", () => {
  it("keeps its VBA project and every part it did not need to change byte for byte, and stays macro-enabled", async () => {
    const voor = macroWerkmap();
    const wb = await FileWorkbook.open(zipSync(voor));
    const r = await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S" });
    expect(r.status).toBe("klaar");
    const na = unzipSync(await wb.toBuffer());

    expect(na["xl/vbaProject.bin"]).toEqual(voor["xl/vbaProject.bin"]);
    const veranderd = Object.keys(voor).filter((deel) => {
      expect(na[deel], deel).toBeDefined();
      return Buffer.compare(Buffer.from(na[deel]!), Buffer.from(voor[deel]!)) !== 0;
    });
    // Only what colouring must change: the sheet, the list of sheets, the styles and their registers.
    expect(veranderd.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/worksheets/sheet1.xml",
      ].filter((deel) => deel in voor),
    );
    // In the parts that did change, everything that was there still is: the macro content types too.
    for (const deel of ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"]) {
      const nu = strFromU8(na[deel]!);
      for (const element of elementen(strFromU8(voor[deel]!))) expect(nu, deel).toContain(element);
    }
    const types = strFromU8(na["[Content_Types].xml"]!);
    expect(types).toContain(`ContentType="${MACRO_HOOFDDEEL}"`);
    expect(types).not.toContain("spreadsheetml.sheet.main+xml");
    expect(types).toContain(`<Default Extension="bin" ContentType="${VBA_TYPE}"/>`);

    // And it opens again as the same macro workbook, with the colouring in it.
    const opnieuw = await FileWorkbook.open(await wb.toBuffer());
    expect(await opnieuw.sheetNames()).toEqual(await wb.sheetNames());
  });
});
