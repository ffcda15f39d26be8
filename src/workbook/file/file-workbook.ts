/**
 * The workbook port over an .xlsx file, through ExcelJS. It works on a copy in memory and writes a
 * new file: the user's own file is never written. What ExcelJS cannot carry over (charts, pivot
 * tables, macros) is listed in `lostParts`, so the user is told instead of losing it silently.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { bereikAdres, type Bereik } from "../../core/adres";
import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import type { Change, ChartSpec, PlannedCell, ReadRequest, ReadResult, SheetRead, WorkbookPort } from "../port";
import { argb, CellStyles, GEEN_OPMAAK } from "./cell-styles";
import { injectCharts } from "./chart-parts";
import { readGrid, usedWidth } from "./exceljs-values";

/** Where file-mode settings live: a very hidden sheet, since ExcelJS writes no custom properties. */
export const SETTINGS_SHEET = "LVS-instellingen";

const LOST_PARTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^xl\/charts\/chart\d+\.xml$/, "grafieken"],
  [/^xl\/pivotTables\/.+\.xml$/, "draaitabellen"],
  [/^xl\/vbaProject\.bin$/, "macro's"],
  [/^xl\/slicers\/.+\.xml$/, "slicers"],
  [/^xl\/timelines\/.+\.xml$/, "tijdlijnen"],
  [/^xl\/externalLinks\/.+\.xml$/, "koppelingen naar andere bestanden"],
];

/** ExcelJS keeps a sheet's conditional formats in this property but leaves it out of its typings. */
interface WithConditionalFormats {
  conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
}

function conditionalFormats(sheet: ExcelJS.Worksheet): WithConditionalFormats {
  return sheet as unknown as WithConditionalFormats;
}

/** Every cell of a range, row by row. */
function* cellsIn(sheet: ExcelJS.Worksheet, { rij, kolom, rijen, kolommen }: Bereik): Generator<ExcelJS.Cell> {
  for (let r = rij; r < rij + rijen; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = kolom; c < kolom + kolommen; c++) yield row.getCell(c + 1);
  }
}

function toExcelJs(value: CellValue): ExcelJS.CellValue {
  if (value === undefined) return null;
  if (isCellError(value)) return { error: value.cellError } as ExcelJS.CellErrorValue;
  return value;
}

