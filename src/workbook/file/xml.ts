/**
 * The little XML the package patcher needs: escaping, attributes, cell addresses and the outline of
 * an element. Parts are handled as text so that whatever we do not touch stays exactly as written.
 */

/** Characters XML 1.0 does not allow, and the ones OOXML escapes as _xHHHH_ to keep them. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be escaped
const CONTROL = /[\u0000-\u0008\u000b-\u000d\u000e-\u001f\ufffe\uffff]/g;

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function esc(text: string): string {
  // One pass: a formula of hundreds of characters is full of quotes and comparisons.
  return text.replace(/[&<>"]/g, (teken) => ESCAPES[teken]!);
}

/** Text for a cell or shared string: XML-escaped, control characters as OOXML's _xHHHH_ escapes. */
export function escTekst(text: string): string {
  // Most text needs nothing done: checked once rather than replaced five times.
  // eslint-disable-next-line no-control-regex -- the same control characters, as a cheap first test
  if (!/[&<>"_\u0000-\u001f\ufffe\uffff]/.test(text)) return text;
  return esc(
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(CONTROL, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function unesc(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (all, ent: string) => {
    if (ent[0] !== "#") return ENTITIES[ent] ?? all;
    const code = ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Text of a cell or shared string: entities and OOXML's _xHHHH_ escapes undone. */
export function unescTekst(text: string): string {
  const plain = unesc(text);
  if (!plain.includes("_x")) return plain;
  return plain.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const attrPatronen = new Map<string, RegExp>();

/** A name's pattern `\sname="…"` (either quote), compiled once: attributes are read for every cell. */
function attrPatroon(name: string): RegExp {
  let re = attrPatronen.get(name);
  if (!re)
    attrPatronen.set(name, (re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`)));
  return re;
}

/** The value of an attribute in a start tag, without its entities. */
export function attr(tag: string, name: string): string | undefined {
  const m = attrPatroon(name).exec(tag);
  return m ? unesc(m[2] ?? m[3]!) : undefined;
}

/** The start tag with `name` set to `value` (added before the tag's end when it is not there). */
export function zetAttr(tag: string, name: string, value: string): string {
  const re = attrPatroon(name);
  if (re.test(tag)) return tag.replace(re, (_, voor: string) => `${voor}"${esc(value)}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${esc(value)}"${tag.slice(end)}`;
}

/** An empty element written with its own end tag (`<col a="1"></col>`) as one self-closing tag. */
export function zelfsluitend(element: string): string {
  if (element.endsWith("/>")) return element;
  const start = element.slice(0, element.indexOf(">"));
  return `${start.trimEnd()}/>`;
}

export function zonderAttr(tag: string, name: string): string {
  return tag.replace(attrPatroon(name), "");
}

/** Column index (0-based) of the letters of an address. */
export function kolomVan(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n - 1;
}

/** Row and column (0-based) of an address such as "B12" or "$B$12"; undefined when it is none. */
export function celVan(adres: string): { rij: number; kolom: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(adres.trim());
  return m ? { rij: Number(m[2]) - 1, kolom: kolomVan(m[1]!.toUpperCase()) } : undefined;
}

/** Where the start tag beginning at `from` ends (index after its ">"), quotes taken into account. */
export function eindeTag(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i]!;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i + 1;
  }
  return xml.length;
}

/**
 * Where the element starting at `from` ends, with its own name counted when it nests (an extLst
 * within an extLst). The start tag is `<name ...>` or `<name .../>`.
 */
export function eindeElement(xml: string, from: number, name: string): number {
  const startEnd = eindeTag(xml, from);
  if (xml[startEnd - 2] === "/") return startEnd;
  const open = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}[\\s/>]|</${name.replace(/[.:]/g, "\\$&")}\\s*>`, "g");
  open.lastIndex = startEnd;
  let depth = 1;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    if (m[0][1] === "/") {
      if (--depth === 0) return m.index + m[0].length;
    } else {
      const end = eindeTag(xml, m.index);
      if (xml[end - 2] !== "/") depth++;
      open.lastIndex = end;
    }
  }
  return xml.length;
}

/** The top-level children of an element's content: name (without prefix) and their text. */
export interface Kind {
  readonly naam: string;
  xml: string;
}

export function kinderen(xml: string, from: number, to: number): Kind[] {
  const out: Kind[] = [];
  let i = from;
  while (i < to) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      out.push({ naam: "#comment", xml: xml.slice(lt, end + 3) });
      i = end + 3;
      continue;
    }
    const m = /^<([\w.:-]+)/.exec(xml.slice(lt, lt + 100));
    if (!m) break;
    const end = eindeElement(xml, lt, m[1]!);
    out.push({ naam: m[1]!.replace(/^[\w.-]+:/, ""), xml: xml.slice(lt, end) });
    i = end;
  }
  return out;
}
