/**
 * Workbooks nobody here wrote: by openpyxl (comments, images, a chart, defined names, print titles,
 * protection, a dropdown, a hyperlink), by LibreOffice (custom document properties, a comment,
 * merged cells, formulas with text, error and boolean results) and the templates Microsoft ships
 * with its add-in tools (namespace prefixes, a byte order mark, no styles, parts named oddly). For
 * each, the analysis either says in Dutch why not or writes a file in which every part of the
 * original is present, the parts it did not need to change are byte for byte the same, and every
 * original cell is written exactly as it was, with the same style behind its style number.
 */
import { strFromU8, unzipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REGEL_MERK } from "../../../src/core/groep/kleurplan";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { kleurGroep } from "../../../src/workbook/kleuring";
import { maakSchooloverzichten } from "../../../src/workbook/school";

const VREEMD = join(__dirname, "../../fixtures/vreemd");
const SJABLONEN = join(__dirname, "../../../node_modules/office-addin-dev-settings/templates");

interface Geval {
  readonly bestand: string;
  /** Sheets the colouring must find an overview on. */
  readonly gekleurd: readonly string[];
}

const CORPUS: Readonly<Record<string, Geval>> = {
  "openpyxl: an overview with comments, an image, a chart, names, print titles and a protected sheet": {
    bestand: join(VREEMD, "openpyxl-rijk.xlsx"),
    gekleurd: ["Groep 5"],
  },
  "openpyxl: a long export with a comment and an image": {
    bestand: join(VREEMD, "openpyxl-lang.xlsx"),
    gekleurd: ["Export IEP"],
  },
  "LibreOffice: an overview with custom properties, a comment, merged cells and formulas": {
    bestand: join(VREEMD, "libreoffice-overzicht.xlsx"),
    gekleurd: ["Groep 6"],
  },
  "LibreOffice: an export opened from CSV": { bestand: join(VREEMD, "libreoffice-export.xlsx"), gekleurd: ["export"] },
  "Microsoft's template with content: an image, a web extension, prefixed XML": {
    bestand: join(SJABLONEN, "ExcelWorkbookWithContent.xlsx"),
    gekleurd: [],
  },
  "Microsoft's template with a task pane": { bestand: join(SJABLONEN, "ExcelWorkbookWithTaskPane.xlsx"), gekleurd: [] },
};

type Delen = Record<string, Uint8Array>;

function tekst(delen: Delen, deel: string): string {
  return strFromU8(delen[deel]!);
}

/** The target of each relationship of a part, resolved (enough for the packages in this corpus). */
function relaties(delen: Delen, deel: string): Map<string, { type: string; doel: string }> {
  const map = deel.slice(0, deel.lastIndexOf("/") + 1);
  const rels = `${map}_rels/${deel.slice(map.length)}.rels`;
  const uit = new Map<string, { type: string; doel: string }>();
  if (!delen[rels]) return uit;
  for (const m of tekst(delen, rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]*)"/.exec(m[0])![1]!;
    const target = /Target="([^"]*)"/.exec(m[0])![1]!;
    const stukken = target.startsWith("/") ? [] : map.split("/").filter(Boolean);
    for (const s of target.split("/")) {
      if (s === "..") stukken.pop();
      else if (s && s !== ".") stukken.push(s);
    }
    uit.set(id, { type: /Type="([^"]*)"/.exec(m[0])![1]!, doel: stukken.join("/") });
  }
  return uit;
}

/** Sheet name → worksheet part, read independently of the adapter. */
function bladen(delen: Delen): Map<string, string> {
  const root = relaties(delen, "");
  const werkmap = [...root.values()].find((r) => r.type.endsWith("/officeDocument"))!.doel;
  const rels = relaties(delen, werkmap);
  const uit = new Map<string, string>();
  for (const m of tekst(delen, werkmap).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const naam = /\bname="([^"]*)"/.exec(m[0])![1]!;
    const id = /\b\w+:id="([^"]*)"/.exec(m[0])![1]!;
    uit.set(naam, rels.get(id)!.doel);
  }
  return uit;
}

/** Every cell of a worksheet part as written: address → the <c> element. */
function cellen(xml: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const m of xml.matchAll(/<(\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?c>)/g))
    uit.set(/\br="([A-Z]+\d+)"/.exec(m[0])![1]!, m[0]);
  return uit;
}