export class FileWorkbook implements WorkbookPort {
  private readonly charts: { sheet: string; chart: ChartSpec }[] = [];
  /**
   * Sheets as last read, until a change touches them: actions one after another (the demo, a
   * school's overviews and then its cards) read a large export once. Callers never change a grid.
   */
  private readonly grids = new Map<string, { cellen: CellValue[][]; breedte: number }>();
  private readonly styles = new CellStyles();

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    /** Parts of the original that the new file will not hold, in words for the user. */
    readonly lostParts: readonly string[],
  ) {}

  static async open(data: ArrayBuffer | Uint8Array): Promise<FileWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as ArrayBuffer);
    const zip = await JSZip.loadAsync(data);
    const counts = new Map<string, number>();
    for (const name of Object.keys(zip.files)) {
      const found = LOST_PARTS.find(([pattern]) => pattern.test(name));
      if (found) counts.set(found[1], (counts.get(found[1]) ?? 0) + 1);
    }
    return new FileWorkbook(workbook, [...counts].map(([part, n]) => `${part} (${n})`));
  }

  static create(): FileWorkbook {
    return new FileWorkbook(new ExcelJS.Workbook(), []);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((s) => s.name).filter((n) => n !== SETTINGS_SHEET);
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    const sheets = request.sheets.map((naam): SheetRead | undefined => {
      const sheet = this.findSheet(naam);
      if (!sheet) return undefined;
      const key = sheet.name.toLowerCase();
      let gelezen = this.grids.get(key);
      if (!gelezen) {
        gelezen = { cellen: readGrid(sheet), breedte: usedWidth(sheet) };
        this.grids.set(key, gelezen);
      }
      return { naam: sheet.name, ...gelezen };
    });
    return { sheets, settings: this.readSettings() };
  }

  async apply(changes: readonly Change[]): Promise<void> {
    for (const change of changes) {
      if ("sheet" in change) this.grids.delete(change.sheet.toLowerCase());
      this.applyOne(change);
    }
  }

  /** The conditional formats on a sheet whose formula contains `marker`, to show their effect outside Excel. */
  rulesOf(naam: string, marker: string): { ref: string; formula: string }[] {
    const sheet = this.findSheet(naam);
    if (!sheet) return [];
    return conditionalFormats(sheet).conditionalFormattings.flatMap((cf) =>
      cf.rules.flatMap((rule) =>
        ((rule as { formulae?: unknown[] }).formulae ?? []).map(String).filter((f) => f.includes(marker)).map((formula) => ({ ref: cf.ref, formula })),
      ),
    );
  }

  /**
   * The new file, with charts added as DrawingML parts ExcelJS cannot write itself. ExcelJS writes
   * the parts uncompressed and they are compressed once (zip-pack): quicker than ExcelJS's own.
   */
  async toBuffer(): Promise<Uint8Array> {
    const buffer = new Uint8Array(await this.workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions));
    const order = this.workbook.worksheets.map((s) => s.name);
    return injectCharts(buffer, this.charts.map((c) => ({ ...c, sheetIndex: order.indexOf(c.sheet) })));
  }

  /** Sheet names match case-insensitively, as in Excel. */
  private findSheet(naam: string): ExcelJS.Worksheet | undefined {
    const key = naam.toLowerCase();
    return this.workbook.worksheets.find((s) => s.name.toLowerCase() === key);
  }

  private sheet(naam: string): ExcelJS.Worksheet {
    const sheet = this.findSheet(naam);
    if (!sheet) throw new Error(`Blad ${naam} bestaat niet`);
    return sheet;
  }

  private readSettings(): Record<string, string> {
    const sheet = this.findSheet(SETTINGS_SHEET);
    const settings: Record<string, string> = {};
    sheet?.eachRow((row) => {
      const key = row.getCell(1).value;
      const value = row.getCell(2).value;
      if (typeof key === "string" && typeof value === "string") settings[key] = value;
    });
    return settings;
  }

  private writeSetting(key: string, value: string | undefined): void {
    const settings = { ...this.readSettings() };
    if (value === undefined) delete settings[key];
    else settings[key] = value;
    const existing = this.findSheet(SETTINGS_SHEET);
    if (existing) this.workbook.removeWorksheet(existing.id);
    if (Object.keys(settings).length === 0) return;
    const sheet = this.workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const [k, v] of Object.entries(settings)) sheet.addRow([k, v]);
  }

  private applyOne(change: Change): void {
    switch (change.kind) {
      case "addSheet":
        this.workbook.addWorksheet(change.sheet);
        return;
      case "removeSheet": {
        const sheet = this.findSheet(change.sheet);
        if (sheet) this.workbook.removeWorksheet(sheet.id);
        const index = this.charts.findIndex((c) => c.sheet === change.sheet);
        if (index >= 0) this.charts.splice(index, this.charts.filter((c) => c.sheet === change.sheet).length);
        return;
      }
      case "cells": {
        const sheet = this.sheet(change.sheet);
        // Row by row: worksheet.getCell parses an address string for every cell, row.getCell does not.
        change.cells.forEach((row, r) => {
          const excelRow = sheet.getRow(change.row + r + 1);
          row.forEach((planned, c) => {
            if (planned) this.writeCell(excelRow.getCell(change.col + c + 1), planned);
          });
        });
        return;
      }
      case "clear":
        for (const cell of cellsIn(this.sheet(change.sheet), change.range)) {
          cell.value = null;
          cell.style = GEEN_OPMAAK as ExcelJS.Style;
        }
        return;
      case "merge":
        this.sheet(change.sheet).mergeCells(bereikAdres(change.range));
        return;
      case "addRule": {
        const sheet = this.sheet(change.sheet);
        const priority = conditionalFormats(sheet).conditionalFormattings.reduce((n, cf) => n + cf.rules.length, 0) + 1;
        sheet.addConditionalFormatting({
          ref: change.ranges.map((b) => bereikAdres(b)).join(" "),
          rules: [
            {
              type: "expression",
              priority,
              formulae: [change.formula],
              style: {
                fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(change.fill) } },
                font: { color: { argb: argb(change.fontColor) } },
              },
            },
          ],
        });
        return;
      }
      case "removeRules": {
        const sheet = this.findSheet(change.sheet);
        if (!sheet) return;
        const formats = conditionalFormats(sheet);
        formats.conditionalFormattings = formats.conditionalFormattings
          .map((cf) => ({
            ...cf,
            rules: cf.rules.filter(
              (rule) => !("formulae" in rule && (rule.formulae as unknown[] | undefined)?.some((f) => String(f).includes(change.marker))),
            ),
          }))
          .filter((cf) => cf.rules.length > 0);
        return;
      }
      case "columnWidth":
        this.sheet(change.sheet).getColumn(change.col + 1).width = change.width as number;
        return;
      case "pageSetup":
        this.sheet(change.sheet).pageSetup = {
          ...this.sheet(change.sheet).pageSetup,
          paperSize: 9, // A4
          orientation: change.landscape ? "landscape" : "portrait",
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          ...(change.titleRows ? { printTitlesRow: `1:${change.titleRows}` } : {}),
        };
        return;
      case "rowHeight":
        this.sheet(change.sheet).getRow(change.row + 1).height = change.height;
        return;
      case "validation":
        for (const cell of cellsIn(this.sheet(change.sheet), change.range)) {
          cell.dataValidation = { type: "list", allowBlank: true, showErrorMessage: false, formulae: [`"${change.choices.join(",")}"`] };
        }
        return;
      case "table": {
        const { rij, kolom, rijen } = change.range;
        const sheet = this.sheet(change.sheet);
        // ExcelJS writes the rows it is given: keep what the cells already hold.
        const rows = Array.from({ length: rijen - 1 }, (_, r) =>
          change.headers.map((_, c) => sheet.getCell(rij + r + 2, kolom + c + 1).value ?? null),
        );
        sheet.addTable({
          name: change.name,
          ref: sheet.getCell(rij + 1, kolom + 1).address,
          headerRow: true,
          style: { theme: "TableStyleLight1", showRowStripes: false },
          columns: change.headers.map((name) => ({ name, filterButton: false })),
          rows,
        });
        return;
      }
      case "freeze":
        this.sheet(change.sheet).views = [{ state: "frozen", xSplit: change.cols, ySplit: change.rows }];
        return;
      case "chart":
        this.charts.push({ sheet: this.sheet(change.sheet).name, chart: change.chart });
        return;
      case "setting":
        this.writeSetting(change.key, change.value);
        return;
    }
  }

  private writeCell(cell: ExcelJS.Cell, planned: PlannedCell): void {
    // A file opened where the add-in is not installed cannot run LVS functions: write their value.
    const portable = planned.formula !== undefined && !/\bLVS\./i.test(planned.formula);
    cell.value = portable
      ? ({ formula: planned.formula!.replace(/^=/, ""), result: toExcelJs(planned.value) } as ExcelJS.CellFormulaValue)
      : toExcelJs(planned.value);
    cell.style = this.styles.voor(cell.style, planned) as ExcelJS.Style;
  }
}
