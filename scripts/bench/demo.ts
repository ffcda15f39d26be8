/**
 * Building the whole demo analysis into an .xlsx (the school's sheets, colouring, summaries, school
 * overviews, every card, the charts) against writing the same cell values with ExcelJS alone.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/cell";
import { maakDemoAnalyse, maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { meld, snelstePaar } from "./meten";

/**
 * Enough runs for both sides to reach their steady speed: the analysis runs through far more code
 * than the bare write, and V8 needs some seven runs to have compiled it all (the first is twice as
 * slow). Fewer runs would measure the compiler's warm-up, not the work.
 */
const RUNS = 10;

async function analyse(): Promise<FileWorkbook> {
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  await maakDemoAnalyse(wb, "23-11-2026");
  await wb.toBuffer();
  return wb;
}

/** The same values with nothing else: no analysis, no formats, no charts. */
async function kaal(waarden: readonly { naam: string; cellen: readonly (readonly CellValue[])[] }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const blad of waarden) {
    const ws = wb.addWorksheet(blad.naam);
    blad.cellen.forEach((rij, r) =>
      rij.forEach((v, c) => {
        if (v !== null && v !== undefined && typeof v !== "object") ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
  }
  await wb.xlsx.writeBuffer();
}

void (async () => {
  const gemaakt = await analyse();
  const { sheets } = await gemaakt.read({ sheets: await gemaakt.sheetNames() });
  const waarden = sheets.map((s) => ({ naam: s!.naam, cellen: s!.cellen }));
  const [demo, rauw] = await snelstePaar(RUNS, analyse, () => kaal(waarden));
  meld({ "demo.xlsx.ms": Math.round(demo), "demo.raw.ms": Math.round(rauw), "demo.xlsx.ratio_vs_raw": Math.round((demo / rauw) * 100) / 100 });
})();
