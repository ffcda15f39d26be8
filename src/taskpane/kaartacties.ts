/**
 * Making the kwaliteitskaarten from the taskpane: what to run for the user's choice and what to
 * tell them afterwards. No DOM here, so it can be tested; kaarten-view.ts only shows the Melding.
 */
import type { Normkeuze } from "../core/groep/kleurplan";
import { KAARTEN } from "../core/kaart/sjabloon";
import { maakKaarten, vandaag, type KaartSoort } from "../workbook/kwaliteitskaart";
import type { WorkbookPort } from "../workbook/port";
import { foutMelding } from "./foutmelding";
import type { KnopBron, Melding } from "./groepsacties";

export interface KaartKeuze {
  readonly kaarten: readonly KaartSoort[];
  readonly instrumenten: readonly string[];
  readonly eigenInstrument: string;
}

/** The button of the Kwaliteitskaarten panel, which the pane shows below every step. */
export const KAARTEN_MAKEN = "Kaarten maken";

/** The cards the pane offers, from src/data/kwaliteitskaarten.json, in its order. */
export const KAART_LABELS: Readonly<Record<KaartSoort, string>> = Object.fromEntries(
  KAARTEN.map((k) => [k.id, k.keuze ?? k.titel]),
);

export async function maakGekozenKaarten(
  port: WorkbookPort,
  keuze: KaartKeuze,
  blad: string | undefined,
  norm: Normkeuze,
  nu = new Date(),
): Promise<Melding> {
  if (keuze.kaarten.length === 0 && keuze.instrumenten.length === 0 && !keuze.eigenInstrument.trim()) {
    return { soort: "info", tekst: "Kies eerst ten minste één kaart of instrument.", details: [] };
  }
  try {
    const resultaten = await maakKaarten(port, {
      kaarten: keuze.kaarten,
      instrumenten: keuze.instrumenten,
      eigenInstrument: keuze.eigenInstrument,
      ...(blad ? { blad } : {}),
      norm,
      datum: vandaag(nu),
    });
    const gelukt = resultaten.filter((r) => r.status !== "geenGegevens").length;
    return {
      soort: gelukt === 0 ? "fout" : "klaar",
      tekst:
        gelukt === 0
          ? "Er is geen kaart gemaakt."
          : `${gelukt} ${gelukt === 1 ? "kaart" : "kaarten"} klaar. Wat je zelf al invulde, is niet veranderd.`,
      details: resultaten.map((r) => r.tekst),
    };
  } catch (fout) {
    return foutMelding(fout);
  }
}

/** A click on "Maak de kaarten": the chosen group sheet is read from Excel, which may fail too. */
export async function kaartKnop(bron: Pick<KnopBron, "port" | "blad" | "norm">, keuze: KaartKeuze): Promise<Melding> {
  const port = bron.port();
  if (!port) return { soort: "fout", tekst: "Open eerst een werkmap.", details: [] };
  return maakGekozenKaarten(port, keuze, await bron.blad(), bron.norm());
}
