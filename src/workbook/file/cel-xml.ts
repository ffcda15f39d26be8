/**
 * Cells between the XML of a worksheet and the core: reading a <c> element's value the way Excel
 * reports it, and writing a planned cell as a <c> element (a formula always with its cached value).
 */
import { bestandsformule } from "./bestandsformule";
import { isCellError, type CellValue } from "../../core/cell";
import { errorValue } from "../../core/errors";
import type { PlannedCell } from "../port";
import { escTekst, unescTekst } from "./xml";
import { serieelGetal } from "../../core/excel-datum";

/** The text of a shared or inline string: its runs joined, phonetic guides left out. */
export function tekstVan(si: string): string {
  const zonder = si.includes("rPh") ? si.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "") : si;
  let tekst = "";
  for (const m of zonder.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g))
    tekst += m[1] ?? "";
  return unescTekst(tekst);
}

/** Every string of the shared-strings part, in order. */
export function gedeeldeTeksten(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return Array.from(xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g), (m) =>
    m[1] ? tekstVan(m[1]) : "",
  );
}

/** The value of a cell from its type attribute and its content. */
export function celWaarde(t: string | undefined, inhoud: string | undefined, gedeeld: readonly string[]): CellValue {
  if (!inhoud) return null;
  if (t === "inlineStr") {
    const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(inhoud);
    if (is) return tekstVan(is[1]!);
  }
  const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?v>)/.exec(inhoud);
  // A formula never calculated has no value to report.
  if (!v) return null;
  const tekst = v[1] ?? "";
  switch (t) {
    case "s":
      return gedeeld[Number(tekst)] ?? null;
    case "str":
    case "inlineStr":
      return unescTekst(tekst);
    case "b":
      return tekst.trim() === "1" || tekst.trim().toLowerCase() === "true";
    case "e": {
      const fout = unescTekst(tekst).trim();
      return { cellError: errorValue(fout) };
    }
    case "d": {
      const tijd = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(tekst) ? tekst : `${tekst}Z`);
      return Number.isFinite(tijd) ? serieelGetal(tijd) : null;
    }
    default: {
      if (tekst.trim() === "") return null;
      const n = Number(tekst);
      return Number.isFinite(n) ? n : null;
    }
  }
}

function tekstElement(p: string, tekst: string): string {
  const ruimte = /^\s|\s$/.test(tekst) ? ' xml:space="preserve"' : "";
  return `<${p}t${ruimte}>${escTekst(tekst)}</${p}t>`;
}

/**
 * A formula shared down a column (`t="shared"`): the first cell holds the text and the range it is
 * shared over (`ref`), the cells below only the group's number; Excel and LibreOffice move the
 * relative references to each cell's own row, as they do for the shared formulas they write themselves.
 */
export interface Deling {
  readonly si: number;
  /** Only on the first cell of the group: the range it covers, e.g. "K2:K3001". */
  readonly ref?: string;
}

/** A file opened where the add-in is not installed cannot run LVS functions: their value is written instead. */
export function isLvsFormule(formula: string): boolean {
  // Most formulas have no "." at all; looking for one is far cheaper than the pattern.
  return formula.includes(".") && /\bLVS\./i.test(formula);
}

function formuleElement(p: string, planned: PlannedCell, deling: Deling | undefined): string | undefined {
  if (planned.fillDown && deling) return `<${p}f t="shared" si="${deling.si}"/>`;
  if (planned.formula === undefined || isLvsFormule(planned.formula)) return undefined;
  const tekst = escTekst(bestandsformule(planned.formula));
  return deling?.ref
    ? `<${p}f t="shared" ref="${deling.ref}" si="${deling.si}">${tekst}</${p}f>`
    : `<${p}f>${tekst}</${p}f>`;
}

/**
 * A planned cell as a <c> element, or undefined when it would hold nothing at all. A value is
 * always written as the value it is: text that looks like a formula stays text.
 */
export function celXml(p: string, ref: string, s: number, planned: PlannedCell, deling?: Deling): string | undefined {
  const stijl = s ? ` s="${s}"` : "";
  const waarde = planned.value;
  const f = formuleElement(p, planned, deling);
  if (f !== undefined) {
    if (typeof waarde === "number") {
      return Number.isFinite(waarde)
        ? `<${p}c r="${ref}"${stijl}>${f}<${p}v>${waarde}</${p}v></${p}c>`
        : `<${p}c r="${ref}"${stijl} t="e">${f}<${p}v>#NUM!</${p}v></${p}c>`;
    }
    if (typeof waarde === "string")
      return `<${p}c r="${ref}"${stijl} t="str">${f}<${p}v>${escTekst(waarde)}</${p}v></${p}c>`;
    if (typeof waarde === "boolean")
      return `<${p}c r="${ref}"${stijl} t="b">${f}<${p}v>${waarde ? 1 : 0}</${p}v></${p}c>`;
    if (isCellError(waarde)) return `<${p}c r="${ref}"${stijl} t="e">${f}<${p}v>${waarde.cellError}</${p}v></${p}c>`;
    return `<${p}c r="${ref}"${stijl} t="str">${f}<${p}v></${p}v></${p}c>`;
  }
  if (typeof waarde === "number") {
    return Number.isFinite(waarde)
      ? `<${p}c r="${ref}"${stijl}><${p}v>${waarde}</${p}v></${p}c>`
      : `<${p}c r="${ref}"${stijl} t="e"><${p}v>#NUM!</${p}v></${p}c>`;
  }
  if (typeof waarde === "string")
    return `<${p}c r="${ref}"${stijl} t="inlineStr"><${p}is>${tekstElement(p, waarde)}</${p}is></${p}c>`;
  if (typeof waarde === "boolean") return `<${p}c r="${ref}"${stijl} t="b"><${p}v>${waarde ? 1 : 0}</${p}v></${p}c>`;
  if (isCellError(waarde)) return `<${p}c r="${ref}"${stijl} t="e"><${p}v>${waarde.cellError}</${p}v></${p}c>`;
  return s ? `<${p}c r="${ref}"${stijl}/>` : undefined;
}
