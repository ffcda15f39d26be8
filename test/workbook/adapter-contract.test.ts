/**
 * One contract for both adapters of the workbook port: the same changes, applied through the
 * Office.js adapter (on the project's Excel mock) and through the file adapter, leave the same
 * workbook behind. What the Office adapter asked of Excel is read from the mock; the file the file
 * adapter wrote is read back with ExcelJS (a second reader) and, for what ExcelJS does not read,
 * from its XML. Each case takes one kind of change; every kind has a case (checked below).
 */
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { kolomLetters } from "../../src/core/adres";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { breedteInPunten, OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { naarR1C1 } from "../../src/workbook/office/r1c1";
import type { Change } from "../../src/workbook/port";
import { excelMock, type ExcelMock } from "./office/excel-mock";

type Kind = Change["kind"];
type Beginblad = Record<string, (string | number)[][]>;

interface Geval {
  readonly kind: Kind;
  readonly naam: string;
  /** The user's sheets before the changes (values from A1). */
  readonly bladen: Beginblad;
  /** Batches, applied one after the other. */
  readonly batches: readonly (readonly Change[])[];
}

const B = (rij: number, kolom: number, rijen = 1, kolommen = 1) => ({ rij, kolom, rijen, kolommen });
const GROEP: Beginblad = {
  "Groep 5": [
    ["Naam", "Rekenen M5", "Rekenen E5"],
    ["Ada", 36, 44],
    ["Bram", 40, 41],
    ["Cas", 38, 47],
  ],
};

const GEVALLEN: readonly Geval[] = [
  {
    kind: "addSheet",
    naam: "adds a sheet after the user's",
    bladen: GROEP,
    batches: [[{ kind: "addSheet", sheet: "Overzicht" }]],
  },
  {
    kind: "removeSheet",
    naam: "removes a sheet it added earlier",
    bladen: GROEP,
    batches: [
      [
        { kind: "addSheet", sheet: "Oud" },
        { kind: "addSheet", sheet: "Nieuw" },
      ],
      [{ kind: "removeSheet", sheet: "Oud" }],
    ],
  },
  {
    kind: "cells",
    naam: "writes text as text, numbers, a formula filled down a column, number formats and cell formats",
    bladen: GROEP,
    batches: [
      [
        {
          kind: "cells",
          sheet: "Groep 5",
          row: 0,
          col: 3,
          cells: [
            [
              { value: "Groei", bold: true, fill: "#E8F1E9", border: true },
              { value: '=HYPERLINK("x")', italic: true },
            ],
            [
              { formula: "=C2-B2", value: 8, numberFormat: "0.0" },
              { value: "05-03-2026", wrap: true },
            ],
            [
              { fillDown: true, value: 1, numberFormat: "0.0" },
              { value: 12.5, fontColor: "#C00000" },
            ],
            [
              { fillDown: true, value: 9, numberFormat: "0.0" },
              { formula: "=SUM($B$2:$B$4)", value: 114 },
            ],
          ],
        },
      ],
    ],
  },
  {
    kind: "clear",
    naam: "empties a range, values and formats",
    bladen: GROEP,
    batches: [[{ kind: "clear", sheet: "Groep 5", range: B(1, 1, 2, 2) }]],
  },
  {
    kind: "merge",
    naam: "merges cells on a sheet it made",
    bladen: GROEP,
    batches: [
      [
        { kind: "addSheet", sheet: "Kaart" },
        { kind: "cells", sheet: "Kaart", row: 0, col: 0, cells: [[{ value: "Titel" }]] },
        { kind: "merge", sheet: "Kaart", range: B(0, 0, 1, 4) },
      ],
    ],
  },
  {
    kind: "addRule",
    naam: "adds one conditional format over several areas",
    bladen: GROEP,
    batches: [
      [
        {
          kind: "addRule",
          sheet: "Groep 5",
          ranges: [B(1, 1, 3, 1), B(1, 2, 3, 1)],
          formula: 'AND(N("LVS Analyse")=0,B2<38)',
          fill: "#F4CCCC",
          fontColor: "#660000",
        },
      ],
    ],
  },
  {
    kind: "removeRules",
    naam: "removes its own conditional formats by their marker and keeps others",
    bladen: GROEP,
    batches: [
      [
        {
          kind: "addRule",
          sheet: "Groep 5",
          ranges: [B(1, 1, 3, 1)],
          formula: 'AND(N("LVS Analyse")=0,B2<38)',
          fill: "#F4CCCC",
          fontColor: "#660000",
        },
        {
          kind: "addRule",
          sheet: "Groep 5",
          ranges: [B(1, 2, 3, 1)],
          formula: "C2>45",
          fill: "#D9EAD3",
          fontColor: "#274E13",
        },
      ],
      [{ kind: "removeRules", sheet: "Groep 5", marker: 'N("LVS Analyse")' }],
    ],
  },
  {
    kind: "columnWidth",
    naam: "sets a column's width in characters, and gives another its standard width back",
    bladen: GROEP,
    batches: [
      [
        { kind: "columnWidth", sheet: "Groep 5", col: 0, width: 24 },
        { kind: "columnWidth", sheet: "Groep 5", col: 4, width: 16 },
      ],
      [{ kind: "columnWidth", sheet: "Groep 5", col: 4, width: undefined }],
    ],
  },
  {
    kind: "pageSetup",
    naam: "sets A4, landscape, pages wide, repeated title rows and columns, and a page header",
    bladen: GROEP,
    batches: [
      [
        { kind: "addSheet", sheet: "Kaart" },
        { kind: "cells", sheet: "Kaart", row: 0, col: 0, cells: [[{ value: "Titel" }], [{ value: "Kop" }]] },
        {
          kind: "pageSetup",
          sheet: "Kaart",
          landscape: true,
          titleRows: 2,
          titleColumns: 1,
          pagesWide: 2,
          header: "Groep 5 & 6",
        },
      ],
    ],
  },
  {
    kind: "rowHeight",
    naam: "sets row heights, never above Excel's 409 points",
    bladen: GROEP,
    batches: [
      [
        { kind: "rowHeight", sheet: "Groep 5", row: 1, height: 30 },
        { kind: "rowHeight", sheet: "Groep 5", row: 2, height: 2000 },
      ],
    ],
  },
  {
    kind: "validation",
    naam: "adds a dropdown that still takes other input",
    bladen: GROEP,
    batches: [
      [{ kind: "validation", sheet: "Groep 5", range: B(1, 4, 3, 1), choices: ["gepland", "bezig", "afgerond"] }],
    ],
  },
  {
    kind: "table",
    naam: "makes an Excel table with its headers",
    bladen: GROEP,
    batches: [
      [
        { kind: "addSheet", sheet: "Acties" },
        { kind: "table", sheet: "Acties", range: B(0, 0, 3, 2), name: "Acties_1", headers: ["Actie", "Wie"] },
      ],
    ],
  },
  {
    kind: "freeze",
    naam: "freezes the top rows and left columns",
    bladen: GROEP,
    batches: [[{ kind: "freeze", sheet: "Groep 5", rows: 1, cols: 1 }]],
  },
  {
    kind: "chart",
    naam: "adds a native chart with its series",
    bladen: GROEP,
    batches: [
      [
        { kind: "addSheet", sheet: "Grafiek" },
        {
          kind: "cells",
          sheet: "Grafiek",
          row: 0,
          col: 0,
          cells: [
            [{ value: "Moment" }, { value: "Ada" }, { value: "Bram" }],
            [{ value: "M5" }, { value: 36 }, { value: 40 }],
            [{ value: "E5" }, { value: 44 }, { value: 41 }],
          ],
        },
        {
          kind: "chart",
          sheet: "Grafiek",
          chart: {
            type: "line",
            title: "Rekenen",
            categories: B(1, 0, 2, 1),
            series: [
              { name: "Ada", values: B(1, 1, 2, 1) },
              { name: "Bram", values: B(1, 2, 2, 1) },
            ],
            anchor: B(4, 0, 15, 8),
          },
        },
      ],
    ],
  },
  {
    kind: "setting",
    naam: "remembers settings in the workbook and forgets one again",
    bladen: GROEP,
    batches: [
      [
        { kind: "setting", key: "lvs.stap", value: "1.1" },
        { kind: "setting", key: "lvs.weg", value: "x" },
      ],
      [{ kind: "setting", key: "lvs.weg", value: undefined }],
    ],
  },
];

/** What both adapters must agree on, in plain values. */
interface Beeld {
  bladen: string[];
  /** "Blad!A1" → the value, or the formula in R1C1 (the same in every row it was copied to). */
  cellen: Record<string, unknown>;
  opmaak: Record<string, Record<string, unknown>>;
  samengevoegd: string[];
  regels: { blad: string; bereik: string; formule: string; vulling: string; tekst: string }[];
  /** Width in points, of columns that have one of their own. */
  breedtes: Record<string, number>;
  hoogtes: Record<string, number>;
  keuzelijsten: { blad: string; bereik: string; keuzes: string; foutmelding: boolean }[];
  tabellen: { blad: string; bereik: string; naam: string; koppen: string[] }[];
  bevroren: Record<string, { rijen: number; kolommen: number }>;
  afdruk: Record<
    string,
    { a4: boolean; liggend: boolean; paginasBreed: number; titelrijen?: string; titelkolommen?: string; kop?: string }
  >;
  grafieken: { blad: string; soort: string; titel: string; reeksen: number }[];
  instellingen: Record<string, string>;
}

const leegBeeld = (): Beeld => ({
  bladen: [],
  cellen: {},
  opmaak: {},
  samengevoegd: [],
  regels: [],
  breedtes: {},
  hoogtes: {},
  keuzelijsten: [],
  tabellen: [],
  bevroren: {},
  afdruk: {},
  grafieken: [],
  instellingen: {},
});

/** "A1:B3" or "A1" → its cells as [row, col] (0-based). */
function cellenVan(adres: string): [number, number][] {
  const [van, tot = van] = adres.split(":");
  const plek = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""))!;
    return [Number(m[2]) - 1, [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1] as const;
  };
  const [r0, c0] = plek(van!);
  const [r1, c1] = plek(tot!);
  const uit: [number, number][] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) uit.push([r, c]);
  return uit;
}

