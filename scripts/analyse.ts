/**
 * `npm run analyse -- IN.xlsx OUT.xlsx [--norm 1F|2F/1S|landelijk|schoolweging|geen] [--json[=FILE]] [--overzicht] [--leerlingkaarten[=GROEP]]`
 *
 * Colours every overview sheet of IN (using its Normen sheet if it has one) and writes the result
 * to OUT; IN itself is never written. Prints per sheet the mapping it found and the counts per
 * colour. With --json, standard output holds one JSON array (a record per pupil × vaardigheid at
 * the latest afname) and the report goes to standard error; --json=FILE writes that array to FILE.
 * (npm prints a banner of its own on standard output: use `npm run -s analyse` when piping.)
 */
import { readFileSync, realpathSync, existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { normNaam, type Normkeuze } from "../src/core/groep/kleurplan";
import { KLEUREN } from "../src/core/kleur";
import { readNorm } from "../src/core/norm";
import { beschrijfIndeling } from "../src/core/overzicht/beschrijving";
import { kolomLetters } from "../src/core/adres";
import { eigenBladen } from "../src/workbook/eigen-blad";
import { FileWorkbook } from "../src/workbook/file/file-workbook";
import { maakGroepsoverzicht } from "../src/workbook/groepsoverzicht";
import { kleurGroep, NORMEN_BLAD } from "../src/workbook/kleuring";
import { vandaag } from "../src/workbook/kwaliteitskaart";
import { maakLeerlingkaarten } from "../src/workbook/leerlingkaart";

const GEBRUIK = "Gebruik: npm run analyse -- IN.xlsx UIT.xlsx [--norm 1F|2F/1S|landelijk|schoolweging|geen] [--json[=bestand.json]] [--overzicht] [--leerlingkaarten[=groep]]";

interface Opties {
  readonly in: string;
  readonly uit: string;
  readonly norm: Normkeuze;
  readonly json: boolean;
  /** Where --json=FILE asked the array to go; undefined for standard output. */
  readonly jsonBestand?: string;
  readonly overzicht: boolean;
  /** A card per pupil; a string names the group of an export with several. */
  readonly leerlingkaarten?: true | string;
}

class GebruiksFout extends Error {}

function leesOpties(args: readonly string[]): Opties {
  const vrij: string[] = [];
  let norm: Normkeuze = "2F/1S";
  let json = false;
  let jsonBestand: string | undefined;
  let overzicht = false;
  let leerlingkaarten: true | string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") json = true;
    else if (arg.startsWith("--json=")) jsonBestand = arg.slice(7);
    else if (arg === "--overzicht") overzicht = true;
    else if (arg === "--leerlingkaarten" || arg.startsWith("--leerlingkaarten=")) leerlingkaarten = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : true;
    else if (arg === "--norm" || arg.startsWith("--norm=")) {
      const waarde = arg.includes("=") ? arg.slice(7) : args[++i];
      const basis = waarde === undefined ? undefined : readNorm(waarde).basis;
      if (!basis || readNorm(waarde!).vaardigheid) throw new GebruiksFout(`Onbekende norm "${waarde ?? ""}". Kies 1F, 2F/1S, landelijk, schoolweging of geen.`);
      norm = basis;
    } else if (arg.startsWith("--")) throw new GebruiksFout(`Onbekende optie ${arg}.`);
    else vrij.push(arg);
  }
  if (vrij.length !== 2) throw new GebruiksFout("Geef een invoerbestand en een nieuw uitvoerbestand.");
  const [inBestand, uit] = vrij as [string, string];
  if (!existsSync(inBestand)) throw new GebruiksFout(`Bestand ${inBestand} bestaat niet.`);
  if (existsSync(uit) && realpathSync(uit) === realpathSync(inBestand)) {
    throw new GebruiksFout("Het uitvoerbestand moet een ander bestand zijn: LVS Analyse schrijft nooit over je eigen bestand heen.");
  }
  return { in: inBestand, uit, norm, json, overzicht, ...(jsonBestand ? { jsonBestand } : {}), ...(leerlingkaarten ? { leerlingkaarten } : {}) };
}

interface Record {
  sheet: string;
  leerling: string;
  vaardigheid: string;
  moment: string | null;
  score: number;
  norm: number | null;
  leergroei: number | null;
  kleur: string;
}

