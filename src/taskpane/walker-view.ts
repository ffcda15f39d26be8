/**
 * The stappenplan walker: where you are, all steps to jump to, the current step with where to
 * look, a short explanation, the questions and the actions that fit, and previous/next.
 */
import { el, knop } from "./dom";
import { renderActies, type ActieContext } from "./acties-view";
import { HOOFDSTUKKEN, STAPPEN } from "./stappenplan";

export interface WalkerContext extends ActieContext {
  /** Called with the id of the step the user moved to, to remember it in the workbook. */
  readonly stapGewijzigd: (id: string) => void;
}

export interface Walker {
  toonStap(index: number, focus?: boolean): void;
}

export function renderWalker(container: HTMLElement, ctx: WalkerContext): Walker {
  const voortgangTekst = el("p", undefined, "voortgang");
  voortgangTekst.id = "voortgang-tekst";
  const balk = el("progress");
  // Named by the sentence above it ("Stap 3 van 27"), so a screen reader says what the bar measures.
  balk.setAttribute("aria-labelledby", "voortgang-tekst");
  balk.max = STAPPEN.length;
  const lijst = el("details", undefined, "stappenlijst");
  lijst.append(el("summary", "Alle stappen"));
  const stapKnoppen: HTMLButtonElement[] = [];
  for (const hoofdstuk of HOOFDSTUKKEN) {
    lijst.append(el("h3", hoofdstuk.titel));
    const ul = el("ul");
    for (const stap of hoofdstuk.stappen) {
      const index = STAPPEN.indexOf(stap);
      const b = knop(
        `${stap.id} ${stap.titel}`,
        () => {
          toonStap(index, true);
          lijst.open = false;
        },
        "stapknop",
      );
      stapKnoppen[index] = b;
      const li = el("li");
      li.append(b);
      ul.append(li);
    }
    lijst.append(ul);
  }
  const artikel = el("article", undefined, "stap");
  const vorige = knop("← Vorige", () => toonStap(huidig - 1, true));
  const volgende = knop("Volgende →", () => toonStap(huidig + 1, true), "primair");
  const navigatie = el("div", undefined, "navigatie");
  navigatie.append(vorige, volgende);
  container.append(voortgangTekst, balk, lijst, artikel, navigatie);

  let huidig = 0;
  function toonStap(index: number, focus = false): void {
    huidig = Math.max(0, Math.min(STAPPEN.length - 1, index));
    const stap = STAPPEN[huidig]!;
    voortgangTekst.textContent = `Stap ${huidig + 1} van ${STAPPEN.length} · ${stap.hoofdstuk}`;
    balk.value = huidig + 1;
    stapKnoppen.forEach((b, i) =>
      i === huidig ? b.setAttribute("aria-current", "step") : b.removeAttribute("aria-current"),
    );
    const kop = el("h2", `${stap.id} ${stap.titel}`);
    kop.tabIndex = -1;
    kop.id = "stap-titel";
    const vragen = el("ol");
    for (const v of stap.vragen) vragen.append(el("li", v));
    const acties = el("div", undefined, "acties");
    artikel.replaceChildren(
      kop,
      el("h3", "Waar kijk je"),
      el("p", stap.waar),
      el("h3", "Waar gaat het om"),
      el("p", stap.uitleg),
      el("h3", "Vragen"),
      vragen,
      acties,
    );
    renderActies(acties, stap.acties, ctx);
    vorige.disabled = huidig === 0;
    volgende.disabled = huidig === STAPPEN.length - 1;
    if (focus) kop.focus();
    ctx.stapGewijzigd(stap.id);
  }
  return { toonStap };
}
