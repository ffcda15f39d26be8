/**
 * The kwaliteitskaarten panel: tick the cards and instruments, name one of your own, and make
 * them. The cards become sheets of the workbook; making them again only fills empty cells.
 */
import { INSTRUMENTEN } from "../core/kaart/sjabloon";
import type { KaartSoort } from "../workbook/kwaliteitskaart";
import type { ActieContext } from "./acties-view";
import { el, knop } from "./dom";
import { KAART_LABELS, KAARTEN_MAKEN, kaartKnop } from "./kaartacties";
import { klik } from "./klik";
import { toonMelding, meldingVak } from "./melding-view";

function vinkje(naam: string, waarde: string, label: string): HTMLLabelElement {
  const l = el("label", undefined, "vinkje");
  const input = el("input");
  input.type = "checkbox";
  input.name = naam;
  input.value = waarde;
  l.append(input, ` ${label}`);
  return l;
}

const aangevinkt = (container: HTMLElement, naam: string) =>
  [...container.querySelectorAll<HTMLInputElement>(`input[name="${naam}"]:checked`)].map((i) => i.value);

export function renderKaarten(container: HTMLElement, ctx: ActieContext): void {
  const reden = ctx.geblokkeerd?.();
  if (reden) {
    container.replaceChildren(el("p", reden, "uitleg"));
    return;
  }
  const kaarten = el("fieldset");
  kaarten.append(el("legend", "Kaarten"));
  for (const [soort, label] of Object.entries(KAART_LABELS)) kaarten.append(vinkje("kaart", soort, label));

  const instrumenten = el("fieldset");
  instrumenten.append(el("legend", "Instrumenten uit het kwaliteitshandboek"));
  for (const i of INSTRUMENTEN) instrumenten.append(vinkje("instrument", i.id, i.naam));
  const eigenLabel = el("label", "Eigen instrument (naam)");
  eigenLabel.htmlFor = "eigen-instrument";
  const eigen = el("input");
  eigen.id = "eigen-instrument";
  eigen.type = "text";
  eigen.maxLength = 18;
  instrumenten.append(eigenLabel, eigen);

  const uitkomst = meldingVak();
  const maak = knop(KAARTEN_MAKEN, () => void start(), "primair");
  const knoppen = el("div", undefined, "knoppen");
  knoppen.append(maak);

  async function start(): Promise<void> {
    const bezig = {
      begin: () => {
        maak.disabled = true;
        uitkomst.className = "uitkomst";
        uitkomst.replaceChildren(el("p", "Bezig…"));
      },
      einde: () => (maak.disabled = false),
    };
    const keuze = {
      kaarten: aangevinkt(container, "kaart") as KaartSoort[],
      instrumenten: aangevinkt(container, "instrument"),
      eigenInstrument: eigen.value,
    };
    const melding = await klik(bezig, () => kaartKnop(ctx, keuze));
    toonMelding(uitkomst, melding);
    if (melding.soort === "klaar") ctx.gewijzigd();
  }

  container.replaceChildren(
    el(
      "p",
      "Invulbare kaarten als bladen in deze werkmap, met wat de gegevens al zeggen ingevuld. Maak je ze opnieuw, dan vult LVS Analyse alleen lege cellen aan.",
      "uitleg",
    ),
    kaarten,
    instrumenten,
    knoppen,
    uitkomst,
  );
}
