/**
 * Pupil cards: round trips to Excel (context.sync) for a group of 30 and of 300 through the mocked
 * Office adapter, and the time for all cards of one group of the demo's long export (some 5,000
 * afnames) outside Excel: reading the export, colouring it, building every card and its charts
 * into the workbook, and with writing the .xlsx.
 */
import { maakDemoSchool } from "../../src/core/demo/school";
import { maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { maakLeerlingkaarten } from "../../src/workbook/leerlingkaart";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { excelMock, groepRijen } from "../../test/workbook/office/excel-mock";
import { meld, snelstePaar } from "./meten";

async function syncs(leerlingen: number): Promise<number> {
  const excel = excelMock({ "Groep 5": groepRijen(leerlingen) });
  let n = 0;
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = () => {
    n++;
    return sync();
  };
  const r = await maakLeerlingkaarten(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S", datum: "30-11-2026" });
  if (r.status !== "klaar" || r.bladen.length !== leerlingen) throw new Error(`leerlingkaarten mislukt: ${r.status}`);
  return n;
}

const RUNS = 5;

void (async () => {
  const figures: Record<string, number> = { "pupil.syncs.30": await syncs(30), "pupil.syncs.300": await syncs(300) };
  const bron = FileWorkbook.create();
  await maakDemoWerkmap(bron);
  const buffer = await bron.toBuffer();
  const afnames = maakDemoSchool().afnames.length;
  let kaarten = 0;
  const groep = async (schrijven: boolean) => {
    const wb = await FileWorkbook.open(buffer);
    const start = performance.now();
    const r = await maakLeerlingkaarten(wb, { blad: "IEP-export", norm: "2F/1S", datum: "30-11-2026", groep: "Groep 5" });
    if (r.status !== "klaar") throw new Error(`leerlingkaarten mislukt: ${r.status}`);
    kaarten = r.bladen.length;
    if (schrijven) await wb.toBuffer();
    return performance.now() - start;
  };
  // The opening of the file is outside the measurement: each run times only the cards.
  let beste = Infinity;
  let besteMet = Infinity;
  await snelstePaar(RUNS, async () => (beste = Math.min(beste, await groep(false))), async () => (besteMet = Math.min(besteMet, await groep(true))));
  meld({ ...figures, "pupil.export_afnames": afnames, "pupil.cards_per_group": kaarten, "pupil.group_cards_ms": Math.round(beste), "pupil.group_cards_xlsx_ms": Math.round(besteMet) });
})();
