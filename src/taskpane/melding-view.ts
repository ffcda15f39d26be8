/** Where an action tells what it did: a status area read out by screen readers, and how a Melding shows in it. */
import { el } from "./dom";
import type { Melding } from "./groepsacties";

export function meldingVak(): HTMLDivElement {
  const vak = el("div", undefined, "uitkomst");
  vak.setAttribute("role", "status");
  vak.setAttribute("aria-live", "polite");
  return vak;
}

/** The message and its details; anything the caller adds (buttons to confirm) comes after. */
export function toonMelding(vak: HTMLElement, melding: Melding): void {
  vak.className = `uitkomst ${melding.soort}`;
  vak.replaceChildren(el("p", melding.tekst));
  if (melding.letOp) vak.append(el("p", melding.letOp, "let-op"));
  if (melding.details.length > 0) {
    const lijst = el("ul");
    for (const d of melding.details) lijst.append(el("li", d));
    vak.append(lijst);
  }
}