/** The entries of each list in styles.xml, in order. */
function stijllijsten(xml: string | undefined): Record<string, string[]> {
  const uit: Record<string, string[]> = {};
  if (xml === undefined) return uit;
  for (const [lijst, el] of [
    ["numFmts", "numFmt"],
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
    ["cellStyleXfs", "xf"],
    ["cellXfs", "xf"],
    ["dxfs", "dxf"],
  ] as const) {
    const inhoud = new RegExp(`<(\\w+:)?${lijst}\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1?${lijst}>)`).exec(xml)?.[2] ?? "";
    uit[lijst] = Array.from(
      inhoud.matchAll(new RegExp(`<(\\w+:)?${el}\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1?${el}>)`, "g")),
      (m) => m[0],
    );
  }
  return uit;
}

async function analyseer(data: Uint8Array): Promise<{ uit: Uint8Array; gekleurd: string[]; meldingen: string[] }> {
  const wb = await FileWorkbook.open(data);
  const gekleurd: string[] = [];
  const meldingen: string[] = [];
  for (const blad of await wb.sheetNames()) {
    const resultaat = await kleurGroep(wb, { blad, norm: "2F/1S", vervangen: true });
    if (resultaat.status === "klaar") gekleurd.push(blad);
    else meldingen.push("tekst" in resultaat ? resultaat.tekst : resultaat.vraag);
  }
  for (const r of await maakSchooloverzichten(wb, { norm: "2F/1S" })) meldingen.push(r.tekst);
  return { uit: await wb.toBuffer(), gekleurd, meldingen };
}

describe("workbooks other programs wrote", () => {
  for (const [naam, geval] of Object.entries(CORPUS)) {
    describe(naam, () => {
      it("are analysed, or refused in Dutch, without an error", async () => {
        const { gekleurd, meldingen } = await analyseer(readFileSync(geval.bestand));
        expect(gekleurd).toEqual(geval.gekleurd);
        for (const m of meldingen) expect(m).not.toMatch(/\b(undefined|null|Error|Cannot|of undefined)\b/);
      });

      it("come back with every part, the parts not needed unchanged byte for byte, and every cell and style as it was", async () => {
        const invoer = new Uint8Array(readFileSync(geval.bestand));
        const { uit, gekleurd } = await analyseer(invoer);
        const voor = unzipSync(invoer);
        const na = unzipSync(uit);
        const bladenVoor = bladen(voor);
        const werkmap = [...relaties(voor, "").values()].find((r) => r.type.endsWith("/officeDocument"))!.doel;
        const stijlen = [...relaties(voor, werkmap).values()].find((r) => r.type.endsWith("/styles"))?.doel;
        const mochtVeranderen = new Set([
          ...gekleurd.map((b) => bladenVoor.get(b)!),
          werkmap,
          `${werkmap.slice(0, werkmap.lastIndexOf("/") + 1)}_rels/${werkmap.slice(werkmap.lastIndexOf("/") + 1)}.rels`,
          "[Content_Types].xml",
          ...(stijlen ? [stijlen] : []),
        ]);
        for (const deel of Object.keys(voor).filter((d) => !d.endsWith("/"))) {
          expect(na[deel], `${deel} is er nog`).toBeDefined();
          if (!mochtVeranderen.has(deel)) expect(na[deel], `${deel} is onveranderd`).toEqual(voor[deel]);
        }
        // Every part we wrote is well-formed XML.
        for (const deel of Object.keys(na).filter((d) => /\.(xml|rels)$/.test(d) && na[d] !== voor[d])) {
          expect(XMLValidator.validate(tekst(na, deel).replace(/^\uFEFF/, "")), deel).toBe(true);
        }
        // Each original cell is written exactly as it was, and its style number means the same style.
        const stijlVoor = stijllijsten(stijlen ? tekst(voor, stijlen) : undefined);
        const stijlNa = stijllijsten(stijlen ? tekst(na, stijlen) : undefined);
        for (const [lijst, entries] of Object.entries(stijlVoor))
          expect(stijlNa[lijst]!.slice(0, entries.length), lijst).toEqual(entries);
        const bladenNa = bladen(na);
        for (const [blad, deel] of bladenVoor) {
          expect(bladenNa.get(blad), blad).toBe(deel);
          const celNa = cellen(tekst(na, deel));
          for (const [adres, cel] of cellen(tekst(voor, deel))) expect(celNa.get(adres), `${blad}!${adres}`).toBe(cel);
        }
        // What the colouring added is there: its rules, marked as ours, beside the user's own.
        for (const blad of gekleurd)
          expect(tekst(na, bladenVoor.get(blad)!)).toContain(REGEL_MERK.replace(/"/g, "&quot;"));
      });
    });
  }
});
