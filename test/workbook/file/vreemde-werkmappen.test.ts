/**
 * Workbooks nobody here wrote: by openpyxl (comments, images, a chart, defined names, print titles,
 * protection, a dropdown, a hyperlink), by LibreOffice (custom document properties, a comment,
 * merged cells, formulas with text, error and boolean results) and the templates Microsoft ships
 * with its add-in tools (namespace prefixes, a byte order mark, no styles, parts named oddly); and
 * files found in published packages, written by Excel 2007 to 365 on Windows, Mac and the web,
 * Google Sheets, Apple Numbers, Gnumeric, Collabora Office and smaller writers (BRONNEN.md says
 * where each comes from). For each, the analysis either says in Dutch why not or writes a file in
 * which every part of the original is present, the parts it did not need to change are byte for
 * byte the same, and every original cell is written exactly as it was, with the same style behind
 * its style number.
 */
import { strFromU8, unzipSync } from "fflate";
import { XMLValidator } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { REGEL_MERK } from "../../../src/core/groep/kleurplan";
import { herkenBestand } from "../../../src/workbook/bestandssoort";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { Gebruikersfout } from "../../../src/workbook/gebruikersfout";
import type { Change, PlannedCell, SheetRead } from "../../../src/workbook/port";
import { kleurGroep } from "../../../src/workbook/kleuring";
import { maakSchooloverzichten } from "../../../src/workbook/school";

const VREEMD = join(__dirname, "../../fixtures/vreemd");
const SJABLONEN = join(__dirname, "../../../node_modules/office-addin-dev-settings/templates");

interface Geval {
  readonly bestand: string;
  /** Sheets the colouring must find an overview on. */
  readonly gekleurd: readonly string[];
}

/**
 * Files LVS Analyse does not read outside Excel, with what the user is told: by the check of the
 * file's kind before the reader sees a byte, or by the reader itself.
 */
