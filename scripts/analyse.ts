/**
 * `npm run analyse -- IN.xlsx OUT.xlsx [--norm 1F|2F/1S|landelijk|schoolweging|geen] [--json[=FILE]] [--overzicht] [--leerlingkaarten[=GROEP] [--leerling NAAM]] [--overschrijf]`
 *
 * Colours every overview sheet of IN (using its Normen sheet if it has one) and writes the result
 * to OUT; IN itself is never written. Prints per sheet the mapping it found and the counts per
 * colour. With --json, standard output holds one JSON array (a record per pupil × vaardigheid at
 * the latest afname) and the report goes to standard error; --json=FILE writes that array to FILE.
 * (npm prints a banner of its own on standard output: use `npm run -s analyse` when piping.)
 * Every refusal (missing input, existing output without --overschrijf, an output that is the input)
 * comes before any work; outputs are written through lib/uitvoer, so a failure never costs a file.
 */
import type { Normkeuze } from "../src/core/groep/kleurplan";
import { GEEN_NORM, normNaam } from "../src/core/normregister";
import { KLEUREN } from "../src/core/kleur";
import { beschrijfIndeling } from "../src/core/overzicht/beschrijving";
import { meldingenPerSoort } from "../src/core/overzicht/metingen";
import { kolomLetters } from "../src/core/adres";
import { eigenBladen } from "../src/workbook/eigen-blad";
import { maakGroepsoverzicht } from "../src/workbook/groepsoverzicht";
import { kleurGroep, NORMEN_BLAD } from "../src/workbook/kleuring";
import { vandaag } from "../src/workbook/kwaliteitskaart";
import { maakLeerlingkaarten } from "../src/workbook/leerlingkaart";
import { gebruiksfout, leesArgumenten, OVERSCHRIJF, type Optie } from "./lib/argumenten";
import { voerUit } from "./lib/fout";
import { openWerkmap, zoekInvoer, type Invoer } from "./lib/invoer";
import { controleerExtensie, controleerUitvoer, schrijfVeilig, type Doel } from "./lib/uitvoer";
import { leesNormOptie, NORM_KEUZES, NORM_OPTIE } from "./lib/norm";

const GEBRUIK = `Gebruik: npm run analyse -- IN.xlsx UIT.xlsx [--norm ${NORM_KEUZES}] [--json[=bestand.json]] [--overzicht] [--leerlingkaarten[=groep] [--leerling naam]] [--overschrijf]`;

const OPTIES: readonly Optie[] = [
  NORM_OPTIE,
  { naam: "--json", soort: "vlagOfWaarde" },
  { naam: "--overzicht", soort: "vlag" },
  { naam: "--leerlingkaarten", soort: "vlagOfWaarde" },
  { naam: "--leerling", soort: "waarde", voorbeeld: "Ada de Vries" },
  OVERSCHRIJF,
];

interface Opties {
  readonly in: Invoer;
  readonly uit: Doel;
  readonly norm: Normkeuze;
  readonly json: boolean;
  /** Where --json=FILE asked the array to go; undefined for standard output. */
  readonly jsonBestand?: Doel;
  readonly overzicht: boolean;
  /** A card per pupil; a string names the group of an export with several. */
  readonly leerlingkaarten?: true | string;
  /** Only this pupil's card (with --leerlingkaarten). */
  readonly leerling?: string;
}

