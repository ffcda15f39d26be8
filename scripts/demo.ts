/**
 * `npm run demo -- OUT.xlsx [--kaal]`: writes the demo workbook of a fictional school. By default
 * with everything the add-in adds (Normen, coloured groups with summaries, school overviews and every
 * card), so the file shows what it does; --kaal writes only the school's own sheets.
 */
import { writeFileSync } from "node:fs";
import { FileWorkbook } from "../src/workbook/file/file-workbook";
import { maakDemoAnalyse, maakDemoWerkmap } from "../src/workbook/demo";
import { vandaag } from "../src/workbook/kwaliteitskaart";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const uit = args.find((a) => !a.startsWith("--"));
  if (!uit) {
    console.error("Gebruik: npm run demo -- UIT.xlsx [--kaal]");
    return 2;
  }
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  if (!args.includes("--kaal")) for (const melding of await maakDemoAnalyse(wb, vandaag())) console.log(melding);
  writeFileSync(uit, await wb.toBuffer());
  console.log(`Demowerkmap geschreven: ${uit}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
