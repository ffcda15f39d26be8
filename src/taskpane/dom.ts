/** Building the taskpane from text: every string from a cell or a file goes in as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function knop(text: string, onClick: () => void, className?: string): HTMLButtonElement {
  const button = el("button", text, className);
  button.type = "button";
  button.addEventListener("click", onClick);
  return button;
}

export function keuzelijst(
  id: string,
  opties: readonly { readonly waarde: string; readonly label: string }[],
  gekozen?: string,
): HTMLSelectElement {
  const select = el("select");
  select.id = id;
  for (const o of opties) {
    const optie = el("option", o.label);
    optie.value = o.waarde;
    if (o.waarde === gekozen) optie.selected = true;
    select.append(optie);
  }
  return select;
}