/** Every check that can refuse happens here, before a byte is read or written. */
function leesOpties(args: readonly string[]): Opties {
  const a = leesArgumenten(args, OPTIES, GEBRUIK);
  const norm = leesNormOptie(a.waarde("--norm"), GEBRUIK);
  if (a.bestanden.length !== 2) throw gebruiksfout("Geef een invoerbestand en een nieuw uitvoerbestand.", GEBRUIK);
  const json = a.waarde("--json");
  if (json === "") throw gebruiksfout("Na --json= hoort een bestandsnaam, bijvoorbeeld --json=kleuren.json.", GEBRUIK);
  const overschrijf = a.vlag(OVERSCHRIJF.naam);
  const invoer = zoekInvoer(a.bestanden[0]!);
  const uit = controleerUitvoer(a.bestanden[1]!, { overschrijf, invoer: [invoer] });
  const jsonBestand =
    typeof json === "string" ? controleerUitvoer(json, { overschrijf, invoer: [invoer], andere: [uit] }) : undefined;
  const leerlingkaarten = a.waarde("--leerlingkaarten");
  const leerling = a.waarde("--leerling");
  if (leerling !== undefined && (typeof leerling !== "string" || leerling.trim() === "" || !leerlingkaarten))
    throw gebruiksfout(
      'Gebruik --leerling samen met --leerlingkaarten en een naam, bijvoorbeeld --leerlingkaarten --leerling "Ada de Vries".',
      GEBRUIK,
    );
  return {
    in: invoer,
    uit,
    norm,
    json: json === true,
    overzicht: a.vlag("--overzicht"),
    ...(jsonBestand ? { jsonBestand } : {}),
    ...(leerlingkaarten ? { leerlingkaarten } : {}),
    ...(typeof leerling === "string" ? { leerling: leerling.trim() } : {}),
  };
}

/**
 * A record of the JSON: a pupil's result, or (with `melding`) a sheet or cell left uncoloured or
 * flagged: a sheet whose scores are no IEP ontwikkelscores, a score off the IEP scale, a score above
 * the range of its toets.
 */
type Record = Leerlingrecord | Meldingrecord;

interface Meldingrecord {
  sheet: string;
  melding: "nietIep" | "onwaarschijnlijk" | "bovenBereik";
  /** The cell (A1) it is about; none for a whole sheet. */
  cel: string | null;
  waarde: string | null;
  reden: string;
}

