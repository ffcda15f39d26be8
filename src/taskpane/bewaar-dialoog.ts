/**
 * Before a result that exists only in this page is thrown away (another file, the demo again),
 * the user is asked, and told how to keep it. A modal <dialog>: focus goes in and stays there,
 * Escape cancels, and focus returns where it was.
 */
import { el, knop } from "./dom";

export type Keuze = "downloaden" | "doorgaan" | "annuleren";

export function vraagVoorVerlies(wat: string): Promise<Keuze> {
  const dialoog = el("dialog", undefined, "bewaar-dialoog");
  dialoog.setAttribute("aria-labelledby", "bewaar-titel");
  dialoog.setAttribute("aria-describedby", "bewaar-uitleg");
  const titel = el("h2", "Je resultaat is nog niet bewaard");
  titel.id = "bewaar-titel";
  const uitleg = el(
    "p",
    `Wat LVS Analyse in deze werkmap maakte, staat alleen in deze pagina. Als je ${wat}, is het weg. Bewaar het met Download resultaat: dat geeft een nieuw .xlsx-bestand.`,
  );
  uitleg.id = "bewaar-uitleg";
  const vorige = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  return new Promise((klaar) => {
    const sluit = (keuze: Keuze) => {
      dialoog.close();
      dialoog.remove();
      vorige?.focus();
      klaar(keuze);
    };
    const eerst = knop("Eerst downloaden", () => sluit("downloaden"), "primair");
    const knoppen = el("div", undefined, "knoppen");
    knoppen.append(
      eerst,
      knop("Doorgaan zonder bewaren", () => sluit("doorgaan")),
      knop("Annuleren", () => sluit("annuleren")),
    );
    dialoog.append(titel, uitleg, knoppen);
    dialoog.addEventListener("cancel", (e) => {
      e.preventDefault();
      sluit("annuleren");
    });
    document.body.append(dialoog);
    dialoog.showModal();
    eerst.focus();
  });
}