const WEIGERINGEN: Readonly<Record<string, { bestand: string; reden: RegExp }>> = {
  "Excel: a workbook protected with a password to open": {
    bestand: join(VREEMD, "excel-versleuteld.xlsx"),
    reden: /^de werkmap is beveiligd met een wachtwoord; open hem in Excel/,
  },
  "Excel 2013: a workbook saved as Strict Open XML": {
    bestand: join(VREEMD, "excel-2013-strikt.xlsx"),
    reden: /^Deze werkmap is opgeslagen in de strikte vorm van het Excel-formaat \(Strict Open XML\)\..*Opslaan als/,
  },
};

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
  // Written elsewhere, found in published packages: BRONNEN.md says where each comes from.
  "Excel 2007: a macro workbook (.xlsm) with its VBA project": {
    bestand: join(VREEMD, "excel-2007-macro.xlsm"),
    gekleurd: [],
  },
  "Excel 2007: three tables, a comment and an image on one sheet": {
    bestand: join(VREEMD, "excel-2007-tabellen-opmerking-afbeelding.xlsx"),
    gekleurd: [],
  },
  "Excel 2010: a macro-enabled workbook with hyperlinks over three sheets": {
    bestand: join(VREEMD, "excel-2010-hyperlinks.xlsm"),
    gekleurd: [],
  },
  "Excel 2013: a pivot table with a pivot chart": {
    bestand: join(VREEMD, "excel-2013-draaitabel-grafiek.xlsx"),
    gekleurd: [],
  },
  "Excel 365: a sensitivity label in the custom properties, printer settings and a print area": {
    bestand: join(VREEMD, "excel-365-gevoeligheidslabel.xlsx"),
    gekleurd: [],
  },
  "Excel for Mac 2016: threaded comments with their persons": {
    bestand: join(VREEMD, "excel-mac-2016-opmerkingen-in-draad.xlsx"),
    gekleurd: [],
  },
  "Excel for Mac 2016: three pivot tables, a table and defined names": {
    bestand: join(VREEMD, "excel-mac-2016-draaitabellen.xlsx"),
    gekleurd: [],
  },
  "Excel Online: coloured sheet tabs": { bestand: join(VREEMD, "excel-online-tabkleuren.xlsx"), gekleurd: [] },
  "Excel: four data sets with tables, a chart and printer settings": {
    bestand: join(VREEMD, "excel-datasets-grafiek-tabellen.xlsx"),
    gekleurd: [],
  },
  "Google Sheets: two sheets with their drawing parts and no document properties": {
    bestand: join(VREEMD, "google-sheets-twee-bladen.xlsx"),
    gekleurd: [],
  },
  "Apple Numbers (by its shape): dates and times in Helvetica": {
    bestand: join(VREEMD, "numbers-tijden.xlsx"),
    gekleurd: [],
  },
  "Gnumeric: five sheets of COUNTIF tests with custom properties and names": {
    bestand: join(VREEMD, "gnumeric-aantal-als.xlsx"),
    gekleurd: [],
  },
  "Collabora Office: data validation and custom properties": {
    bestand: join(VREEMD, "collabora-gegevensvalidatie.xlsx"),
    gekleurd: [],
  },
  "an unknown server writer: cells without addresses, a byte order mark, an empty list of names": {
    bestand: join(VREEMD, "onbekend-zonder-celadressen.xlsx"),
    gekleurd: [],
  },
  "zipped again on a Mac: __MACOSX entries beside the parts": {
    bestand: join(VREEMD, "mac-zip-met-rommel.xlsx"),
    gekleurd: [],
  },
  "a Python rewrite: every element with a namespace prefix, relationships too": {
    bestand: join(VREEMD, "python-voorvoegsels.xlsx"),
    gekleurd: [],
  },
  "a .NET writer zipped on Windows: backslashes in the part names, a content types part in lower case": {
    bestand: join(VREEMD, "dotnet-schuine-strepen.xlsx"),
    gekleurd: [],
  },
  "Hancom Office Hancell 2014: markup-compatibility choices in the styles, spaces around every =": {
    bestand: join(VREEMD, "hancell-2014-stijlkeuzes.xlsx"),
    gekleurd: [],
  },
  "ODF Converter: a workbook translated from OpenDocument": {
    bestand: join(VREEMD, "odf-converter-stijlen.xlsx"),
    gekleurd: [],
  },
  "Microsoft Access 2007: a table exported to a workbook": {
    bestand: join(VREEMD, "access-2007-export.xlsx"),
    gekleurd: [],
  },
  "the Open XML SDK (.NET): rows and cells without addresses, x: before every element, inline strings": {
    bestand: join(VREEMD, "openxml-sdk-zonder-rijnummers.xlsx"),
    gekleurd: [],
  },
  "made in WPS Office, saved again by LibreOffice 5.3: WPS's own document properties kept": {
    bestand: join(VREEMD, "wps-daarna-libreoffice.xlsx"),
    gekleurd: [],
  },
  "a minimal writer: no styles part, a sheet part named sheet.xml": {
    bestand: join(VREEMD, "minimaal-zonder-stijlen.xlsx"),
    gekleurd: [],
  },
};

type Delen = Record<string, Uint8Array>;

/** The parts of a package; a name zipped with backslashes (xl\\workbook.xml) is the part Excel reads under slashes. */
function uitgepakt(data: Uint8Array): Delen {
  const uit: Delen = {};
  for (const [naam, inhoud] of Object.entries(unzipSync(data))) uit[naam.replace(/\\/g, "/")] = inhoud;
  return uit;
}

/** A part's text, its name found without regard to case as in the package format. */
function tekst(delen: Delen, deel: string): string {
  const naam = deel in delen ? deel : Object.keys(delen).find((d) => d.toLowerCase() === deel.toLowerCase());
  return strFromU8(delen[naam!]!);
}

