/**
 * `npm run demo -- OUT.xlsx [--kaal] [--overschrijf]`: writes the demo workbook of a fictional
 * school. By default with everything the add-in adds (Normen, coloured groups with summaries, school
 * overviews and every card), so the file shows what it does; --kaal writes only the school's own
 * sheets. An existing OUT is replaced only with --overschrijf, like the other tools.
 */
import { FileWorkbook } from "../src/workbook/file/file-workbook";
import { maakDemoAnalyse, maakDemoWerkmap } from "../src/workbook/demo";
import { vandaag } from "../src/workbook/kwaliteitskaart";
import { gebruiksfout, leesArgumenten, OVERSCHRIJF, type Optie } from "./lib/argumenten";
import { voerUit } from "./lib/fout";
import { controleerUitvoer, schrijfVeilig } from "./lib/uitvoer";

const GEBRUIK = "Gebruik: npm run demo -- UIT.xlsx [--kaal] [--overschrijf]";
const OPTIES: readonly Optie[] = [{ naam: "--kaal", soort: "vlag" }, OVERSCHRIJF];

async function main(): Promise<number> {
  const a = leesArgumenten(process.argv.slice(2), OPTIES, GEBRUIK);
  if (a.bestanden.length !== 1) throw gebruiksfout("Geef één nieuw uitvoerbestand.", GEBRUIK);
  const uit = controleerUitvoer(a.bestanden[0]!, { overschrijf: a.vlag(OVERSCHRIJF.naam), invoer: [] });
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  if (!a.vlag("--kaal")) for (const melding of await maakDemoAnalyse(wb, vandaag())) console.log(melding);
  schrijfVeilig(uit, await wb.toBuffer());
  console.log(`Demowerkmap geschreven: ${uit.pad}`);
  return 0;
}

voerUit(main);
