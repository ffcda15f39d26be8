/**
 * The group actions as the taskpane offers them: what to run for a button, and what to tell the
 * user afterwards. No DOM here, so it can be tested; the view only shows the Melding it returns.
 */
import { celAdres } from "../core/adres";
import { aantal } from "../core/aantal";
import { type Normkeuze } from "../core/groep/kleurplan";
import { GEEN_NORM, GEEN_NORM_KEUZE, NORMEN, normNaam } from "../core/normregister";
import { isIndicatiefMelding } from "../core/normherkomst";
import { beschrijfIndeling } from "../core/overzicht/beschrijving";
import type { Kolomindeling } from "../core/overzicht/indeling";
import { meldingenPerSoort, type Leesmelding } from "../core/overzicht/metingen";
import { maakGroepsoverzicht } from "../workbook/groepsoverzicht";
import { vandaag } from "../workbook/kwaliteitskaart";
import { kiesbareLeerlingen, maakDetailoverzicht, maakLeerlingkaarten } from "../workbook/leerlingkaart";
import { kleurGroep, verwijderKleuring } from "../workbook/kleuring";
import { maakNormenblad } from "../workbook/normenblad";
import { maakSchoolinstellingen, maakSchooloverzichten } from "../workbook/school";
import type { WorkbookPort } from "../workbook/port";
import { foutMelding } from "./foutmelding";

/**
 * Every action a step can offer, with the text on its button: the one list. Steps name them in
 * stappenplan.json (checked by test/taskpane/stappenplan.test.ts), and voerUit must handle each (the
 * compiler checks its switch).
 */
export const ACTIES = {
  kleuren: "Dit blad kleuren",
  overzicht: "Groepsoverzicht maken",
  verwijderen: "Kleuring verwijderen",
  normen: "Blad Normen maken",
  school: "Schooloverzichten maken",
  instellingen: "Schoolinstellingen invullen",
  leerlingkaarten: "Leerlingkaarten maken",
  leerlingkaart: "Leerlingkaart voor één leerling maken",
  detailscores: "Detailscores op een blad zetten",
} as const satisfies Record<string, string>;

export type Actie = keyof typeof ACTIES;

export interface Melding {
  readonly soort: "klaar" | "vraag" | "fout" | "info";
  readonly tekst: string;
  /** Extra lines: the mapping found, what was noticed in the data. */
  readonly details: readonly string[];
  /** Said apart from the details, because it changes how to read the result: colours on indicatieve lines. */
  readonly letOp?: string;
  /** Set when the user must confirm; running the same action with `vervangen` carries it out. */
  readonly bevestig?: Actie;
  /** Groups to choose from (a long export holds several): running the action again with one carries it out. */
  readonly groepen?: readonly string[];
  /** Pupils to choose one from: running the action again with a name makes that pupil's card. */
  readonly leerlingen?: readonly { readonly naam: string; readonly groep?: string }[];
}

export const NORMKEUZES: readonly { readonly waarde: Normkeuze; readonly label: string }[] = [
  ...NORMEN.map((n) => ({ waarde: n.naam, label: n.keuze })),
  { waarde: GEEN_NORM, label: GEEN_NORM_KEUZE },
];