/** The target of each relationship of a part, resolved (enough for the packages in this corpus). */
function relaties(delen: Delen, deel: string): Map<string, { type: string; doel: string }> {
  const map = deel.slice(0, deel.lastIndexOf("/") + 1);
  const rels = `${map}_rels/${deel.slice(map.length)}.rels`;
  const uit = new Map<string, { type: string; doel: string }>();
  if (!delen[rels]) return uit;
  for (const m of tekst(delen, rels).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /Id\s*=\s*"([^"]*)"/.exec(m[0])![1]!;
    const target = /Target\s*=\s*"([^"]*)"/.exec(m[0])![1]!;
    const stukken = target.startsWith("/") ? [] : map.split("/").filter(Boolean);
    for (const s of target.split("/")) {
      if (s === "..") stukken.pop();
      else if (s && s !== ".") stukken.push(s);
    }
    uit.set(id, { type: /Type\s*=\s*"([^"]*)"/.exec(m[0])![1]!, doel: stukken.join("/") });
  }
  return uit;
}

function ontsnapt(tekst: string): string {
  return tekst.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );
}

/** Sheet name → worksheet part, read independently of the adapter (chart sheets and old macro sheets left out). */
function bladen(delen: Delen): Map<string, string> {
  const root = relaties(delen, "");
  const werkmap = [...root.values()].find((r) => r.type.endsWith("/officeDocument"))!.doel;
  const rels = relaties(delen, werkmap);
  const uit = new Map<string, string>();
  for (const m of tekst(delen, werkmap).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const naam = ontsnapt(/\bname\s*=\s*"([^"]*)"/.exec(m[0])![1]!);
    const rel = rels.get(/\b\w+:id\s*=\s*"([^"]*)"/.exec(m[0])![1]!);
    if (rel?.type.endsWith("/worksheet")) uit.set(naam, rel.doel);
  }
  return uit;
}

function letters(kolom: number): string {
  return kolom < 26 ? String.fromCharCode(65 + kolom) : letters(Math.floor(kolom / 26) - 1) + letters(kolom % 26);
}

