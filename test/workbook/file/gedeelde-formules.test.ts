/**
 * A helper column in a file is a few shared formulas, not a formula text per pupil: the first cell
 * of a run holds the text, the cells below name its group. A second reader (ExcelJS) must find in
 * every helper cell exactly the formula the core renders for that cell, and the groups may never
 * take a number the user's own shared formulas already use.
 */
import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { renderFormula } from "../../../src/core/groep/expressie";
import { bestandsformule } from "../../../src/workbook/file/bestandsformule";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { kleurGroep } from "../../../src/workbook/kleuring";
import { langOverzicht } from "../../fixtures/overzichten";

/** A wide overview of many pupils, with a formula column of the user's own, shared down as Excel writes it. */
async function grootOverzicht(leerlingen: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Groep 5");
  ws.addRow(["Naam", "Rekenen M5", "Rekenen E5", "Verschil"]);
  for (let i = 0; i < leerlingen; i++) {
    const rij = ws.addRow([`Leerling ${i + 1}`, 36 + (i % 12), 42 + ((i * 5) % 14)]);
    const cel = rij.getCell(4);
    cel.value =
      i === 0 ? { formula: "C2-B2", result: 0 } : ({ sharedFormula: "D2", result: 0 } as unknown as ExcelJS.CellValue);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function kleurEnLees(data: Uint8Array, blad: string) {
  const wb = await FileWorkbook.open(data);
  const resultaat = await kleurGroep(wb, { blad, norm: "2F/1S" });
  if (resultaat.status !== "klaar") throw new Error(resultaat.status);
  const uit = await wb.toBuffer();
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(uit as never);
  return { plan: resultaat.plan, uit, ws: excel.getWorksheet(blad)! };
}

function formulesVan(xml: string) {
  const eerste = [...xml.matchAll(/<f t="shared" ref="([A-Z]+\d+:[A-Z]+\d+)" si="(\d+)">/g)].map((m) => Number(m[2]));
  const volgend = [...xml.matchAll(/<f t="shared" si="(\d+)"\/>/g)].length;
  const los = [...xml.matchAll(/<f>/g)].length;
  return { eerste, volgend, los };
}

describe("helper columns in a file", () => {
  it("are shared formulas that a second reader reads, cell by cell, as the formula the core renders there", async () => {
    const { plan, uit, ws } = await kleurEnLees(await grootOverzicht(200), "Groep 5");
    let cellen = 0;
    for (const kolom of plan.hulpkolommen) {
      for (const cel of kolom.cellen) {
        cellen++;
        expect(ws.getCell(cel.rij + 1, kolom.kolom + 1).formula, `${kolom.kop} rij ${cel.rij + 1}`).toBe(
          bestandsformule(renderFormula(cel.expr)),
        );
      }
    }
    expect(cellen).toBeGreaterThan(800);
    const xml = strFromU8(unzipSync(uit)["xl/worksheets/sheet1.xml"]!);
    const { eerste, volgend, los } = formulesVan(xml);
    // One text per helper column (all pupils made the same toets), the user's own group kept.
    expect(eerste.length).toBe(plan.hulpkolommen.length + 1);
    expect(volgend).toBeGreaterThan(cellen - plan.hulpkolommen.length - 1);
    expect(los).toBe(0);
    expect(new Set(eerste).size).toBe(eerste.length);
  });

  it("keep the user's shared formulas and their group numbers as they were", async () => {
    const data = await grootOverzicht(30);
    const voor = strFromU8(unzipSync(data)["xl/worksheets/sheet1.xml"]!);
    const { uit, ws } = await kleurEnLees(data, "Groep 5");
    const na = strFromU8(unzipSync(uit)["xl/worksheets/sheet1.xml"]!);
    const gebruiker = [...voor.matchAll(/<c r="D\d+"[^>]*>[\s\S]*?<\/c>/g)].map((m) => m[0]);
    expect(gebruiker.length).toBe(31); // the header and 30 formulas
    for (const cel of gebruiker) expect(na).toContain(cel);
    expect(ws.getCell("D7").formula).toBe("C7-B7");
    expect(formulesVan(na).eerste.filter((si) => si === 0)).toHaveLength(1);
  });

  it("stay a formula per cell where the cells compute different things, as in a long export with a toets per row", async () => {
    const { plan, ws } = await kleurEnLees(await langOverzicht(), "Export IEP");
    for (const kolom of plan.hulpkolommen)
      for (const cel of kolom.cellen)
        expect(ws.getCell(cel.rij + 1, kolom.kolom + 1).formula).toBe(bestandsformule(renderFormula(cel.expr)));
  });
});