const LEESMELDING: Record<Leesmelding["soort"], (n: number) => string> = {
  tekstgetal: (n) =>
    `${aantal(n, "score staat", "scores staan")} als tekst in de cel; LVS Analyse telt ${n === 1 ? "hem" : "ze"} mee`,
  foutwaarde: (n) =>
    `${aantal(n, "cel", "cellen")} met een foutwaarde; ${n === 1 ? "die telt" : "die tellen"} als geen score`,
  geenGetal: (n) => `${aantal(n, "score is", "scores zijn")} geen getal en ${n === 1 ? "telt" : "tellen"} niet mee`,
  rijZonderNaam: (n) => `${aantal(n, "rij", "rijen")} zonder naam overgeslagen`,
  samenvattingsrij: (n) => `${aantal(n, "rij", "rijen")} met een gemiddelde of totaal overgeslagen`,
  onbekendeVaardigheid: (n) => `${aantal(n, "rij", "rijen")} met een onbekende vaardigheid overgeslagen`,
  onbekendMoment: (n) => `${aantal(n, "rij", "rijen")} met een onbekend moment niet gekleurd`,
  onwaarschijnlijk: (n) =>
    `${aantal(n, "score ligt", "scores liggen")} buiten de schaal van IEP-ontwikkelscores (0 tot 150) en ${n === 1 ? "krijgt" : "krijgen"} geen kleur en geen leergroei`,
  getypt: (n) =>
    `${aantal(n, "cel", "cellen")} in de kolommen van LVS Analyse ${n === 1 ? "bevat" : "bevatten"} tekst die je zelf typte; die ${n === 1 ? "blijft" : "blijven"} staan en de nieuwe kolommen komen ernaast`,
  bovenBereik: (n) =>
    `${aantal(n, "score ligt", "scores liggen")} boven het bereik van de toets; ${n === 1 ? "die is" : "die zijn"} wel gekleurd, zie de kolom Passende toets`,
};

/** Scores the add-in leaves out or flags are named cell by cell, so the user can find and correct them. */
const MET_ADRES: ReadonlySet<Leesmelding["soort"]> = new Set(["onwaarschijnlijk", "getypt", "bovenBereik"]);

function leesmeldingen(meldingen: readonly Leesmelding[]): string[] {
  return [...meldingenPerSoort(meldingen)].map(([soort, lijst]) => {
    if (!MET_ADRES.has(soort)) return `${LEESMELDING[soort](lijst.length)}.`;
    const cellen = lijst.slice(0, 8).map((m) => `${celAdres(m.cel.rij, m.cel.kolom)} (${m.inhoud})`);
    const meer = lijst.length > 8 ? ` en ${lijst.length - 8} meer` : "";
    return `${LEESMELDING[soort](lijst.length)}: ${cellen.join(", ")}${meer}.`;
  });
}

