import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { PlannedCell } from "../../../src/workbook/port";
import { FileWorkbook, GRENZEN } from "../../../src/workbook/file/file-workbook";
import { Gebruikersfout } from "../../../src/workbook/gebruikersfout";
import { sqref } from "../../../src/workbook/file/werkblad";
import { kleurGroep } from "../../../src/workbook/kleuring";
import { rommeligOverzicht } from "../../fixtures/overzichten";

async function blad(cellen: (PlannedCell | undefined)[][]): Promise<{ wb: FileWorkbook; xml: () => Promise<string> }> {
  const wb = FileWorkbook.create();
  await wb.apply([
    { kind: "addSheet", sheet: "Blad" },
    { kind: "cells", sheet: "Blad", row: 0, col: 0, cells: cellen },
  ]);
  return { wb, xml: async () => strFromU8(unzipSync(await wb.toBuffer())["xl/worksheets/sheet1.xml"]!) };
}

describe("cells written to a file", () => {
  it("hold a formula together with its cached value, typed as what the formula gives", async () => {
    const { xml } = await blad([
      [
        { formula: '=IF(A2>1,"ja","nee")', value: "ja" },
        { formula: "=A2*2", value: 4 },
        { formula: "=A2>1", value: true },
        { formula: "=NA()", value: { cellError: "#N/A" } },
      ],
      [{ value: 2 }],
    ]);
    const tekst = await xml();
    expect(tekst).toContain('<c r="A1" t="str"><f>IF(A2&gt;1,&quot;ja&quot;,&quot;nee&quot;)</f><v>ja</v></c>');
    expect(tekst).toContain('<c r="B1"><f>A2*2</f><v>4</v></c>');
    expect(tekst).toContain('<c r="C1" t="b"><f>A2&gt;1</f><v>1</v></c>');
    expect(tekst).toContain('<c r="D1" t="e"><f>NA()</f><v>#N/A</v></c>');
  });

  it("write text that looks like a formula as text, and read it back as the same text", async () => {
    const naam = '=HYPERLINK("https://example.org","Ada")';
    const { wb, xml } = await blad([[{ value: naam }, { value: "  spaties & <tekens>\u0001" }]]);
    const tekst = await xml();
    expect(tekst).not.toContain("<f>");
    expect(tekst).toContain('t="inlineStr"');
    const terug = await FileWorkbook.open(await wb.toBuffer());
    expect((await terug.read({ sheets: ["Blad"] })).sheets[0]!.cellen[0]).toEqual([naam, "  spaties & <tekens>\u0001"]);
  });

  it("never run an LVS function where the add-in may be missing: its value is written instead", async () => {
    const { xml } = await blad([[{ formula: '=LVS.NIVEAU(40,"5a")', value: "5a" }]]);
    expect(await xml()).toContain('<c r="A1" t="inlineStr"><is><t>5a</t></is></c>');
  });
});

describe("conditional formats in a file", () => {
  it("may cover several areas, and are found and removed again by their marker", async () => {
    expect(
      sqref([
        { rij: 0, kolom: 0, rijen: 5, kolommen: 1 },
        { rij: 0, kolom: 2, rijen: 5, kolommen: 1 },
        { rij: 9, kolom: 3, rijen: 1, kolommen: 1 },
      ]),
    ).toBe("A1:A5 C1:C5 D10");
    const { wb } = await blad([[{ value: 1 }]]);
    await wb.apply([
      {
        kind: "addRule",
        sheet: "Blad",
        ranges: [
          { rij: 0, kolom: 0, rijen: 5, kolommen: 1 },
          { rij: 0, kolom: 2, rijen: 5, kolommen: 1 },
        ],
        formula: 'AND(N("ons")=0,A1>1)',
        fill: "#C6EFCE",
        fontColor: "#006100",
      },
      {
        kind: "addRule",
        sheet: "Blad",
        ranges: [{ rij: 0, kolom: 1, rijen: 5, kolommen: 1 }],
        formula: "B1>1",
        fill: "#FFC7CE",
        fontColor: "#9C0006",
      },
    ]);
    const terug = await FileWorkbook.open(await wb.toBuffer());
    expect(terug.rulesOf("Blad", 'N("ons")')).toEqual([{ ref: "A1:A5 C1:C5", formula: 'AND(N("ons")=0,A1>1)' }]);
    await terug.apply([{ kind: "removeRules", sheet: "Blad", marker: 'N("ons")' }]);
    const xml = strFromU8(unzipSync(await terug.toBuffer())["xl/worksheets/sheet1.xml"]!);
    expect(xml).not.toContain("N(&quot;ons&quot;)");
    expect(xml).toContain("<formula>B1&gt;1</formula>");
  });
});

