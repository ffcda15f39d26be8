/**
 * `npm run bestuur -- SCHOOL1.xlsx SCHOOL2.xlsx … UIT.xlsx [--norm 2F/1S] [--overschrijf]`: the
 * board's roll-up. Reads each school's workbook (its overviews, its Schoolinstellingen and Cito
 * results) and writes one new workbook with the schools side by side, and the Kwaliteitskaart
 * beleid for all of them. No input file is written. The same file given twice (by any path, or a
 * copy with the same content) is refused: it is a slip, and counting it once would hide which school
 * is missing. Two different files that hold the same school count it once, with a warning.
 */
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { indicatorTelling, zonderDubbele } from "../src/core/school/bestuur";
import { FileWorkbook } from "../src/workbook/file/file-workbook";
import { maakBeleidskaart, schoolInvoer, vandaag } from "../src/workbook/kwaliteitskaart";
import { maakBestuursoverzicht, schoolVoorBestuur } from "../src/workbook/school";
import { gebruiksfout, leesArgumenten, OVERSCHRIJF, type Optie } from "./lib/argumenten";
import { CliFout, voerUit } from "./lib/fout";
import { leesBytes, openWerkmap, zelfdeBestand, zoekInvoer, type Invoer } from "./lib/invoer";
import { controleerUitvoer, schrijfVeilig } from "./lib/uitvoer";
import { leesNormOptie, NORM_KEUZES, NORM_OPTIE } from "./lib/norm";

const GEBRUIK = `Gebruik: npm run bestuur -- SCHOOL1.xlsx [SCHOOL2.xlsx …] UIT.xlsx [--norm ${NORM_KEUZES}] [--overschrijf]`;
const OPTIES: readonly Optie[] = [NORM_OPTIE, OVERSCHRIJF];

/** Refuses a school file given twice: the same file by any path, or a copy with the same bytes. */
function weigerDubbeleBestanden(invoer: readonly Invoer[]): void {
  const inhoud = new Map<string, Invoer>();
  invoer.forEach((bestand, i) => {
    const eerder = invoer.slice(0, i).find((e) => zelfdeBestand(e.id, bestand.id));
    if (eerder)
      throw new CliFout(
        eerder.naam === bestand.naam
          ? `${bestand.naam} staat twee keer in de lijst. Geef elk schoolbestand één keer.`
          : `${eerder.naam} en ${bestand.naam} zijn hetzelfde bestand. Geef elk schoolbestand één keer.`,
        2,
      );
    const hash = createHash("sha256").update(leesBytes(bestand)).digest("hex");
    const kopie = inhoud.get(hash);
    if (kopie)
      throw new CliFout(
        `${kopie.naam} en ${bestand.naam} hebben precies dezelfde inhoud: dat is twee keer dezelfde school. Geef elk schoolbestand één keer; is een van de twee per ongeluk gekopieerd, kies dan het bestand van de school die nu ontbreekt.`,
        2,
      );
    inhoud.set(hash, bestand);
  });
}

async function main(): Promise<number> {
  const a = leesArgumenten(process.argv.slice(2), OPTIES, GEBRUIK);
  const norm = leesNormOptie(a.waarde("--norm"), GEBRUIK);
  if (a.bestanden.length < 2)
    throw gebruiksfout("Geef minstens één schoolbestand en daarna een nieuw uitvoerbestand.", GEBRUIK);
  const invoer = a.bestanden.slice(0, -1).map(zoekInvoer);
  const uit = controleerUitvoer(a.bestanden[a.bestanden.length - 1]!, {
    overschrijf: a.vlag(OVERSCHRIJF.naam),
    invoer,
  });
  weigerDubbeleBestanden(invoer);
  const gelezen = [];
  for (const bestand of invoer) {
    const wb = await openWerkmap(bestand);
    const school = await schoolVoorBestuur(wb, norm, basename(bestand.naam).replace(/\.xlsx$/i, ""));
    gelezen.push({ ...school, bestand: bestand.naam, wb });
  }
  // The same school in two different files counts once; the user hears which files it was.
  const { scholen, meldingen } = zonderDubbele(gelezen, (s) => s.bestand);
  for (const m of meldingen) console.warn(`Let op: ${m}`);
  const kaart = [];
  for (const school of scholen) {
    console.log(
      `${school.naam}: ${school.bron.afnames.length} afnames uit ${school.bron.bronnen.join(", ") || "geen overzicht"}${school.indicator ? `; Cito: ${indicatorTelling(school.indicator)}` : ""}.`,
    );
    for (const m of school.cijfers.meldingen) console.warn(`Let op (${school.naam}): ${m}`);
    kaart.push({
      naam: school.naam,
      invoer: await schoolInvoer(school.wb, norm, vandaag(), school.naam),
      cijfers: school.cijfers,
    });
  }
  const wb = FileWorkbook.create();
  await maakBestuursoverzicht(wb, scholen, norm);
  await maakBeleidskaart(wb, kaart, vandaag());
  schrijfVeilig(uit, await wb.toBuffer());
  console.log(
    `Bestuursoverzicht en Kwaliteitskaart beleid van ${scholen.length} ${scholen.length === 1 ? "school" : "scholen"} geschreven: ${uit.pad}`,
  );
  return 0;
}

voerUit(main);
