/** What a file is, told from its bytes before any reader sees it. */
import { describe, expect, it } from "vitest";
import { herkenBestand } from "../../src/workbook/bestandssoort";
import { rommeligOverzicht } from "../fixtures/overzichten";
import { csv, docx, ods, oudExcel, pdf, tekst, versleuteld } from "../fixtures/vreemde-bestanden";
import { strToU8, zipSync } from "fflate";

const reden = (bytes: Uint8Array, naam = "bestand.xlsx") => {
  const soort = herkenBestand(bytes, naam);
  return soort.werkmap ? "werkmap" : soort.reden;
};

describe("herkenBestand", () => {
  it("lets a real workbook through", async () => {
    expect(herkenBestand(await rommeligOverzicht(), "groep5.xlsx")).toEqual({ werkmap: true });
  });

  it("lets an unknown zip with a content-types list through to the reader, which knows more spellings", () => {
    expect(
      reden(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "XL/Workbook.xml": strToU8("<workbook/>") })),
    ).toBe("werkmap");
  });

  it("says a csv is plain text and how to make a workbook of it", () => {
    expect(reden(csv(), "export.csv")).toMatch(/^het is een csv-bestand .*sla het op als Excel-werkmap/);
    // A csv renamed to .xlsx is still recognised by its separators.
    expect(reden(csv(), "export.xlsx")).toMatch(/^het is een csv-bestand/);
  });

  it("says a pdf is no workbook and to export as .xlsx instead", () => {
    expect(reden(pdf(), "resultaten.pdf")).toMatch(/^het is een pdf, .*als Excel-bestand/);
  });

  it("says a renamed text file is text", () => {
    expect(reden(tekst(), "notitie.xlsx")).toMatch(/^het is een tekstbestand/);
  });

  it("says an old .xls is Excel 97-2003 and to save it as .xlsx", () => {
    expect(reden(oudExcel(), "oud.xls")).toMatch(/^het is een oud Excel-bestand .*sla het op als Excel-werkmap/);
  });

  it("says a password-protected workbook is locked and how to remove the password", () => {
    expect(reden(versleuteld(), "beveiligd.xlsx")).toMatch(
      /^de werkmap is beveiligd met een wachtwoord; .*Versleutelen met wachtwoord/,
    );
  });

  it("names OpenDocument, Word and empty files, and a plain zip", () => {
    expect(reden(ods(), "x.ods")).toMatch(/OpenDocument/);
    expect(reden(docx(), "x.docx")).toMatch(/Word-document/);
    expect(reden(new Uint8Array(0))).toMatch(/leeg/);
    expect(reden(zipSync({ "groep5.xlsx": new Uint8Array([1, 2, 3]) }), "map.zip")).toMatch(
      /zip-bestand.*pak het eerst uit/,
    );
  });

  it("writes every reason as a clause without parentheses, so the browser can put it between brackets", () => {
    for (const bytes of [csv(), pdf(), tekst(), oudExcel(), versleuteld(), ods(), docx(), new Uint8Array(0)]) {
      const r = reden(bytes);
      expect(r).not.toMatch(/[()]/);
      expect(r).toMatch(/^[a-z]/);
      expect(r).not.toMatch(/\.$/);
    }
  });
});
