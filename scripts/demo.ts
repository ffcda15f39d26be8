/**
 * `npm run demo -- OUT.xlsx [--kaal]`: writes the demo workbook of a fictional school. By default
 * with the analysis done (every group sheet coloured on 2F/1S, a group summary per sheet and a
 * Normen sheet), so the file shows what the add-in adds; --kaal writes only the school's own sheets.
 */
import { writeFileSync } from "node:fs";
import { FileWorkbook } from "../src/workbook/file/file-workbook";
import { maakDemoWerkmap } from "../src/workbook/demo";
import { maakGroepsoverzicht } from "../src/workbook/groepsoverzicht";
import { kleurGroep } from "../src/workbook/kleuring";
import { maakNormenblad } from "../src/workbook/normenblad";
import { maakSchooloverzichten } from "../src/workbook/school";
import { maakKaarten, vandaag } from "../src/workbook/kwaliteitskaart";
import { INSTRUMENTEN } from "../src/core/kaart/sjabloon";

/** The group whose teacher card and groepsanalyse the demo shows. */
const DEMO_KAART_GROEP = "Groep 5";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const uit = args.find((a) => !a.startsWith("--"));
  if (!uit) {
    console.error("Gebruik: npm run demo -- UIT.xlsx [--kaal]");
    return 2;
  }
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  if (!args.includes("--kaal")) {
    await maakNormenblad(wb);
    for (const blad of (await wb.sheetNames()).filter((n) => n.startsWith("Groep"))) {
      const kleur = await kleurGroep(wb, { blad, norm: "2F/1S" });
      const overzicht = await maakGroepsoverzicht(wb, { blad, norm: "2F/1S" });
      console.log(`${blad}: ${kleur.status === "klaar" ? kleur.tekst : kleur.status}; ${overzicht.status}`);
    }
    for (const r of await maakSchooloverzichten(wb, { norm: "2F/1S" })) console.log(r.tekst);
    const kaarten = await maakKaarten(wb, {
      kaarten: ["leerkracht", "groepsanalyse", "ib", "beleid"],
      instrumenten: INSTRUMENTEN.map((i) => i.id),
      blad: DEMO_KAART_GROEP,
      norm: "2F/1S",
      datum: vandaag(),
    });
    for (const r of kaarten) console.log(r.tekst);
  }
  writeFileSync(uit, await wb.toBuffer());
  console.log(`Demowerkmap geschreven: ${uit}`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
