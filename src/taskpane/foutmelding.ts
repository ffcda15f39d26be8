/**
 * What the user reads when a click fails: Excel's own errors (an OfficeExtension.Error carries a
 * `code`) and anything else thrown become a Dutch sentence that says what to do; a Gebruikersfout
 * (the file adapter's refusal) already is one. Excel's English
 * text and stack traces never reach the pane.
 */
import { Gebruikersfout } from "../workbook/gebruikersfout";
import { OnvolledigeWijziging } from "../workbook/port";
import type { Melding } from "./groepsacties";

const OPNIEUW = "en probeer het opnieuw.";

/** Per Excel error code (Excel.ErrorCodes), what happened in the user's words and what to do. */
const PER_CODE: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "Je bent een cel aan het bewerken: druk op Enter of Esc en probeer het opnieuw.",
  AccessDenied: `Excel laat LVS Analyse hier niet schrijven: het blad of de werkmap is beveiligd of alleen-lezen. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) of sla een kopie op, ${OPNIEUW}`,
  InsufficientPermissions: `Je hebt geen rechten om deze werkmap te wijzigen. Sla een eigen kopie op ${OPNIEUW}`,
  ItemNotFound: `Een blad dat LVS Analyse nodig heeft, bestaat niet meer; misschien is het net hernoemd of verwijderd. Kies het blad opnieuw ${OPNIEUW}`,
  ItemAlreadyExists: `Er bestaat al een blad of tabel met de naam die LVS Analyse wil gebruiken. Geef dat blad een andere naam ${OPNIEUW}`,
  MergedRangeConflict: `Samengevoegde cellen zitten in de weg waar LVS Analyse wil schrijven. Maak het samenvoegen rechts van je tabel ongedaan ${OPNIEUW}`,
  FilteredRangeConflict: `Er staat een filter op het blad. Zet het filter uit (Gegevens > Filter) ${OPNIEUW}`,
  RequestPayloadSizeLimitExceeded:
    "Dit is te veel voor één keer in Excel op het web. Probeer het in Excel op je computer, of splits de gegevens over meer bladen.",
  ResponsePayloadSizeLimitExceeded:
    "Dit is te veel voor één keer in Excel op het web. Probeer het in Excel op je computer, of splits de gegevens over meer bladen.",
  ActivityLimitReached: `Excel is even te druk. Wacht een halve minuut ${OPNIEUW}`,
  RequestAborted: `Excel brak de opdracht af. Wacht even ${OPNIEUW}`,
  ServiceNotAvailable: `Excel is even niet bereikbaar. Controleer de verbinding (Excel op het web), wacht even ${OPNIEUW}`,
  Timeout: `Excel reageerde niet op tijd. Wacht even ${OPNIEUW}`,
  UnsupportedSheet:
    "Dit soort blad (een grafiekblad of macroblad) kan LVS Analyse niet gebruiken. Kies een gewoon werkblad.",
  ApiNotFound: "Deze versie van Excel kan deze knop niet uitvoeren. Werk Excel bij, of gebruik Excel op het web.",
  NotImplemented: "Deze versie van Excel kan deze knop niet uitvoeren. Werk Excel bij, of gebruik Excel op het web.",
};

const ALGEMEEN = `Excel weigerde de wijziging. Controleer of er geen cel wordt bewerkt en of het blad niet beveiligd is, ${OPNIEUW} Lukt het dan nog niet, sla de werkmap op, sluit en open het taakvenster en probeer het nog eens.`;
const ONVERWACHT = `Er ging iets mis in LVS Analyse. Sla je werkmap op, sluit en open het taakvenster ${OPNIEUW}`;

function code(fout: unknown): string | undefined {
  const c = (fout as { code?: unknown } | null)?.code;
  return typeof c === "string" ? c : undefined;
}

/** The sentence for one error, whatever was thrown. */
export function foutTekst(fout: unknown): string {
  if (fout instanceof OnvolledigeWijziging) {
    const wat = foutTekst(fout.oorzaak);
    return fout.opgeruimd
      ? `${wat} Wat LVS Analyse al had toegevoegd, is weer weggehaald: de werkmap is zoals hij was (een kleuring die vervangen zou worden, is wel weg; kleur het blad dan opnieuw).`
      : `${wat} LVS Analyse kon niet alles weghalen wat het al had toegevoegd: kijk of er een half gevuld blad of een losse hulpkolom staat en haal die weg met 'Kleuring verwijderen' of door het blad te verwijderen.`;
  }
  // The adapters' own refusals are already a Dutch sentence that says what to do.
  if (fout instanceof Gebruikersfout) return /[.!?]$/.test(fout.message) ? fout.message : `${fout.message}.`;
  const c = code(fout);
  if (c !== undefined) return PER_CODE[c] ?? ALGEMEEN;
  return ONVERWACHT;
}

export function foutMelding(fout: unknown): Melding {
  return { soort: "fout", tekst: foutTekst(fout), details: [] };
}
