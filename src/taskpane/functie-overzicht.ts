/** Renders the function reference from data, as DOM nodes with text (never HTML from strings). */
import { el as element } from "./dom";
import voorbeelden from "./functievoorbeelden.json";

export function renderFunctieOverzicht(container: HTMLElement): void {
  for (const functie of voorbeelden.functies) {
    const kaart = element("article");
    kaart.className = "functie";
    kaart.append(element("h3", functie.naam), element("p", functie.uitleg));
    const lijst = element("ul");
    for (const v of functie.voorbeelden) {
      const item = element("li");
      item.append(element("code", v.formule), ` → ${v.uitkomst}`);
      lijst.append(item);
    }
    kaart.append(lijst);
    container.append(kaart);
  }
}
