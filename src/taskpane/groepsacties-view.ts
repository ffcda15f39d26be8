/** The "Dit blad" panel: norm choice, the group actions, and what they did, as text nodes only. */
import type { Normkeuze } from "../core/groep/kleurplan";
import { NORMKEUZES, voerUit, type Actie, type Melding } from "./groepsacties";
import type { WorkbookPort } from "../workbook/port";

const KNOPPEN: readonly { readonly actie: Actie; readonly label: string }[] = [
  { actie: "kleuren", label: "Kleur dit blad" },
  { actie: "overzicht", label: "Groepsoverzicht maken" },
  { actie: "verwijderen", label: "Kleuring verwijderen" },
  { actie: "normen", label: "Blad Normen maken" },
];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderGroepsacties(container: HTMLElement, port: WorkbookPort, actiefBlad: () => Promise<string>): void {
  const keuze = el("select");
  keuze.id = "norm";
  for (const n of NORMKEUZES) {
    const optie = el("option", n.label);
    optie.value = n.waarde;
    keuze.append(optie);
  }
  const label = el("label", "Norm");
  label.htmlFor = "norm";
  const knoppen = el("div", undefined, "knoppen");
  const uitkomst = el("div", undefined, "uitkomst");
  uitkomst.setAttribute("role", "status");
  uitkomst.setAttribute("aria-live", "polite");

  const toon = (melding: Melding, bevestig: () => void) => {
    uitkomst.replaceChildren();
    uitkomst.className = `uitkomst ${melding.soort}`;
    uitkomst.append(el("p", melding.tekst));
    if (melding.details.length > 0) {
      const lijst = el("ul");
      for (const d of melding.details) lijst.append(el("li", d));
      uitkomst.append(lijst);
    }
    if (melding.bevestig) {
      const ja = el("button", "Ja, vervangen", "primair");
      const nee = el("button", "Nee, laten staan");
      ja.addEventListener("click", bevestig);
      nee.addEventListener("click", () => toon({ soort: "info", tekst: "Niets veranderd.", details: [] }, bevestig));
      uitkomst.append(ja, nee);
      ja.focus();
    }
  };

  const start = async (actie: Actie, vervangen = false) => {
    const blad = await actiefBlad();
    knoppen.querySelectorAll("button").forEach((b) => (b.disabled = true));
    uitkomst.replaceChildren(el("p", "Bezig…"));
    const melding = await voerUit(port, actie, blad, keuze.value as Normkeuze, vervangen);
    knoppen.querySelectorAll("button").forEach((b) => (b.disabled = false));
    toon(melding, () => void start(actie, true));
  };

  for (const k of KNOPPEN) {
    const knop = el("button", k.label, k.actie === "kleuren" ? "primair" : undefined);
    knop.addEventListener("click", () => void start(k.actie));
    knoppen.append(knop);
  }
  container.append(label, keuze, knoppen, uitkomst);
}
