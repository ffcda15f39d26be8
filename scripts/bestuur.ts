/**
 * `npm run bestuur -- SCHOOL1.xlsx SCHOOL2.xlsx … UIT.xlsx [--norm 2F/1S]`: the board's roll-up.
 * Reads each school's workbook (its overviews, its Schoolinstellingen and Cito results) and writes
 * one new workbook with the schools side by side, and the Kwaliteitskaart beleid for all of them.
 * No input file is written.
 */
import { basename } from "node:path";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { readNorm } from "../src/core/norm";
import type { Normkeuze } from "../src/core/groep/kleurplan";
import { indicatorTelling, zonderDubbele } from "../src/core/school/bestuur";
import { FileWorkbook } from "../src/workbook/file/file-workbook";
import { maakBeleidskaart, schoolInvoer, vandaag } from "../src/workbook/kwaliteitskaart";
import { maakBestuursoverzicht, schoolVoorBestuur } from "../src/workbook/school";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const bestanden: string[] = [];
  let norm: Normkeuze | undefined = "2F/1S";
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--norm") norm = readNorm(args[++i] ?? "").basis;
    else bestanden.push(args[i]!);
  }
  if (!norm || bestanden.length < 2) {
    console.error("Gebruik: npm run bestuur -- SCHOOL1.xlsx [SCHOOL2.xlsx …] UIT.xlsx [--norm 1F|2F/1S|landelijk|schoolweging|geen]");
    return 2;
  }
  const uit = bestanden.pop()!;
  if (bestanden.includes(uit)) {
    console.error("Het uitvoerbestand moet een nieuw bestand zijn: LVS Analyse schrijft nooit over een invoerbestand heen.");
    return 2;
  }
  const gelezen = [];
  for (const bestand of bestanden) {
    if (!existsSync(bestand)) {
      console.error(`Bestand ${bestand} bestaat niet.`);
      return 2;
    }
    const wb = await FileWorkbook.open(readFileSync(bestand));
    const school = await schoolVoorBestuur(wb, norm, basename(bestand).replace(/\.xlsx$/i, ""));
    gelezen.push({ ...school, bestand, wb });
  }
  // The same school given twice counts once; the user hears which files it was.
  const { scholen, meldingen } = zonderDubbele(gelezen, (s) => s.bestand);
  for (const m of meldingen) console.warn(`Let op: ${m}`);
  const kaart = [];
  for (const school of scholen) {
    console.log(`${school.naam}: ${school.bron.afnames.length} afnames uit ${school.bron.bronnen.join(", ") || "geen overzicht"}${school.indicator ? `; Cito: ${indicatorTelling(school.indicator)}` : ""}.`);
    for (const m of school.cijfers.meldingen) console.warn(`Let op (${school.naam}): ${m}`);
    kaart.push({ naam: school.naam, invoer: await schoolInvoer(school.wb, norm, vandaag(), school.naam), cijfers: school.cijfers });
  }
  const wb = FileWorkbook.create();
  await maakBestuursoverzicht(wb, scholen, norm);
  await maakBeleidskaart(wb, kaart, vandaag());
  writeFileSync(uit, await wb.toBuffer());
  console.log(`Bestuursoverzicht en Kwaliteitskaart beleid van ${scholen.length} scholen geschreven: ${uit}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