function kolomVan(letters: string): number {
  return [...letters].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Every cell of a worksheet part as written: address → the <c> element. Some writers leave out a
 * row's or a cell's address; then it is the one after the previous, as Excel reads it.
 */
function cellen(xml: string): Map<string, string> {
  const uit = new Map<string, string>();
  let rij = 0;
  for (const r of xml.matchAll(/<(\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1?row>)/g)) {
    rij = Number(/\br="(\d+)"/.exec(r[2]!)?.[1] ?? rij + 1);
    let kolom = -1;
    for (const m of (r[3] ?? "").matchAll(/<(\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?c>)/g)) {
      const adres = /^<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)\d+"/.exec(m[0])?.[1];
      kolom = adres ? kolomVan(adres) : kolom + 1;
      uit.set(`${letters(kolom)}${rij}`, m[0]);
    }
  }
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

/**
 * The package checks every case shares: each part of the input is still there, those that need not
 * change (all but `veranderd`'s sheets, the workbook, its relationships, the content types and the
 * styles) are byte for byte the same, every part written anew is well-formed, the style lists only
 * grew at their end, and every original cell is written exactly as it was.
 */
function blijftHeel(voor: Delen, na: Delen, veranderd: readonly string[]): void {
  const bladenVoor = bladen(voor);
  const werkmap = [...relaties(voor, "").values()].find((r) => r.type.endsWith("/officeDocument"))!.doel;
  const stijlen = [...relaties(voor, werkmap).values()].find((r) => r.type.endsWith("/styles"))?.doel;
  // Part names compare without regard to case, as in the package format.
  const mochtVeranderen = new Set(
    [
      ...veranderd.map((b) => bladenVoor.get(b)!),
      werkmap,
      `${werkmap.slice(0, werkmap.lastIndexOf("/") + 1)}_rels/${werkmap.slice(werkmap.lastIndexOf("/") + 1)}.rels`,
      "[Content_Types].xml",
      ...(stijlen ? [stijlen] : []),
    ].map((d) => d.toLowerCase()),
  );
  for (const deel of Object.keys(voor).filter((d) => !d.endsWith("/"))) {
    expect(na[deel], `${deel} is er nog`).toBeDefined();
    if (!mochtVeranderen.has(deel.toLowerCase())) expect(na[deel], `${deel} is onveranderd`).toEqual(voor[deel]);
  }
  const geschreven = (d: string) => !voor[d] || !Buffer.from(voor[d]).equals(Buffer.from(na[d]!));
  for (const deel of Object.keys(na).filter((d) => /\.(xml|rels)$/.test(d) && geschreven(d))) {
    expect(XMLValidator.validate(tekst(na, deel).replace(/^\uFEFF/, "")), deel).toBe(true);
  }
  const stijlVoor = stijllijsten(stijlen ? tekst(voor, stijlen) : undefined);
  const stijlNa = stijllijsten(stijlen ? tekst(na, stijlen) : undefined);
  for (const [lijst, entries] of Object.entries(stijlVoor))
    expect(stijlNa[lijst]!.slice(0, entries.length), lijst).toEqual(entries);
  const bladenNa = bladen(na);
  for (const [blad, deel] of bladenVoor) {
    expect(bladenNa.get(blad), blad).toBe(deel);
    const celNa = cellen(tekst(na, deel));
    for (const [adres, cel] of cellen(tekst(voor, deel))) {
      // A cell its writer left without address may get it written out: the same cell, in the same place.
      const na = /^<(?:\w+:)?c\b[^>]*?\sr="/.test(cel)
        ? celNa.get(adres)
        : celNa.get(adres)?.replace(` r="${adres}"`, "");
      expect(na, `${blad}!${adres}`).toBe(cel);
    }
  }
}

/**
 * What Excel checks before it offers to repair a file: every part has a content type, every
 * content type names a part that exists, every relationship inside the package points to a part
 * that exists, and no two parts differ only in case. Some writers leave such faults themselves;
 * only those the file did not come with count.
 */
function pakketKlopt(voor: Delen, na: Delen): void {
  const al = new Set(gebreken(voor));
  expect(gebreken(na).filter((g) => !al.has(g))).toEqual([]);
}

function gebreken(pakket: Delen): string[] {
  const uit: string[] = [];
  const delen = Object.keys(pakket).filter((d) => !d.endsWith("/"));
  const kleine = new Set<string>();
  for (const d of delen) {
    if (kleine.has(d.toLowerCase())) uit.push(`${d} staat er twee keer in`);
    kleine.add(d.toLowerCase());
  }
  const typen = tekst(pakket, "[Content_Types].xml");
  const standaard = new Set(
    Array.from(typen.matchAll(/<(?:\w+:)?Default\b[^>]*\bExtension\s*=\s*"([^"]*)"/g), (m) => m[1]!.toLowerCase()),
  );
  const apart = new Set(
    Array.from(typen.matchAll(/<(?:\w+:)?Override\b[^>]*\bPartName\s*=\s*"([^"]*)"/g), (m) =>
      decodeURIComponent(m[1]!).replace(/^\//, "").toLowerCase(),
    ),
  );
  for (const p of apart) if (!kleine.has(p)) uit.push(`het inhoudstype van /${p} hoort bij geen onderdeel`);
  for (const d of delen.filter((d) => d !== "[Content_Types].xml" && !d.startsWith("__MACOSX/"))) {
    if (!standaard.has(d.slice(d.lastIndexOf(".") + 1).toLowerCase()) && !apart.has(d.toLowerCase()))
      uit.push(`${d} heeft geen inhoudstype`);
  }
  for (const rels of delen.filter((d) => d.endsWith(".rels"))) {
    const bron = rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
    const extern = new Set(
      Array.from(
        tekst(pakket, rels).matchAll(/<(?:\w+:)?Relationship\b[^>]*TargetMode="External"[^>]*>/g),
        (m) => /\bId\s*=\s*"([^"]*)"/.exec(m[0])?.[1],
      ),
    );
    for (const [id, rel] of relaties(pakket, bron))
      if (!extern.has(id) && !kleine.has(decodeURIComponent(rel.doel).toLowerCase()))
        uit.push(`${rels}: ${id} wijst naar ${rel.doel}, dat er niet is`);
  }
  return uit;
}

