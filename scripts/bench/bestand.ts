/**
 * Colouring a user's workbook in a file (open, colour every overview sheet, write the new file)
 * against what ExcelJS alone needs to read the same file and write it back, at 3,000 and 100,000
 * rows, for a wide overview (a row per pupil, eight score columns) and a long export (a row per
 * afname). The milliseconds per 1,000 rows at each size show whether time grows linearly.
 */
import ExcelJS from "exceljs";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { kleurGroep } from "../../src/workbook/kleuring";
import { meld, snelstePaar } from "./meten";

const VAARDIGHEDEN = ["Rekenen", "Begrijpend lezen", "Taalverzorging", "Technisch lezen"];

async function breed(rijen: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Groep 5");
  ws.addRow(["Naam", ...VAARDIGHEDEN.flatMap((v) => [`${v} M5`, `${v} E5`])]);
  for (let i = 0; i < rijen; i++) ws.addRow([`Leerling ${i + 1}`, ...VAARDIGHEDEN.flatMap((_, v) => [36 + ((i * 7 + v) % 12), 42 + ((i * 11 + v) % 14)])]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function lang(rijen: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Export IEP");
  ws.addRow(["Leerling", "Groep", "Schooljaar", "Vaardigheid", "Afname", "Toets", "Ontwikkelscore"]);
  for (let i = 0; i < rijen; i++) {
    const moment = i % 2 === 0 ? "M5" : "E5";
    ws.addRow([`Leerling ${Math.floor(i / 8) + 1}`, 5, "2025-2026", VAARDIGHEDEN[Math.floor(i / 2) % 4], moment, moment === "M5" ? "5a" : "5b", 36 + ((i * 7) % 16)]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function kleur(data: Uint8Array, blad: string): Promise<void> {
  const wb = await FileWorkbook.open(data);
  const r = await kleurGroep(wb, { blad, norm: "2F/1S" });
  if (r.status !== "klaar") throw new Error(`kleuren mislukt: ${r.status}`);
  await wb.toBuffer();
}

async function exceljs(data: Uint8Array): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  await wb.xlsx.writeBuffer();
}

/**
 * Sizes in rows; other sizes can be given on the command line, e.g. `… bestand.ts 3000`. The long
 * export is measured at 25,000 and 50,000 rows too: with 100,000 they show whether time grows in
 * step with the rows (file.growth.long: milliseconds per 1,000 rows at 100,000 over those at 25,000;
 * file.growth.wide: at 100,000 over 3,000). BENCH_SOORT=wide or =long measures only that layout.
 */
const GEGEVEN = process.argv.length > 2 ? process.argv.slice(2).map(Number) : undefined;
const ROWS = { wide: GEGEVEN ?? [3_000, 100_000], long: GEGEVEN ?? [3_000, 25_000, 50_000, 100_000] };

void (async () => {
  const figuren: Record<string, number> = {};
  const soorten = [["wide", breed, "Groep 5"], ["long", lang, "Export IEP"]] as const;
  for (const [soort, maak, blad] of soorten.filter(([s]) => !process.env.BENCH_SOORT || s === process.env.BENCH_SOORT)) {
    for (const rijen of ROWS[soort]) {
      const data = await maak(rijen);
      // Large sizes once a side after a warm-up at 3,000 rows: each run takes many seconds already.
      const [ons, kaal] = await snelstePaar(rijen > 10_000 ? 1 : 5, () => kleur(data, blad), () => exceljs(data));
      const k = rijen >= 1000 ? `${rijen / 1000}k` : String(rijen);
      figuren[`file.ratio_vs_exceljs.${soort}.${k}`] = Math.round((ons / kaal) * 100) / 100;
      figuren[`file.ms_per_1000_rows.${soort}.${k}`] = Math.round((ons / rijen) * 1000);
    }
  }
  const groei = figuren["file.ms_per_1000_rows.long.100k"]! / figuren["file.ms_per_1000_rows.long.25k"]!;
  if (Number.isFinite(groei)) figuren["file.growth.long"] = Math.round(groei * 100) / 100;
  const breedGroei = figuren["file.ms_per_1000_rows.wide.100k"]! / figuren["file.ms_per_1000_rows.wide.3k"]!;
  if (Number.isFinite(breedGroei)) figuren["file.growth.wide"] = Math.round(breedGroei * 100) / 100;
  meld(figuren);
})();