interface Leerlingrecord {
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
  const wb = await openWerkmap(opties.in);
  controleerExtensie(opties.uit, opties.in.naam, wb.extensie());
  const records: Record[] = [];
  // Skip the Normen sheet and summaries the add-in made itself on an earlier run.
  const { settings } = await wb.read({ sheets: [] });
  const eigen = eigenBladen(settings);
  const bladen = (await wb.sheetNames()).filter(
    (n) => n.toLowerCase() !== NORMEN_BLAD.toLowerCase() && !eigen.has(n.toLowerCase()),
  );
  const normTekst = opties.norm === GEEN_NORM ? "zonder norm (alleen leergroei)" : `norm ${normNaam(opties.norm)}`;
  meld(`${opties.in.naam}: ${bladen.length} ${bladen.length === 1 ? "blad" : "bladen"}, ${normTekst}.`);
  let leerlingGevonden = false;
  for (const blad of bladen) {
    const resultaat = await kleurGroep(wb, { blad, norm: opties.norm, vervangen: true });
    if (resultaat.status === "nietIep") {
      meld(`\nBlad ${blad}: overgeslagen. ${resultaat.tekst}`);
      records.push({ sheet: blad, melding: "nietIep", cel: null, waarde: null, reden: resultaat.tekst });
      continue;
    }
    if (resultaat.status !== "klaar") {
      meld(`\nBlad ${blad}: overgeslagen, geen overzicht gevonden.`);
      continue;
    }
    meld(`\nBlad ${blad}:`);
    for (const regel of beschrijfIndeling(resultaat.indeling)) meld(`  ${regel}`);
    meld(`  ${resultaat.tekst}.`);
    const telling = KLEUREN.map(
      (k) => [k, resultaat.plan.uitkomsten.filter((u) => u.kleur === k).length] as const,
    ).filter(([, n]) => n > 0);
    const zonder = resultaat.plan.uitkomsten.filter((u) => u.kleur === "").length;
    meld(
      `  Kleuren: ${[...telling.map(([k, n]) => `${k} ${n}`), ...(zonder > 0 ? [`zonder kleur ${zonder}`] : [])].join(", ") || "geen"}.`,
    );
    for (const [soort, lijst] of meldingenPerSoort(resultaat.meldingen)) {
      const cellen = lijst.slice(0, 8).map((m) => `${kolomLetters(m.cel.kolom)}${m.cel.rij + 1}`);
      meld(
        `  Let op: ${MELDINGEN[soort] ?? soort}: ${cellen.join(", ")}${lijst.length > 8 ? ` en ${lijst.length - 8} meer` : ""}.`,
      );
    }
    for (const w of resultaat.plan.waarschuwingen) meld(`  Let op: ${w}`);
    if (opties.overzicht) {
      const overzicht = await maakGroepsoverzicht(wb, { blad, norm: opties.norm, vervangen: true });
      meld(`  ${overzicht.status === "bevestigen" ? overzicht.vraag : overzicht.tekst}`);
    }
    if (opties.leerlingkaarten) {
      const groep = typeof opties.leerlingkaarten === "string" ? { groep: opties.leerlingkaarten } : {};
      const leerling = opties.leerling ? { leerlingen: [opties.leerling] } : {};
      const r = await maakLeerlingkaarten(wb, { blad, norm: opties.norm, datum: vandaag(), ...groep, ...leerling });
      // One chosen pupil is on one sheet, not on every other: only where the card is made is it said.
      if (opties.leerling && r.status !== "geenGegevens") leerlingGevonden = true;
      if (!opties.leerling || r.status !== "geenGegevens")
        meld(
          `  ${r.tekst}${r.status === "kiesGroep" ? ` Geef die mee als --leerlingkaarten="${r.groepen[0]}" (${r.groepen.join(", ")}).` : ""}`,
        );
      if (r.status === "klaar") for (const d of r.details) meld(`  ${d}`);
    }
    for (const m of resultaat.meldingen) {
      if (m.soort !== "onwaarschijnlijk" && m.soort !== "bovenBereik") continue;
      records.push({
        sheet: blad,
        melding: m.soort,
        cel: `${kolomLetters(m.cel.kolom)}${m.cel.rij + 1}`,
        waarde: m.inhoud,
        reden: MELDINGEN[m.soort]!,
      });
    }
    for (const u of resultaat.plan.uitkomsten) {
      records.push({
        sheet: blad,
        leerling: u.leerling,
        vaardigheid: u.vaardigheid,
        moment: u.moment ?? null,
        score: u.score,
        norm: u.normwaarde ?? null,
        leergroei: u.leergroei ?? null,
        kleur: u.kleur,
      });
    }
  }
  if (opties.leerling && !leerlingGevonden)
    meld(
      `\nLeerling ${opties.leerling} staat op geen van de bladen; controleer de naam zoals die in de werkmap staat.`,
    );
  schrijfVeilig(opties.uit, await wb.toBuffer());
  meld(`\nGeschreven: ${opties.uit.pad}`);
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
  onwaarschijnlijk: "scores buiten de schaal van IEP-ontwikkelscores, 0 tot 150 (geen kleur, niet meegeteld)",
  bovenBereik: "scores boven het bereik van hun toets (wel gekleurd; zie Passende toets)",
  getypt: "cellen in de kolommen van LVS Analyse met tekst die je zelf typte (blijven staan)",
};

async function main(): Promise<number> {
  const opties = leesOpties(process.argv.slice(2));
  const meld = (regel: string) => (opties.json ? console.error(regel) : console.log(regel));
  const records = await analyse(opties, meld);
  if (opties.jsonBestand) {
    schrijfVeilig(opties.jsonBestand, `${JSON.stringify(records, null, 2)}\n`);
    meld(`Geschreven: ${opties.jsonBestand.pad}`);
  }
  if (opties.json) console.log(JSON.stringify(records, null, 2));
  return 0;
}

voerUit(main);