/** A group's overview as a school types it, put on a new sheet of each workbook. */
const OVERZICHT: readonly (readonly CellValue[])[] = [
  ["Naam", "Rekenen M5", "Rekenen E5", "Lezen M5", "Lezen E5"],
  ["Ada", 40, 48, 41, 49],
  ["Bram", 40, 47, 38, 44],
  ["Chris", 42, 50, 40, 50],
  ["Dewi", 30, 40, 36, 39],
  ["Fenna", 48, 60, 46, 52],
];
const PROEFBLAD = "Proef groep 5";

/** The first column right of everything on the sheet, values and formats, as the colouring picks it. */
function vrijeKolom(blad: SheetRead): number {
  let kolom = blad.breedte ?? 0;
  for (const rij of blad.cellen) kolom = Math.max(kolom, rij.length);
  return kolom;
}

/** A header and a formula per row below it, as the colouring's helper columns are. */
function hulpkolom(rijen: number): PlannedCell[][] {
  const uit: PlannedCell[][] = [[{ value: "Proef", bold: true, fill: "#E8F1E9" }]];
  for (let r = 2; r <= rijen + 1; r++) uit.push([{ formula: `IF(ISNUMBER(A${r}),1,0)`, value: 0, numberFormat: "0" }]);
  return uit;
}

async function analyseer(
  data: Uint8Array,
): Promise<{ uit: Uint8Array; namen: string[]; gekleurd: string[]; meldingen: string[] }> {
  const wb = await FileWorkbook.open(data);
  const namen = await wb.sheetNames();
  const gekleurd: string[] = [];
  const meldingen: string[] = [];
  for (const blad of namen) {
    const resultaat = await kleurGroep(wb, { blad, norm: "2F/1S", vervangen: true });
    if (resultaat.status === "klaar") gekleurd.push(blad);
    else meldingen.push("tekst" in resultaat ? resultaat.tekst : resultaat.vraag);
  }
  for (const r of await maakSchooloverzichten(wb, { norm: "2F/1S" })) meldingen.push(r.tekst);
  return { uit: await wb.toBuffer(), namen, gekleurd, meldingen };
}