export async function voerUit(
  port: WorkbookPort,
  actie: Actie,
  blad: string,
  norm: Normkeuze,
  vervangen = false,
  /** A mapping the user corrected in the taskpane. */
  indeling?: Kolomindeling,
  /** The group the user chose, on a sheet that holds several. */
  groep?: string,
  nu = new Date(),
  /** The pupil the user chose, for the card of one pupil. */
  leerling?: string,
): Promise<Melding> {
  try {
    switch (actie) {
      case "kleuren": {
        const r = await kleurGroep(port, { blad, norm, vervangen, ...(indeling ? { indeling } : {}) });
        if (r.status === "bevestigen") return { soort: "vraag", tekst: r.vraag, details: [], bevestig: "kleuren" };
        if (r.status === "geenOverzicht" || r.status === "nietIep")
          return { soort: "fout", tekst: r.tekst, details: [] };
        const letOp = r.plan.waarschuwingen.find(isIndicatiefMelding);
        return {
          soort: "klaar",
          tekst: `${r.tekst}.`,
          details: [
            ...r.plan.waarschuwingen.filter((w) => w !== letOp),
            ...beschrijfIndeling(r.indeling),
            ...leesmeldingen(r.meldingen),
          ],
          ...(letOp ? { letOp } : {}),
        };
      }
      case "verwijderen": {
        const r = await verwijderKleuring(port, blad);
        const behouden = [
          ...(r.behouden.length > 0 ? [`Niet weggehaald, want je typte erin: ${r.behouden.join(", ")}.`] : []),
          ...(r.getypt.length > 0
            ? [
                `Deze cellen bleven staan, want je typte erin: ${r.getypt.slice(0, 8).join(", ")}${r.getypt.length > 8 ? ` en ${r.getypt.length - 8} meer` : ""}.`,
              ]
            : []),
        ];
        return { soort: "klaar", tekst: r.tekst, details: behouden };
      }
      case "overzicht": {
        const r = await maakGroepsoverzicht(port, { blad, norm, vervangen });
        if (r.status === "bevestigen") return { soort: "vraag", tekst: r.vraag, details: [], bevestig: "overzicht" };
        return {
          soort: r.status === "klaar" ? "klaar" : "fout",
          tekst: r.tekst,
          details: [`Norm: ${normNaam(norm)}.`],
        };
      }
      case "normen": {
        const r = await maakNormenblad(port);
        return { soort: r.status === "gemaakt" ? "klaar" : "info", tekst: r.tekst, details: [] };
      }
      case "school": {
        const r = await maakSchooloverzichten(port, { norm, vervangen });
        const vraag = r.find((x) => x.status === "bevestigen");
        if (vraag) return { soort: "vraag", tekst: vraag.tekst, details: [], bevestig: "school" };
        if (r[0]?.status === "geenGegevens") return { soort: "fout", tekst: r[0].tekst, details: [] };
        return {
          soort: "klaar",
          tekst: `Schooloverzichten gemaakt op ${normNaam(norm)}.`,
          details: r.map((x) => x.tekst),
        };
      }
      case "leerlingkaarten": {
        const r = await maakLeerlingkaarten(port, { blad, norm, datum: vandaag(nu), ...(groep ? { groep } : {}) });
        if (r.status === "kiesGroep") return { soort: "vraag", tekst: r.tekst, details: [], groepen: r.groepen };
        if (r.status === "geenGegevens") return { soort: "fout", tekst: r.tekst, details: [] };
        return { soort: "klaar", tekst: r.tekst, details: r.details };
      }
      case "leerlingkaart": {
        if (!leerling) {
          const k = await kiesbareLeerlingen(port, blad);
          if (k.status === "geenGegevens") return { soort: "fout", tekst: k.tekst, details: [] };
          return {
            soort: "vraag",
            tekst: `Kies de leerling van blad ${blad} van wie je de kaart wilt. Kaarten die er al zijn, blijven zoals ze zijn.`,
            details: [],
            leerlingen: k.leerlingen,
          };
        }
        const r = await maakLeerlingkaarten(port, { blad, norm, datum: vandaag(nu), leerlingen: [leerling] });
        if (r.status !== "klaar") return { soort: "fout", tekst: r.tekst, details: [] };
        return { soort: r.bladen.length > 0 ? "klaar" : "info", tekst: r.tekst, details: r.details };
      }
      case "detailscores": {
        const r = await maakDetailoverzicht(port, { blad, norm, vervangen, ...(groep ? { groep } : {}) });
        if (r.status === "bevestigen") return { soort: "vraag", tekst: r.vraag, details: [], bevestig: "detailscores" };
        if (r.status === "kiesGroep") return { soort: "vraag", tekst: r.tekst, details: [], groepen: r.groepen ?? [] };
        if (r.status === "klaar") return { soort: "klaar", tekst: r.tekst, details: [] };
        return { soort: r.status === "ontbreekt" ? "info" : "fout", tekst: r.tekst, details: [] };
      }
      case "instellingen": {
        const r = await maakSchoolinstellingen(port);
        return { soort: "klaar", tekst: r.tekst, details: [] };
      }
    }
  } catch (fout) {
    // Never a silent failure, and never Excel's own text: what happened and what to do, in Dutch.
    return foutMelding(fout);
  }
}

/** Where a button finds its workbook, sheet, norm and mapping; any of them may fail (Excel busy). */
export interface KnopBron {
  readonly port: () => WorkbookPort | undefined;
  readonly blad: () => Promise<string | undefined>;
  readonly norm: () => Normkeuze;
  readonly indeling: (blad: string) => Kolomindeling | undefined;
}

/** Everything a click on an action button does before the pane shows the result. */
export async function knopActie(
  bron: KnopBron,
  actie: Actie,
  vervangen = false,
  groep?: string,
  leerling?: string,
): Promise<Melding> {
  const port = bron.port();
  const blad = await bron.blad();
  if (!port || !blad) return { soort: "fout", tekst: "Open eerst een werkmap en kies een blad.", details: [] };
  return voerUit(port, actie, blad, bron.norm(), vervangen, bron.indeling(blad), groep, undefined, leerling);
}
