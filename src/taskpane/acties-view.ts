/**
 * The buttons of a step and what they did. The controller (groepsacties.ts) runs the action; this
 * only shows its Melding, asks in the pane when the add-in would replace its own work, and tells
 * the rest of the taskpane that the workbook changed.
 */
import { el, knop } from "./dom";
import { leerlingKiezer } from "./leerling-kiezer";
import { toonMelding, meldingVak } from "./melding-view";
import { ACTIES, knopActie, type Actie, type KnopBron, type Melding } from "./groepsacties";
import { klik } from "./klik";

/** The button texts, from the one list of actions in groepsacties.ts. */
export const ACTIE_LABELS: Readonly<Record<Actie, string>> = ACTIES;

export interface ActieContext extends KnopBron {
  readonly gewijzigd: () => void;
  /** Set when this Excel cannot run the actions: said instead of showing buttons that would fail. */
  readonly geblokkeerd?: () => string | undefined;
}

export function renderActies(container: HTMLElement, acties: readonly Actie[], ctx: ActieContext): void {
  container.replaceChildren();
  if (acties.length === 0) return;
  const reden = ctx.geblokkeerd?.();
  if (reden) {
    container.append(el("p", reden, "uitleg"));
    return;
  }
  const knoppen = el("div", undefined, "knoppen");
  const uitkomst = meldingVak();

  const toon = (
    melding: Melding,
    opnieuw: () => void,
    kies?: (groep: string) => void,
    kiesLeerling?: (naam: string) => void,
  ) => {
    toonMelding(uitkomst, melding);
    if (melding.groepen && kies) {
      const keuzes = el("div", undefined, "knoppen");
      for (const groep of melding.groepen) keuzes.append(knop(groep, () => kies(groep)));
      uitkomst.append(keuzes);
    }
    if (melding.leerlingen && kiesLeerling) {
      const kiezer = leerlingKiezer(melding.leerlingen, kiesLeerling);
      uitkomst.append(kiezer);
      kiezer.querySelector("select")?.focus();
    }
    if (melding.bevestig) {
      const ja = knop("Ja, vervangen", opnieuw, "primair");
      uitkomst.append(
        ja,
        knop("Nee, laten staan", () => toon({ soort: "info", tekst: "Niets veranderd.", details: [] }, opnieuw)),
      );
      ja.focus();
    }
  };

  const start = async (actie: Actie, vervangen = false, groep?: string, leerling?: string) => {
    const bezig = {
      begin: () => {
        knoppen.querySelectorAll("button").forEach((b) => (b.disabled = true));
        uitkomst.className = "uitkomst";
        uitkomst.replaceChildren(el("p", "Bezig…"));
      },
      einde: () => knoppen.querySelectorAll("button").forEach((b) => (b.disabled = false)),
    };
    const melding = await klik(bezig, () => knopActie(ctx, actie, vervangen, groep, leerling));
    toon(
      melding,
      () => void start(actie, true, groep, leerling),
      (gekozen) => void start(actie, vervangen, gekozen, leerling),
      (naam) => void start(actie, vervangen, groep, naam),
    );
    if (melding.soort === "klaar") ctx.gewijzigd();
  };

  acties.forEach((actie, i) =>
    knoppen.append(knop(ACTIE_LABELS[actie], () => void start(actie), i === 0 ? "primair" : undefined)),
  );
  container.append(knoppen, uitkomst);
}
