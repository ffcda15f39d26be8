/**
 * Choosing one pupil for a card: a list of the names on the sheet (grouped by class when a long
 * export holds several) and a button that makes that pupil's card.
 */
import { el, knop } from "./dom";

let volgnummer = 0;

export function leerlingKiezer(
  leerlingen: readonly { readonly naam: string; readonly groep?: string }[],
  kies: (naam: string) => void,
): HTMLDivElement {
  const vak = el("div", undefined, "leerling-kiezer");
  const id = `leerling-keuze-${++volgnummer}`;
  const label = el("label", "Leerling");
  label.htmlFor = id;
  const select = el("select");
  select.id = id;
  let groep: HTMLOptGroupElement | undefined;
  for (const l of leerlingen) {
    const optie = el("option", l.naam);
    optie.value = l.naam;
    if (l.groep === undefined) {
      select.append(optie);
      continue;
    }
    if (groep?.label !== l.groep) {
      groep = el("optgroup");
      groep.label = l.groep;
      select.append(groep);
    }
    groep.append(optie);
  }
  const maak = knop("Maak de kaart", () => select.value && kies(select.value), "primair");
  const knoppen = el("div", undefined, "knoppen");
  knoppen.append(maak);
  vak.append(label, select, knoppen);
  return vak;
}