async function analyse(opties: Opties, meld: (regel: string) => void): Promise<Record[]> {
  const wb = await FileWorkbook.open(readFileSync(opties.in));
  const records: Record[] = [];
  // Skip the Normen sheet and summaries the add-in made itself on an earlier run.
  const { settings } = await wb.read({ sheets: [] });
  const eigen = eigenBladen(settings);
  const bladen = (await wb.sheetNames()).filter((n) => n.toLowerCase() !== NORMEN_BLAD.toLowerCase() && !eigen.has(n.toLowerCase()));
  const normTekst = opties.norm === "geen" ? "zonder norm (alleen leergroei)" : `norm ${normNaam(opties.norm)}`;
  meld(`${opties.in}: ${bladen.length} ${bladen.length === 1 ? "blad" : "bladen"}, ${normTekst}.`);
  for (const blad of bladen) {
    const resultaat = await kleurGroep(wb, { blad, norm: opties.norm, vervangen: true });
    if (resultaat.status !== "klaar") {
      meld(`\nBlad ${blad}: overgeslagen, geen overzicht gevonden.`);
      continue;
    }
    meld(`\nBlad ${blad}:`);
    for (const regel of beschrijfIndeling(resultaat.indeling)) meld(`  ${regel}`);
    meld(`  ${resultaat.tekst}.`);
    const telling = KLEUREN.map((k) => [k, resultaat.plan.uitkomsten.filter((u) => u.kleur === k).length] as const).filter(([, n]) => n > 0);
    const zonder = resultaat.plan.uitkomsten.filter((u) => u.kleur === "").length;
    meld(`  Kleuren: ${[...telling.map(([k, n]) => `${k} ${n}`), ...(zonder > 0 ? [`zonder kleur ${zonder}`] : [])].join(", ") || "geen"}.`);
    const soorten = new Map<string, string[]>();
    for (const m of resultaat.meldingen) soorten.set(m.soort, [...(soorten.get(m.soort) ?? []), `${kolomLetters(m.cel.kolom)}${m.cel.rij + 1}`]);
    for (const [soort, cellen] of soorten) meld(`  Let op: ${MELDINGEN[soort] ?? soort}: ${cellen.slice(0, 8).join(", ")}${cellen.length > 8 ? ` en ${cellen.length - 8} meer` : ""}.`);
    for (const w of resultaat.plan.waarschuwingen) meld(`  Let op: ${w}`);
    if (opties.overzicht) {
      const overzicht = await maakGroepsoverzicht(wb, { blad, norm: opties.norm, vervangen: true });
      meld(`  ${overzicht.status === "bevestigen" ? overzicht.vraag : overzicht.tekst}`);
    }
    if (opties.leerlingkaarten) {
      const groep = typeof opties.leerlingkaarten === "string" ? { groep: opties.leerlingkaarten } : {};
      const r = await maakLeerlingkaarten(wb, { blad, norm: opties.norm, datum: vandaag(), ...groep });
      meld(`  ${r.tekst}${r.status === "kiesGroep" ? ` Geef die mee als --leerlingkaarten="${r.groepen[0]}" (${r.groepen.join(", ")}).` : ""}`);
      if (r.status === "klaar") for (const d of r.details) meld(`  ${d}`);
    }
    for (const u of resultaat.plan.uitkomsten) {
      records.push({
        sheet: blad,
        leerling: u.leerling,
        vaardigheid: u.vaardigheid,
        moment: u.moment ?? null,
        score: u.score,
        norm: u.norm ?? null,
        leergroei: u.leergroei ?? null,
        kleur: u.kleur,
      });
    }
  }
  writeFileSync(opties.uit, await wb.toBuffer());
  meld(`\nGeschreven: ${resolve(opties.uit)}`);
  return records;
}

const MELDINGEN: Readonly<Partial<globalThis.Record<string, string>>> = {
  tekstgetal: "scores die als tekst in de cel staan (meegeteld)",
  foutwaarde: "cellen met een foutwaarde (niet meegeteld)",
  geenGetal: "scores die geen getal zijn (niet meegeteld)",
  rijZonderNaam: "rijen zonder naam (overgeslagen)",
  samenvattingsrij: "rijen met een gemiddelde of totaal (overgeslagen)",
  onbekendeVaardigheid: "onbekende vaardigheid (overgeslagen)",
  onbekendMoment: "onbekend moment (niet gekleurd)",
};

async function main(): Promise<number> {
  let opties: Opties;
  try {
    opties = leesOpties(process.argv.slice(2));
  } catch (fout) {
    if (!(fout instanceof GebruiksFout)) throw fout;
    console.error(`${fout.message}\n${GEBRUIK}`);
    return 2;
  }
  const meld = (regel: string) => (opties.json ? console.error(regel) : console.log(regel));
  try {
    const records = await analyse(opties, meld);
    if (opties.jsonBestand) writeFileSync(opties.jsonBestand, `${JSON.stringify(records, null, 2)}\n`);
    if (opties.json) console.log(JSON.stringify(records, null, 2));
    return 0;
  } catch (fout) {
    console.error(`Kon ${opties.in} niet analyseren: ${fout instanceof Error ? fout.message : String(fout)}. Is het een .xlsx-bestand?`);
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
