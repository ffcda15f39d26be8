/**
 * `npm run bestuur -- SCHOOL1.xlsx SCHOOL2.xlsx … UIT.xlsx [--norm 2F/1S] [--overschrijf]`: the
 * board's roll-up. Reads each school's workbook (its overviews, its Schoolinstellingen and Cito
 * results) and writes one new workbook with the schools side by side, and the Kwaliteitskaart
 * beleid for all of them. No input file is written, and no school counts twice.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { readNorm } from "../src/core/norm";
import type { Normkeuze } from "../src/core/groep/kleurplan";
import { FileWorkbook } from "../src/workbook/file/file-workbook";
import { maakBeleidskaart, schoolInvoer, vandaag } from "../src/workbook/kwaliteitskaart";
import { maakBestuursoverzicht, schoolVoorBestuur } from "../src/workbook/school";
import { gebruiksfout, leesArgumenten, OVERSCHRIJF, type Optie } from "./lib/argumenten";
import { CliFout, voerUit } from "./lib/fout";
import { leesBytes, openWerkmap, zelfdeBestand, zoekInvoer, type Invoer } from "./lib/invoer";
import { controleerUitvoer, schrijfVeilig } from "./lib/uitvoer";

const GEBRUIK = "Gebruik: npm run bestuur -- SCHOOL1.xlsx [SCHOOL2.xlsx …] UIT.xlsx [--norm 1F|2F/1S|landelijk|schoolweging|geen] [--overschrijf]";
const OPTIES: readonly Optie[] = [{ naam: "--norm", soort: "waarde", voorbeeld: "2F/1S" }, OVERSCHRIJF];

function leesNorm(waarde: string | true | undefined): Normkeuze {
  if (waarde === undefined) return "2F/1S";
  const norm = typeof waarde === "string" ? readNorm(waarde) : undefined;
  if (!norm?.basis || norm.vaardigheid) throw gebruiksfout(`Onbekende norm "${typeof waarde === "string" ? waarde : ""}". Kies 1F, 2F/1S, landelijk, schoolweging of geen.`, GEBRUIK);
  return norm.basis;
}

/** The same file under two names or links: one school given twice. */
function weigerDubbel(scholen: readonly Invoer[]): void {
  for (let j = 1; j < scholen.length; j++) {
    for (let i = 0; i < j; i++) {
      const [a, b] = [scholen[i]!, scholen[j]!];
      if (zelfdeBestand(a.id, b.id)) throw new CliFout(`${a.naam} en ${b.naam} zijn hetzelfde bestand: die school staat twee keer in de opdracht. Noem elke school één keer.`, 2);
    }
  }
}

async function main(): Promise<number> {
  const a = leesArgumenten(process.argv.slice(2), OPTIES, GEBRUIK);
  const norm = leesNorm(a.waarde("--norm"));
  if (a.bestanden.length < 2) throw gebruiksfout("Geef minstens één schoolbestand en daarna een nieuw uitvoerbestand.", GEBRUIK);
  const invoer = a.bestanden.slice(0, -1).map(zoekInvoer);
  const uit = controleerUitvoer(a.bestanden[a.bestanden.length - 1]!, { overschrijf: a.vlag(OVERSCHRIJF.naam), invoer });
  weigerDubbel(invoer);
  const scholen = [];
  const kaart = [];
  const herkomst = new Map<string, string>();
  const inhoud = new Map<string, string>();
  for (const bestand of invoer) {
    const bytes = leesBytes(bestand);
    const vingerafdruk = createHash("sha256").update(bytes).digest("hex");
    const kopie = inhoud.get(vingerafdruk);
    if (kopie !== undefined) throw new CliFout(`${kopie} en ${bestand.naam} zijn precies gelijk: twee kopieën van dezelfde school. Noem elke school één keer.`, 2);
    inhoud.set(vingerafdruk, bestand.naam);
    const wb = await openWerkmap(bestand, bytes);
    const school = await schoolVoorBestuur(wb, norm, basename(bestand.naam).replace(/\.xlsx$/i, ""));
    const eerder = herkomst.get(school.naam.toLowerCase());
    if (eerder !== undefined) {
      throw new CliFout(
        `${eerder} en ${bestand.naam} zijn allebei school "${school.naam}". Noem elke school één keer; zijn het twee scholen, geef ze dan op het blad Schoolinstellingen elk een eigen naam.`,
        2,
      );
    }
    herkomst.set(school.naam.toLowerCase(), bestand.naam);
    console.log(`${school.naam}: ${school.bron.afnames.length} afnames uit ${school.bron.bronnen.join(", ") || "geen overzicht"}${school.indicator ? `; Cito: ${school.indicator.voldoende} van ${school.indicator.gemeten} voldoende` : ""}.`);
    scholen.push(school);
    kaart.push({ naam: school.naam, invoer: await schoolInvoer(wb, norm, vandaag()) });
  }
  const wb = FileWorkbook.create();
  await maakBestuursoverzicht(wb, scholen);
  await maakBeleidskaart(wb, kaart, vandaag());
  schrijfVeilig(uit, await wb.toBuffer());
  console.log(`Bestuursoverzicht en Kwaliteitskaart beleid van ${scholen.length} ${scholen.length === 1 ? "school" : "scholen"} geschreven: ${uit.pad}`);
  return 0;
}

voerUit(main);