describe("workbooks other programs wrote", () => {
  for (const [naam, geval] of Object.entries(CORPUS)) {
    describe(naam, () => {
      it("are analysed, or refused in Dutch, without an error", async () => {
        const invoer = new Uint8Array(readFileSync(geval.bestand));
        expect(herkenBestand(invoer, geval.bestand)).toEqual({ werkmap: true });
        const { namen, gekleurd, meldingen } = await analyseer(invoer);
        // Every worksheet is seen, also where the writer spelled the package oddly.
        expect(namen).toEqual([...bladen(uitgepakt(invoer)).keys()]);
        expect(gekleurd).toEqual(geval.gekleurd);
        for (const m of meldingen) expect(m).not.toMatch(/\b(undefined|null|Error|Cannot|of undefined)\b/);
      });

      it("come back with every part, the parts not needed unchanged byte for byte, and every cell and style as it was", async () => {
        const invoer = new Uint8Array(readFileSync(geval.bestand));
        const { uit, gekleurd } = await analyseer(invoer);
        const voor = uitgepakt(invoer);
        const na = uitgepakt(uit);
        blijftHeel(voor, na, gekleurd);
        // What the colouring added is there: its rules, marked as ours, beside the user's own.
        const bladenVoor = bladen(voor);
        for (const blad of gekleurd)
          expect(tekst(na, bladenVoor.get(blad)!)).toContain(REGEL_MERK.replace(/"/g, "&quot;"));
      });

      it("take a helper column and a rule on every sheet, a coloured overview and the school sheets, and stay one sound package", async () => {
        const invoer = new Uint8Array(readFileSync(geval.bestand));
        const wb = await FileWorkbook.open(invoer);
        const namen = await wb.sheetNames();
        const { sheets } = await wb.read({ sheets: namen });
        const hulp = new Map<string, { kolom: number; rijen: number }>();
        const changes: Change[] = [];
        for (const blad of sheets) {
          const kolom = vrijeKolom(blad!);
          const rijen = Math.min(Math.max(blad!.cellen.length, 1), 20);
          hulp.set(blad!.naam, { kolom, rijen });
          changes.push(
            { kind: "cells", sheet: blad!.naam, row: 0, col: kolom, cells: hulpkolom(rijen) },
            {
              kind: "addRule",
              sheet: blad!.naam,
              ranges: [{ rij: 1, kolom, rijen, kolommen: 1 }],
              formula: `AND(${REGEL_MERK},${letters(kolom)}2=1)`,
              fill: "#C6EFCE",
              fontColor: "#006100",
            },
            { kind: "columnWidth", sheet: blad!.naam, col: kolom, width: 14 },
          );
        }
        changes.push(
          { kind: "addSheet", sheet: PROEFBLAD },
          {
            kind: "cells",
            sheet: PROEFBLAD,
            row: 0,
            col: 0,
            cells: OVERZICHT.map((rij) => rij.map((value) => ({ value }))),
          },
        );
        await wb.apply(changes);
        expect((await kleurGroep(wb, { blad: PROEFBLAD, norm: "2F/1S", vervangen: true })).status).toBe("klaar");
        const school = await maakSchooloverzichten(wb, { norm: "2F/1S" });
        expect(school.map((r) => r.tekst)).toContain("Blad Dwarsdoorsnede gemaakt.");
        const uit = await wb.toBuffer();

        const voor = uitgepakt(invoer);
        const na = uitgepakt(uit);
        blijftHeel(voor, na, namen);
        pakketKlopt(voor, na);
        // Read back by the adapter: every sheet, the helper cells and the rules where they were put.
        const terug = await FileWorkbook.open(uit);
        const namenNa = await terug.sheetNames();
        expect(namenNa.slice(0, namen.length)).toEqual(namen);
        expect(namenNa).toContain(PROEFBLAD);
        expect(namenNa).toContain("Dwarsdoorsnede");
        const gelezen = (await terug.read({ sheets: namen })).sheets;
        for (const blad of gelezen) {
          const { kolom, rijen } = hulp.get(blad!.naam)!;
          expect(blad!.cellen[0]![kolom], blad!.naam).toBe("Proef");
          expect(blad!.cellen[rijen]![kolom], blad!.naam).toBe(0);
          expect(terug.rulesOf(blad!.naam, REGEL_MERK), blad!.naam).toHaveLength(1);
        }
      });
    });
  }
});

describe("workbooks no program outside Excel can read", () => {
  for (const [naam, geval] of Object.entries(WEIGERINGEN)) {
    it(`${naam}: are refused with a Dutch reason that says what to do`, async () => {
      const invoer = new Uint8Array(readFileSync(geval.bestand));
      const soort = herkenBestand(invoer, geval.bestand);
      const fout = await FileWorkbook.open(invoer).then(
        () => undefined,
        (f: unknown) => f,
      );
      // The reader never opens it either; where the check lets it through, its reason is shown as it is.
      expect(fout).toBeInstanceOf(Error);
      if (soort.werkmap) expect(fout).toBeInstanceOf(Gebruikersfout);
      expect(soort.werkmap ? (fout as Error).message : soort.reden).toMatch(geval.reden);
    });
  }
});
