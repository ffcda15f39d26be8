/**
 * Building the whole demo analysis into an .xlsx (the school's sheets, colouring, summaries, school
 * overviews, every card, the charts) against writing the same cell values with ExcelJS alone.
 */
import ExcelJS from "exceljs";
import { maakDemoAnalyse, maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { meld, snelste } from "./meten";

/**
 * Enough runs for both sides to reach their steady speed: the analysis runs through far more code
 * than the bare write, and V8 needs some seven runs to have compiled it all (the first is twice as
 * slow). Fewer runs would measure the compiler's warm-up, not the work.
 */
const RUNS = 10;

void (async () => {
  let laatste = FileWorkbook.create();
  const demo = await snelste(RUNS, async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    await maakDemoAnalyse(wb, "23-11-2026");
    await wb.toBuffer();
    laatste = wb;
  });
  const { sheets } = await laatste.read({ sheets: await laatste.sheetNames() });
  const waarden = sheets.map((s) => ({ naam: s!.naam, cellen: s!.cellen }));
  // The same values with nothing else: no analysis, no formats, no charts.
  const kaal = await snelste(RUNS, async () => {
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
  });
  meld({ "demo.xlsx.ms": Math.round(demo), "demo.raw.ms": Math.round(kaal), "demo.xlsx.ratio_vs_raw": Math.round((demo / kaal) * 100) / 100 });
})();