describe("print setup in a file", () => {
  it("fits a sheet to pages wide with narrow side margins, repeats title rows and columns, and heads every page", async () => {
    const { wb, xml } = await blad([[{ value: "Leerling" }, { value: "Rekenen" }]]);
    await wb.apply([
      {
        kind: "pageSetup",
        sheet: "Blad",
        landscape: true,
        titleRows: 4,
        pagesWide: 2,
        titleColumns: 2,
        header: "Groep 5 & 6",
      },
    ]);
    const tekst = await xml();
    expect(tekst).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="2" fitToHeight="0"/>');
    expect(tekst).toContain('<pageMargins left="0.25" right="0.25"');
    // A literal & is doubled in a header; &C puts the text in the middle.
    expect(tekst).toContain("<headerFooter><oddHeader>&amp;CGroep 5 &amp;&amp; 6</oddHeader></headerFooter>");
    // In the schema's order: margins, page setup, then the header.
    expect(tekst.indexOf("<pageMargins")).toBeLessThan(tekst.indexOf("<pageSetup"));
    expect(tekst.indexOf("<pageSetup")).toBeLessThan(tekst.indexOf("<headerFooter"));
    const werkmap = strFromU8(unzipSync(await wb.toBuffer())["xl/workbook.xml"]!);
    expect(werkmap).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">Blad!$A:$B,Blad!$1:$4</definedName>',
    );
  });

  it("keeps one page wide, the usual margins and no header when nothing else is asked", async () => {
    const { wb, xml } = await blad([[{ value: "Titel" }]]);
    await wb.apply([{ kind: "pageSetup", sheet: "Blad", landscape: false, titleRows: 1 }]);
    const tekst = await xml();
    expect(tekst).toContain('fitToWidth="1"');
    expect(tekst).toContain('<pageMargins left="0.7" right="0.7"');
    expect(tekst).not.toContain("headerFooter");
    expect(strFromU8(unzipSync(await wb.toBuffer())["xl/workbook.xml"]!)).toContain(">Blad!$1:$1</definedName>");
  });
});

describe("the limits of a file outside Excel", () => {
  it("refuse a sheet with more cells than the colouring can hold, in Dutch and naming the limit", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht(), { ...GRENZEN, cellen: 20 });
    await expect(wb.read({ sheets: ["Groep 5"] })).rejects.toThrow(
      /^Blad Groep 5 is te groot om buiten Excel te verwerken: .* tot 20 cellen/,
    );
    // A sheet within the limit is still read.
    expect((await wb.read({ sheets: ["Notities"] })).sheets[0]!.cellen).toEqual([["Geen overzicht hier"]]);
  });

  it("refuse a part too large to read before unpacking it, in Dutch and naming the limit", async () => {
    await expect(FileWorkbook.open(await rommeligOverzicht(), { ...GRENZEN, deel: 1000 })).rejects.toThrow(
      /^Het onderdeel .* is 1 MB groot\. Buiten Excel verwerkt LVS Analyse bladen tot 1 MB/,
    );
  });

  it("refuse a part too large as a user's error, so the browser and the command line show the limit as it is", async () => {
    await expect(FileWorkbook.open(await rommeligOverzicht(), { ...GRENZEN, deel: 1000 })).rejects.toBeInstanceOf(
      Gebruikersfout,
    );
  });

  it("refuse what is no workbook at all, in Dutch", async () => {
    await expect(FileWorkbook.open(new TextEncoder().encode("Naam;Rekenen\nAda;40\n"))).rejects.toThrow(
      "Dit bestand is geen Excel-werkmap (.xlsx of .xlsm), of het is beschadigd",
    );
  });

  it("read a cell in the last column, XFD, and say in Dutch why no helper column fits right of it", async () => {
    const wb = FileWorkbook.create();
    await wb.apply([
      { kind: "addSheet", sheet: "Groep 5" },
      {
        kind: "cells",
        sheet: "Groep 5",
        row: 0,
        col: 0,
        cells: [
          [{ value: "Naam" }, { value: "Rekenen M5" }, { value: "Rekenen E5" }],
          [{ value: "Ada" }, { value: 40 }, { value: 48 }],
        ],
      },
      { kind: "cells", sheet: "Groep 5", row: 0, col: 16_383, cells: [[{ value: "opmerking" }]] },
    ]);
    const terug = await FileWorkbook.open(await wb.toBuffer());
    const { sheets } = await terug.read({ sheets: ["Groep 5"] });
    expect(sheets[0]!.cellen[0]![16_383]).toBe("opmerking");
    expect(sheets[0]!.breedte).toBe(16_384);
    const kleuring = kleurGroep(terug, { blad: "Groep 5", norm: "2F/1S" });
    await expect(kleuring).rejects.toThrow(
      /^Op blad Groep 5 is geen ruimte meer voor de kolommen van LVS Analyse: een blad heeft hoogstens 16\.384 kolommen/,
    );
    // A user's error, so it is shown as it is rather than as a fault of the program.
    await expect(kleuring).rejects.toBeInstanceOf(Gebruikersfout);
  });
});
