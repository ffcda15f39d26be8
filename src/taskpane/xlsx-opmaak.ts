/**
 * The formatting of an opened .xlsx, read from its package for the grid outside Excel: fills, fonts,
 * number formats, alignment, borders, merged cells, column widths, row heights and frozen panes.
 * Only what the grid shows, within the part of a sheet it shows; values come through the port.
 * Plain text matching over the XML keeps this small enough for the browser and runnable in tests.
 */
import { kolomNummer } from "../core/adres";
import { strFromU8, unzipSync } from "fflate";
import { celSleutel, leegBlad, type BladOpmaak, type CelOpmaak } from "./blad-opmaak";

/** The part of a sheet the grid shows (tabel-view.ts); formats outside it are not read. */
export interface Grenzen {
  readonly rijen: number;
  readonly kolommen: number;
}

const INGEBOUWDE_NOTATIES: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "d-m-yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  22: "d-m-yyyy h:mm",
};

/** Excel's theme order swaps the first two pairs against the theme file's order. */
const THEMA_VOLGORDE = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

function ontsnap(tekst: string): string {
  return tekst.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const vast: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (e[0] !== "#") return vast[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

function attr(tag: string, naam: string): string | undefined {
  const m = new RegExp(`\\s${naam}="([^"]*)"`).exec(tag);
  return m ? ontsnap(m[1]!) : undefined;
}

/** The elements `<naam …>…</naam>` or `<naam …/>` directly in `xml`, with their inner text. */
function elementen(xml: string, naam: string): { tag: string; binnen: string }[] {
  const uit: { tag: string; binnen: string }[] = [];
  const re = new RegExp(`<${naam}\\b([^>]*?)(/>|>([\\s\\S]*?)</${naam}>)`, "g");
  for (const m of xml.matchAll(re)) uit.push({ tag: m[1] ?? "", binnen: m[3] ?? "" });
  return uit;
}

function sectie(xml: string, naam: string): string {
  return elementen(xml, naam)[0]?.binnen ?? "";
}

function cel(ref: string): { rij: number; kolom: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  return m ? { rij: Number(m[2]) - 1, kolom: kolomNummer(m[1]!) } : undefined;
}

function hex(getal: number): string {
  return Math.round(Math.min(255, Math.max(0, getal)))
    .toString(16)
    .padStart(2, "0");
}

/** Excel's tint: towards black (negative) or white (positive) in HSL lightness. */
function metTint(kleur: string, tint: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(kleur.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return `#${hex((r1 + m) * 255)}${hex((g1 + m) * 255)}${hex((b1 + m) * 255)}`.toUpperCase();
}

function themaKleuren(thema: string | undefined): string[] {
  if (!thema) return [];
  const schema = /<a:clrScheme\b[\s\S]*?<\/a:clrScheme>/.exec(thema)?.[0] ?? "";
  return THEMA_VOLGORDE.map((naam) => {
    const blok = new RegExp(`<a:${naam}>([\\s\\S]*?)</a:${naam}>`).exec(schema)?.[1] ?? "";
    const m = /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/.exec(blok);
    return m ? `#${m[1]!.toUpperCase()}` : "";
  });
}

/** A `<color …/>`-like tag as #RRGGBB, or undefined where it names no colour we can show. */
function kleur(tag: string | undefined, thema: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const rgb = attr(tag, "rgb");
  let uit: string | undefined;
  if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) uit = `#${rgb.slice(-6).toUpperCase()}`;
  const t = attr(tag, "theme");
  if (!uit && t !== undefined) uit = thema[Number(t)] || undefined;
  const tint = Number(attr(tag, "tint") ?? 0);
  return uit && tint !== 0 ? metTint(uit, tint) : uit;
}

interface Stijlen {
  readonly xfs: readonly (CelOpmaak | undefined)[];
}

function leesStijlen(xml: string | undefined, thema: readonly string[]): Stijlen {
  if (!xml) return { xfs: [] };
  const notaties = new Map<number, string>();
  for (const n of elementen(sectie(xml, "numFmts"), "numFmt"))
    notaties.set(Number(attr(`<x${n.tag}`, "numFmtId")), attr(`<x${n.tag}`, "formatCode") ?? "");
  const fonts = elementen(sectie(xml, "fonts"), "font").map(({ binnen }) => {
    const kleurTag = /<color\b[^>]*>/.exec(binnen)?.[0];
    const k = kleur(kleurTag, thema);
    return {
      bold: /<b\/>|<b\s+val="(1|true)"/.test(binnen),
      italic: /<i\/>|<i\s+val="(1|true)"/.test(binnen),
      // Black is the text colour anyway.
      fontColor: k && k !== "#000000" ? k : undefined,
    };
  });
  const fills = elementen(sectie(xml, "fills"), "fill").map(({ binnen }) => {
    if (!/patternType="solid"/.test(binnen)) return undefined;
    return kleur(/<fgColor\b[^>]*>/.exec(binnen)?.[0], thema);
  });
  const randen = elementen(sectie(xml, "borders"), "border").map(({ binnen }) =>
    /<(left|right|top|bottom)\b[^>]*\sstyle="/.test(binnen),
  );
  const xfs = elementen(sectie(xml, "cellXfs"), "xf").map(({ tag, binnen }): CelOpmaak | undefined => {
    const t = `<x${tag}`;
    const font = fonts[Number(attr(t, "fontId") ?? 0)];
    const fill = fills[Number(attr(t, "fillId") ?? 0)];
    const notatieId = Number(attr(t, "numFmtId") ?? 0);
    const uitlijning = /<alignment\b[^>]*>/.exec(binnen)?.[0];
    const horizontaal = uitlijning ? attr(uitlijning, "horizontal") : undefined;
    const opmaak: { -readonly [K in keyof CelOpmaak]: CelOpmaak[K] } = {};
    if (fill) opmaak.fill = fill;
    if (font?.bold) opmaak.bold = true;
    if (font?.italic) opmaak.italic = true;
    if (font?.fontColor) opmaak.fontColor = font.fontColor;
    const notatie = notaties.get(notatieId) ?? INGEBOUWDE_NOTATIES[notatieId];
    if (notatie && notatie !== "General") opmaak.numberFormat = notatie;
    if (uitlijning && /wrapText="(1|true)"/.test(uitlijning)) opmaak.wrap = true;
    if (horizontaal === "left" || horizontaal === "center" || horizontaal === "right") opmaak.align = horizontaal;
    if (randen[Number(attr(t, "borderId") ?? 0)]) opmaak.border = true;
    return Object.keys(opmaak).length > 0 ? opmaak : undefined;
  });
  return { xfs };
}

function leesBlad(xml: string, stijlen: Stijlen, grenzen: Grenzen): BladOpmaak {
  const blad = leegBlad();
  for (const { tag } of elementen(sectie(xml, "cols"), "col")) {
    const t = `<x${tag}`;
    const breedte = Number(attr(t, "width"));
    if (!Number.isFinite(breedte) || attr(t, "customWidth") === undefined) continue;
    const van = Number(attr(t, "min")) - 1;
    const tot = Math.min(Number(attr(t, "max")) - 1, grenzen.kolommen - 1);
    for (let c = van; c <= tot; c++) blad.breedtes.set(c, breedte);
  }
  const paneel = /<pane\b[^>]*>/.exec(xml)?.[0];
  if (paneel && /state="frozen"/.test(paneel))
    blad.bevroren = { rijen: Number(attr(paneel, "ySplit") ?? 0), kolommen: Number(attr(paneel, "xSplit") ?? 0) };
  for (const m of xml.matchAll(/<row\b([^>]*)>/g)) {
    const t = `<x${m[1]}`;
    const r = Number(attr(t, "r")) - 1;
    const hoogte = Number(attr(t, "ht"));
    if (r < grenzen.rijen && attr(t, "customHeight") !== undefined && Number.isFinite(hoogte))
      blad.hoogtes.set(r, hoogte);
  }
  for (const m of xml.matchAll(/<c\b([^>]*?)\/?>/g)) {
    const t = `<x${m[1]}`;
    const s = attr(t, "s");
    if (!s) continue;
    const opmaak = stijlen.xfs[Number(s)];
    const plek = cel(attr(t, "r") ?? "");
    if (!opmaak || !plek || plek.rij >= grenzen.rijen || plek.kolom >= grenzen.kolommen) continue;
    blad.cellen.set(celSleutel(plek.rij, plek.kolom), opmaak);
  }
  for (const m of xml.matchAll(/<mergeCell\b[^>]*ref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const [a, b] = [cel(m[1]!), cel(m[2]!)];
    if (a && b)
      blad.merges.push({ rij: a.rij, kolom: a.kolom, rijen: b.rij - a.rij + 1, kolommen: b.kolom - a.kolom + 1 });
  }
  return blad;
}

function pad(basis: string, doel: string): string {
  if (doel.startsWith("/")) return doel.slice(1);
  const delen = basis.split("/").slice(0, -1);
  for (const deel of doel.split("/")) {
    if (deel === "..") delen.pop();
    else if (deel !== ".") delen.push(deel);
  }
  return delen.join("/");
}

/** The formats of every sheet in an .xlsx, by sheet name. A package it cannot read gives none: the grid then shows plain values. */
export function leesOpmaak(data: Uint8Array, grenzen: Grenzen): Map<string, BladOpmaak> {
  const uit = new Map<string, BladOpmaak>();
  let delen: Record<string, Uint8Array>;
  try {
    delen = unzipSync(data, {
      filter: (f) =>
        /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|theme\/theme1\.xml|worksheets\/[^/]+\.xml)$/i.test(
          f.name,
        ),
    });
  } catch {
    return uit;
  }
  const tekst = (naam: string) => {
    const sleutel = Object.keys(delen).find((k) => k.toLowerCase() === naam.toLowerCase());
    return sleutel ? strFromU8(delen[sleutel]!) : undefined;
  };
  const werkmap = tekst("xl/workbook.xml");
  const relaties = tekst("xl/_rels/workbook.xml.rels") ?? "";
  if (!werkmap) return uit;
  const doelen = new Map<string, string>();
  for (const m of relaties.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const doel = attr(m[0], "Target");
    if (id && doel) doelen.set(id, pad("xl/workbook.xml", doel));
  }
  const stijlen = leesStijlen(tekst("xl/styles.xml"), themaKleuren(tekst("xl/theme/theme1.xml")));
  for (const m of werkmap.matchAll(/<sheet\b[^>]*>/g)) {
    const naam = attr(m[0], "name");
    const doel = doelen.get(attr(m[0], "r:id") ?? "");
    const xml = doel ? tekst(doel) : undefined;
    if (naam && xml) uit.set(naam, leesBlad(xml, stijlen, grenzen));
  }
  return uit;
}
