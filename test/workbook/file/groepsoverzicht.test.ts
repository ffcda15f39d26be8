import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { bladNaam, maakGroepsoverzicht } from "../../../src/workbook/groepsoverzicht";
import { rommeligOverzicht } from "../../fixtures/overzichten";
import { snapshot } from "../snapshot";

async function overzicht() {
  const wb = await FileWorkbook.open(await rommeligOverzicht());
  const resultaat = await maakGroepsoverzicht(wb, { blad: "Groep 5", norm: "2F/1S" });
  const uit = await wb.toBuffer();
  const { sheets } = await (await FileWorkbook.open(uit)).read({ sheets: ["Groepsoverzicht Groep 5"] });
  return { resultaat, uit, cellen: sheets[0]!.cellen, wb };
}

function rijMet<T>(cellen: T[][], ...begin: unknown[]): T[] | undefined {
  return cellen.find((r) => begin.every((b, i) => r[i] === b));
}

describe("the group summary", () => {
  it("gives per vaardigheid the mean against the goal of the moment and the spread, checked by hand", async () => {
    const { resultaat, cellen } = await overzicht();
    expect(resultaat.status).toBe("klaar");
    // rekenen 5b: 48, 47, 50, "40", 60 (Eva's #N/A is no score): mean 49.0 against threshold 48
    expect(rijMet(cellen, "rekenen", "5b")).toEqual([
      "rekenen",
      "5b",
      5,
      49,
      48,
      "drempelwaarde 5b",
      1,
      40,
      47,
      48,
      50,
      60,
    ]);
  });

  it("counts pupils per niveau and per colour", async () => {
    const { cellen } = await overzicht();
    const start = cellen.indexOf(rijMet(cellen, "Vaardigheid", "Niveau", "Aantal")!);
    const niveaus = cellen
      .slice(start + 1)
      .filter((r) => r[0] === "rekenen")
      .map((r) => [r[1], r[2]]);
    // Dewi 40 < 44; Bram 47; Ada 48 and Chris 50 (Fenna's 60 is above 5b's highest possible score: no niveau)
    expect(niveaus.slice(0, 3)).toEqual([
      ["geen resultaat", 1],
      ["op weg naar 5b", 1],
      ["5b", 2],
    ]);
    const kop = cellen.find((r) => r[0] === "Vaardigheid" && r[1] === "donkergroen")!;
    const rekenen = cellen[cellen.indexOf(kop) + 1]!;
    expect(Object.fromEntries(kop.map((k, i) => [k, rekenen[i]]))).toMatchObject({
      donkergroen: 2,
      lichtblauw: 1,
      groen: 1,
      donkerblauw: 1,
      "zonder kleur": 0,
    });
  });

  it("counts with COUNTIF over the group sheet's own Kleur and Niveau columns once that sheet is coloured, each count with its value", async () => {
    const { kleurGroep } = await import("../../../src/workbook/kleuring");
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S" });
    await maakGroepsoverzicht(wb, { blad: "Groep 5", norm: "2F/1S" });
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const delen = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    const telling = delen
      .find((x) => x.includes("COUNTIF"))!
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"');
    // Kleur rekenen is column N of Groep 5 (rows 6 to 13); two pupils are donkergroen.
    expect(telling).toMatch(/<f>COUNTIF\('Groep 5'!\$N\$6:\$N\$13,"donkergroen"\)<\/f><v>2<\/v>/);
    expect(telling).toMatch(/<f>COUNTIF\('Groep 5'!\$J\$6:\$J\$13,"5b"\)<\/f><v>2<\/v>/);
  });

  it("holds the data of the voortgangsgrafiek and a spreiding per vaardigheid", async () => {
    const { cellen } = await overzicht();
    expect(rijMet(cellen, "5a")?.slice(0, 3)).toEqual(["5a", 40.4, 40.5]); // (40+40+30+44+48)/5, (41+38+40+36+42+46)/6
    expect(rijMet(cellen, 1, "Dewi")).toEqual([1, "Dewi", 40, 48]);
  });

  it("adds native charts that are valid DrawingML, one voortgang and one spreiding per vaardigheid", async () => {
    const { uit } = await overzicht();
    const zip = await JSZip.loadAsync(uit);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(3);
    for (const c of charts) expect(XMLValidator.validate(await zip.file(c)!.async("string"))).toBe(true);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("drawingml.chart+xml");
    // ExcelJS can read the file back, so Excel's own reader has a well-formed package.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(uit as unknown as ArrayBuffer);
    expect(excel.worksheets.length).toBeGreaterThan(1);
  });

  it("asks before replacing its own summary, and leaves the user's cells alone", async () => {
    const { uit } = await overzicht();
    const wb = await FileWorkbook.open(uit);
    expect((await maakGroepsoverzicht(wb, { blad: "Groep 5", norm: "geen" })).status).toBe("bevestigen");
    const before = await snapshot(await rommeligOverzicht());
    expect((await snapshot(uit, before)).cells).toEqual(before.cells);
  });

  it("gets a numbered name when the user already has a sheet with that name", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    await wb.apply([{ kind: "addSheet", sheet: "Groepsoverzicht Groep 5" }]);
    const resultaat = await maakGroepsoverzicht(wb, { blad: "Groep 5", norm: "2F/1S" });
    expect(resultaat.blad).toBe("Groepsoverzicht Groep 5 (2)");
    expect(bladNaam("Groepsoverzicht: groep 5/6 [combinatie] met lange naam")).toHaveLength(31);
  });
});