const a1 = (r: number, c: number) => `${kolomLetters(c)}${r + 1}`;
const kleur = (argb: string | undefined) => (argb ? `#${argb.slice(-6).toUpperCase()}` : "");
const bereiken = (lijst: string) => lijst.split(/[ ,]+/).filter(Boolean).sort().join(" ");

function beginCellen(beeld: Beeld, bladen: Beginblad): void {
  for (const [blad, rijen] of Object.entries(bladen))
    rijen.forEach((rij, r) => rij.forEach((v, c) => (beeld.cellen[`${blad}!${a1(r, c)}`] = v)));
}

/** The workbook as the Office adapter left it in the mock. */
function officeBeeld(excel: ExcelMock, bladen: Beginblad): Beeld {
  const rec = excel.recorded;
  const beeld = leegBeeld();
  const weg = new Set(rec.deletedSheets.map((n) => n.toLowerCase()));
  beeld.bladen = [...Object.keys(bladen), ...rec.addedSheets].filter((n) => !weg.has(n.toLowerCase()));
  beginCellen(beeld, bladen);
  for (const w of rec.formulas)
    w.values.forEach((rij, i) =>
      rij.forEach((v, j) => {
        const [r, c] = [w.row + i, w.col + j];
        const sleutel = `${w.sheet}!${a1(r, c)}`;
        if (v === null) return;
        if (v === "") delete beeld.cellen[sleutel];
        else if (typeof v === "string" && v.startsWith("'")) beeld.cellen[sleutel] = v.slice(1);
        else if (typeof v === "string" && v.startsWith("=")) beeld.cellen[sleutel] = naarR1C1(v, r, c);
        else beeld.cellen[sleutel] = v;
      }),
    );
  for (const kopie of rec.copies) {
    const [[r0, c0]] = cellenVan(kopie.from) as [[number, number]];
    const bron = beeld.cellen[`${kopie.sheet}!${a1(r0, c0)}`];
    for (const [r, c] of cellenVan(kopie.address)) beeld.cellen[`${kopie.sheet}!${a1(r, c)}`] = bron;
  }
  for (const n of rec.numberFormats)
    n.values.forEach((rij, i) =>
      rij.forEach((v, j) => {
        if (typeof v === "string") (beeld.opmaak[`${n.sheet}!${a1(n.row + i, n.col + j)}`] ??= {}).notatie = v;
      }),
    );
  for (const [sleutel, o] of Object.entries(rec.formats)) {
    const cel = (beeld.opmaak[sleutel] ??= {});
    if (o.fill) cel.vulling = o.fill.toUpperCase();
    if (o.bold) cel.vet = true;
    if (o.italic) cel.cursief = true;
    if (o.fontColor) cel.tekstkleur = o.fontColor.toUpperCase();
    if (o.wrap) cel.terugloop = true;
    if (o.borders) cel.rand = Object.keys(o.borders).length === 4;
  }
  for (const c of rec.cleared)
    for (const [r, k] of cellenVan(c.address)) {
      delete beeld.cellen[`${c.sheet}!${a1(r, k)}`];
      delete beeld.opmaak[`${c.sheet}!${a1(r, k)}`];
    }
  beeld.samengevoegd = rec.merges.map((m) => `${m.sheet}!${m.address}`);
  const verwijderd = new Set(rec.deletedRules);
  beeld.regels = rec.rules
    .filter((r) => !verwijderd.has(r.formula ?? ""))
    .map((r) => ({
      blad: r.sheet,
      bereik: bereiken(r.address),
      formule: (r.formula ?? "").replace(/^=/, ""),
      vulling: (r.fill ?? "").toUpperCase(),
      tekst: (r.font ?? "").toUpperCase(),
    }));
  // A column given its standard width back shows no width of its own.
  for (const w of rec.widths)
    if (w.width === undefined) delete beeld.breedtes[`${w.sheet}!${kolomLetters(w.col)}`];
    else beeld.breedtes[`${w.sheet}!${kolomLetters(w.col)}`] = w.width;
  for (const h of rec.rowHeights) beeld.hoogtes[`${h.sheet}!${h.row + 1}`] = h.height;
  beeld.keuzelijsten = rec.validations.map((v) => {
    const regel = v.rule as { list: { source: string } };
    return {
      blad: v.sheet,
      bereik: v.address,
      keuzes: regel.list.source,
      foutmelding: (v.errorAlert as { showAlert: boolean }).showAlert,
    };
  });
  // The table writes its own header row into the cells.
  for (const t of rec.tables) {
    const [[r, c]] = cellenVan(t.address) as [[number, number]];
    (t.headers?.[0] ?? []).forEach(
      (k, j) => (beeld.cellen[`${t.sheet}!${a1(r, c + j)}`] = String(k).replace(/^'/, "")),
    );
  }
  beeld.tabellen = rec.tables.map((t) => ({
    blad: t.sheet,
    bereik: t.address,
    naam: t.name ?? "",
    koppen: (t.headers?.[0] ?? []).map((k) => String(k).replace(/^'/, "")),
  }));
  for (const f of rec.frozen) {
    const [r, c] = cellenVan(f.address).at(-1)!;
    beeld.bevroren[f.sheet] = { rijen: r + 1, kolommen: c + 1 };
  }
  for (const [blad, layout] of Object.entries(rec.pageLayouts)) {
    if (!layout.orientation) continue;
    const zoom = layout.zoom as { horizontalFitToPages?: number } | undefined;
    const titels = rec.printTitles.find((t) => t.sheet === blad && t.rows)?.rows;
    const kolommen = rec.printTitles.find((t) => t.sheet === blad && t.columns)?.columns;
    const kop = rec.headers.find((h) => h.sheet === blad)?.text;
    beeld.afdruk[blad] = {
      a4: layout.paperSize === "A4",
      liggend: layout.orientation === "Landscape",
      paginasBreed: zoom?.horizontalFitToPages ?? 0,
      ...(titels ? { titelrijen: titels.replace(/\$/g, "") } : {}),
      ...(kolommen ? { titelkolommen: kolommen.replace(/\$/g, "") } : {}),
      ...(kop !== undefined ? { kop } : {}),
    };
  }
  const SOORT: Record<string, string> = {
    LineMarkers: "line",
    XYScatter: "scatter",
    ColumnStacked: "barStacked",
    RadarMarkers: "radar",
  };
  beeld.grafieken = rec.charts.map((g) => ({
    blad: g.sheet,
    soort: SOORT[g.type] ?? g.type,
    titel: g.title ?? "",
    reeksen: g.series,
  }));
  beeld.instellingen = { ...rec.settings };
  return beeld;
}

/** The workbook in the file the file adapter wrote, read back. */
async function bestandBeeld(wb: FileWorkbook): Promise<Beeld> {
  const beeld = leegBeeld();
  const data = await wb.toBuffer();
  const delen = unzipSync(data);
  const xml = (deel: string) => (delen[deel] ? strFromU8(delen[deel]) : "");
  beeld.bladen = await wb.sheetNames();
  beeld.instellingen = (await wb.read({ sheets: [] })).settings;

  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(data as never);
  for (const blad of beeld.bladen) {
    const ws = excel.getWorksheet(blad)!;
    ws.eachRow({ includeEmpty: false }, (row, rijNr) => {
      if (row.height && row.height !== ws.properties.defaultRowHeight) beeld.hoogtes[`${blad}!${rijNr}`] = row.height;
      row.eachCell({ includeEmpty: false }, (cel, kolomNr) => {
        const [r, c] = [rijNr - 1, kolomNr - 1];
        const sleutel = `${blad}!${a1(r, c)}`;
        // ExcelJS shows a merged area's value in each of its cells; Excel keeps it in the first.
        const v = (cel.isMerged && cel.master !== cel ? null : cel.value) as unknown;
        // A shared formula's later cells name its first; ExcelJS gives each its own formula.
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v))
          beeld.cellen[sleutel] = naarR1C1(`=${cel.formula}`, r, c);
        else if (v && typeof v === "object" && "richText" in v)
          beeld.cellen[sleutel] = (v as { richText: { text: string }[] }).richText.map((t) => t.text).join("");
        else if (v !== null && v !== undefined && v !== "") beeld.cellen[sleutel] = v;
        const o: Record<string, unknown> = {};
        if (cel.numFmt && cel.numFmt !== "General") o.notatie = cel.numFmt;
        const vulling = (cel.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
        if (vulling) o.vulling = kleur(vulling);
        if (cel.font?.bold) o.vet = true;
        if (cel.font?.italic) o.cursief = true;
        if (cel.font?.color?.argb && kleur(cel.font.color.argb) !== "#000000")
          o.tekstkleur = kleur(cel.font.color.argb);
        if (cel.alignment?.wrapText) o.terugloop = true;
        if (cel.border?.top && cel.border.bottom && cel.border.left && cel.border.right) o.rand = true;
        if (Object.keys(o).length > 0) beeld.opmaak[sleutel] = o;
      });
    });
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) beeld.samengevoegd.push(`${blad}!${m}`);
    const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
    if (view?.state === "frozen") beeld.bevroren[blad] = { rijen: view.ySplit ?? 0, kolommen: view.xSplit ?? 0 };
    const ps = ws.pageSetup;
    if (ps.orientation && ps.fitToWidth !== undefined && xml(deelVan(delen, blad)).includes("<pageSetup"))
      beeld.afdruk[blad] = {
        a4: ps.paperSize === 9,
        liggend: ps.orientation === "landscape",
        paginasBreed: ps.fitToWidth,
        ...(ps.printTitlesRow ? { titelrijen: ps.printTitlesRow } : {}),
        ...(ps.printTitlesColumn ? { titelkolommen: ps.printTitlesColumn } : {}),
        // The centre section of the header: after Excel's &C code.
        ...(ws.headerFooter?.oddHeader ? { kop: ws.headerFooter.oddHeader.replace(/^&C/, "") } : {}),
      };
  }

  // What ExcelJS does not read (or not exactly): columns, rules, dropdowns, tables and charts, from the XML.
  const dxfs = Array.from(xml("xl/styles.xml").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g), (m) => m[1]!);
  for (const blad of beeld.bladen) {
    const deel = deelVan(delen, blad);
    const sheet = xml(deel);
    for (const col of sheet.matchAll(/<col\b[^>]*>/g)) {
      const min = Number(/min="(\d+)"/.exec(col[0])![1]);
      const breedte = Number(/width="([\d.]+)"/.exec(col[0])?.[1]);
      if (/customWidth="1"/.test(col[0])) beeld.breedtes[`${blad}!${kolomLetters(min - 1)}`] = breedteInPunten(breedte);
    }
    for (const cf of sheet.matchAll(/<conditionalFormatting sqref="([^"]+)">([\s\S]*?)<\/conditionalFormatting>/g)) {
      for (const regel of cf[2]!.matchAll(/<cfRule\b[^>]*dxfId="(\d+)"[^>]*>\s*<formula>([\s\S]*?)<\/formula>/g)) {
        const dxf = dxfs[Number(regel[1])] ?? "";
        beeld.regels.push({
          blad,
          bereik: bereiken(cf[1]!),
          formule: ontsnap(regel[2]!),
          vulling: kleur(/<fill>[\s\S]*?Color rgb="([0-9A-F]+)"/i.exec(dxf)?.[1]),
          tekst: kleur(/<font>[\s\S]*?<color rgb="([0-9A-F]+)"/i.exec(dxf)?.[1]),
        });
      }
    }
    for (const dv of sheet.matchAll(/<dataValidation\b([^>]*)>\s*<formula1>([\s\S]*?)<\/formula1>/g))
      beeld.keuzelijsten.push({
        blad,
        bereik: /sqref="([^"]+)"/.exec(dv[1]!)![1]!,
        keuzes: ontsnap(dv[2]!).replace(/^"|"$/g, ""),
        foutmelding: !/showErrorMessage="0"/.test(dv[1]!),
      });
    const rels = xml(deel.replace(/worksheets\/([^/]+)$/, "worksheets/_rels/$1.rels"));
    for (const rel of rels.matchAll(/<Relationship\b[^>]*Target="([^"]+)"[^>]*>/g)) {
      const doel = `xl/${rel[1]!.replace(/^\.\.\//, "")}`;
      const tabel = xml(doel);
      if (/\/table"/.test(rel[0]))
        beeld.tabellen.push({
          blad,
          bereik: /ref="([^"]+)"/.exec(tabel)![1]!,
          naam: /displayName="([^"]+)"/.exec(tabel)![1]!,
          koppen: Array.from(tabel.matchAll(/<tableColumn\b[^>]*name="([^"]+)"/g), (m) => ontsnap(m[1]!)),
        });
      if (/\/drawing"/.test(rel[0])) {
        const tekening = xml(doel);
        const tekeningRels = xml(doel.replace(/drawings\/([^/]+)$/, "drawings/_rels/$1.rels"));
        for (const chart of tekeningRels.matchAll(/Target="([^"]+)"/g)) {
          const c = xml(`xl/${chart[1]!.replace(/^\.\.\//, "")}`);
          const soort = /<c:(line|scatter|bar|radar)Chart>/.exec(c)?.[1] ?? "";
          beeld.grafieken.push({
            blad,
            soort: soort === "bar" && /grouping val="stacked"/.test(c) ? "barStacked" : soort,
            titel: Array.from(
              /<c:title>[\s\S]*?<\/c:title>/.exec(c)?.[0].matchAll(/<a:t>([^<]*)<\/a:t>/g) ?? [],
              (m) => m[1],
            ).join(""),
            reeksen: (c.match(/<c:ser>/g) ?? []).length,
          });
        }
        expect(tekening).toContain("graphicFrame");
      }
    }
  }
  return beeld;
}

function deelVan(delen: Record<string, Uint8Array>, blad: string): string {
  const werkmap = strFromU8(delen["xl/workbook.xml"]!);
  const tag = Array.from(werkmap.matchAll(/<sheet\b[^>]*>/g), (m) => m[0]).find((t) =>
    t.includes(`name="${blad.replace(/&/g, "&amp;")}"`),
  )!;
  const rId = /r:id="([^"]+)"/.exec(tag)![1];
  const rels = strFromU8(delen["xl/_rels/workbook.xml.rels"]!);
  const rel = Array.from(rels.matchAll(/<Relationship\b[^>]*>/g), (m) => m[0]).find((r) => r.includes(`Id="${rId}"`))!;
  return `xl/${/Target="([^"]+)"/.exec(rel)![1]!.replace(/^\/?xl\//, "")}`;
}

const ontsnap = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

async function inBestand(bladen: Beginblad): Promise<FileWorkbook> {
  const wb = FileWorkbook.create();
  const changes: Change[] = [];
  for (const [blad, rijen] of Object.entries(bladen))
    changes.push(
      { kind: "addSheet", sheet: blad },
      { kind: "cells", sheet: blad, row: 0, col: 0, cells: rijen.map((r) => r.map((value) => ({ value }))) },
    );
  // The user's workbook, as a file of its own: what the adapter adds comes on top of it.
  await wb.apply(changes);
  return FileWorkbook.open(await wb.toBuffer());
}

describe("the workbook port's contract, the same for the Office adapter and the file adapter", () => {
  it("has a case for every kind of change", () => {
    const soorten: Record<Kind, true> = {
      addSheet: true,
      removeSheet: true,
      cells: true,
      clear: true,
      merge: true,
      addRule: true,
      removeRules: true,
      columnWidth: true,
      pageSetup: true,
      rowHeight: true,
      validation: true,
      table: true,
      freeze: true,
      chart: true,
      setting: true,
    };
    expect(new Set(GEVALLEN.map((g) => g.kind))).toEqual(new Set(Object.keys(soorten)));
  });

  for (const geval of GEVALLEN) {
    it(`${geval.kind}: ${geval.naam}`, async () => {
      const excel = excelMock(geval.bladen);
      const office = new OfficeWorkbook(excel.run);
      const bestand = await inBestand(geval.bladen);
      for (const batch of geval.batches) {
        await office.apply(batch);
        await bestand.apply(batch);
      }
      const verwacht = officeBeeld(excel, geval.bladen);
      const gekregen = await bestandBeeld(bestand);
      expect(gekregen).toEqual(verwacht);
      // And the case shows something: a change that leaves no trace in either would pass unseen.
      expect(verwacht).not.toEqual(officeBeeld(excelMock(geval.bladen), geval.bladen));
    });
  }
});
