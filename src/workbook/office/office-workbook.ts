/**
 * The workbook port in Excel, through Office.js. A read is one round trip for all sheets asked for
 * plus the settings; applying changes costs one round trip to find the add-in's old rules and one
 * to write, whatever the number of pupils. Writes are split only when a batch would pass Excel on
 * the web's 5 MB request limit.
 */
import { bereikAdres } from "../../core/adres";
import type { CellValue } from "../../core/cell";
import type { ErrorValue } from "../../core/errors";
import type { Change, ChartSpec, PlannedCell, ReadRequest, ReadResult, SheetRead, WorkbookPort } from "../port";

/** Excel.run, or a stand-in for it in tests. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions) => Promise<T>;

const excelRun: Runner = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

export interface OfficeOpties {
  /** ExcelApi 1.20: every action of the add-in becomes one step of Excel's Ongedaan maken. */
  readonly ongedaanInEen?: boolean;
}

/** Room under Excel on the web's 5 MB payload limit for one request. */
export const MAX_BATCH_BYTES = 4_000_000;

const ERRORS = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"]);

function fromExcel(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { cellError: (ERRORS.has(String(value)) ? String(value) : "#VALUE!") as ErrorValue };
  if (value === "" || value === null || value === undefined) return null;
  return value as CellValue;
}

function toGrid(values: unknown[][], types: string[][], rowIndex: number, columnIndex: number): CellValue[][] {
  const grid: CellValue[][] = Array.from({ length: rowIndex }, () => []);
  values.forEach((row, r) => {
    const line: CellValue[] = Array.from({ length: columnIndex }, () => null);
    row.forEach((v, c) => line.push(fromExcel(v, types[r]?.[c])));
    grid.push(line);
  });
  return grid;
}

const CHART_TYPES: Record<ChartSpec["type"], string> = {
  line: "LineMarkers",
  scatter: "XYScatter",
  barStacked: "ColumnStacked",
  radar: "RadarMarkers",
};

function cellInput(cell: PlannedCell | undefined): unknown {
  if (!cell) return null; // null leaves an Excel cell as it is
  if (cell.formula) return cell.formula;
  const v = cell.value;
  return v === null || v === undefined || typeof v === "object" ? "" : v;
}

function estimateBytes(change: Change): number {
  return change.kind === "cells" ? JSON.stringify(change.cells.map((r) => r.map(cellInput))).length + 200 : 300;
}

export class OfficeWorkbook implements WorkbookPort {
  /** Settings that wait for the next action's write, so remembering them is no undo step of its own. */
  private readonly wachtend: Change[] = [];

  constructor(
    private readonly run: Runner = excelRun,
    private readonly opties: OfficeOpties = {},
  ) {}

  /**
   * Remembers a setting (the step of the stappenplan) with the next change the user asks for. Written
   * on its own it would be an invisible entry in Excel's undo list on every click of Volgende.
   */
  bijVolgendeWijziging(change: Extract<Change, { kind: "setting" }>): void {
    const eerder = this.wachtend.findIndex((c) => c.kind === "setting" && c.key === change.key);
    if (eerder >= 0) this.wachtend.splice(eerder, 1);
    this.wachtend.push(change);
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    return this.run(async (context) => {
      const wanted = request.sheets.map((naam) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(naam);
        sheet.load("name");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("values,valueTypes,rowIndex,columnIndex");
        // With formats: borders drawn over empty cells count too (SheetRead.breedte).
        const opgemaakt = sheet.getUsedRangeOrNullObject(false);
        opgemaakt.load("columnIndex,columnCount");
        return { sheet, used, opgemaakt };
      });
      const settings = context.workbook.settings;
      settings.load("items/key,items/value");
      await context.sync();
      const sheets = wanted.map(({ sheet, used, opgemaakt }): SheetRead | undefined => {
        if (sheet.isNullObject) return undefined;
        const breedte = opgemaakt.isNullObject || typeof opgemaakt.columnCount !== "number" ? {} : { breedte: opgemaakt.columnIndex + opgemaakt.columnCount };
        if (used.isNullObject) return { naam: sheet.name, cellen: [], ...breedte };
        return { naam: sheet.name, cellen: toGrid(used.values, used.valueTypes as string[][], used.rowIndex, used.columnIndex), ...breedte };
      });
      const values: Record<string, string> = {};
      for (const item of settings.items) if (typeof item.value === "string") values[item.key] = item.value;
      return { sheets, settings: values };
    });
  }

  async apply(wijzigingen: readonly Change[]): Promise<void> {
    const changes = [...this.wachtend.splice(0), ...wijzigingen];
    // Deleting a sheet is one of the few things Excel cannot undo: such an action is asked for
    // first (eigen-blad.ts) and runs without an undo group, which Excel would refuse.
    const samen = this.opties.ongedaanInEen === true && !changes.some((c) => c.kind === "removeSheet");
    await this.run(async (context) => {
      await this.removeOwnRules(context, changes);
      let bytes = 0;
      for (const change of changes) {
        const size = estimateBytes(change);
        if (bytes > 0 && bytes + size > MAX_BATCH_BYTES) {
          await context.sync();
          bytes = 0;
        }
        this.queue(context, change);
        bytes += size;
      }
      await context.sync();
    }, samen ? { mergeUndoGroup: true } : undefined);
  }

  /** Finds the add-in's earlier rules by their marker: one round trip for all sheets involved. */
  private async removeOwnRules(context: Excel.RequestContext, changes: readonly Change[]): Promise<void> {
    const removals = changes.filter((c): c is Extract<Change, { kind: "removeRules" }> => c.kind === "removeRules");
    if (removals.length === 0) return;
    const collections = removals.map((r) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(r.sheet);
      const formats = sheet.getRange().conditionalFormats;
      formats.load("items/id,items/type,items/customOrNullObject/rule/formula");
      return { formats, marker: r.marker };
    });
    await context.sync();
    for (const { formats, marker } of collections) {
      for (const format of formats.items) {
        const custom = format.customOrNullObject;
        if (!custom.isNullObject && custom.rule.formula.includes(marker)) format.delete();
      }
    }
  }

  private queue(context: Excel.RequestContext, change: Change): void {
    const sheetOf = (naam: string) => context.workbook.worksheets.getItem(naam);
    switch (change.kind) {
      case "addSheet":
        context.workbook.worksheets.add(change.sheet);
        return;
      case "removeSheet":
        context.workbook.worksheets.getItemOrNullObject(change.sheet).delete();
        return;
      case "cells": {
        const rows = change.cells.length;
        // A reduce, not a spread: a long sheet's rows are too many arguments for one call.
        const cols = change.cells.reduce((n, r) => Math.max(n, r.length), 0);
        const range = sheetOf(change.sheet).getRangeByIndexes(change.row, change.col, rows, cols);
        const grid = change.cells.map((r) => Array.from({ length: cols }, (_, c) => r[c]));
        range.formulas = grid.map((r) => r.map(cellInput)) as never;
        if (grid.some((r) => r.some((c) => c?.numberFormat))) {
          range.numberFormat = grid.map((r) => r.map((c) => c?.numberFormat ?? null)) as never;
        }
        // Fills and fonts are rare (headers, legend): only those cells get their own request.
        grid.forEach((r, i) =>
          r.forEach((c, j) => {
            if (!c || !(c.fill || c.bold || c.italic || c.fontColor || c.wrap || c.border)) return;
            const cell = range.getCell(i, j);
            if (c.fill) cell.format.fill.color = c.fill;
            if (c.bold) cell.format.font.bold = true;
            if (c.italic) cell.format.font.italic = true;
            if (c.fontColor) cell.format.font.color = c.fontColor;
            if (c.wrap) {
              cell.format.wrapText = true;
              cell.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
            }
            if (c.border) {
              for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
                const border = cell.format.borders.getItem(edge as Excel.BorderIndex);
                border.style = "Continuous" as Excel.BorderLineStyle;
                border.color = "#B0B0B0";
              }
            }
          }),
        );
        return;
      }
      case "clear":
        sheetOf(change.sheet).getRange(bereikAdres(change.range)).clear("All");
        return;
      case "merge":
        sheetOf(change.sheet).getRange(bereikAdres(change.range)).merge(false);
        return;
      case "addRule": {
        const format = sheetOf(change.sheet).getRange(bereikAdres(change.range)).conditionalFormats.add("Custom");
        format.custom.rule.formula = `=${change.formula}`;
        format.custom.format.fill.color = change.fill;
        format.custom.format.font.color = change.fontColor;
        return;
      }
      case "removeRules":
        return; // done before the writes, in removeOwnRules
      case "columnWidth": {
        const column = sheetOf(change.sheet).getRangeByIndexes(0, change.col, 1, 1).getEntireColumn();
        // Excel measures column width in points; one character of the default font is about 7.
        if (change.width === undefined) column.format.autofitColumns();
        else column.format.columnWidth = change.width * 7;
        return;
      }
      case "pageSetup": {
        const layout = sheetOf(change.sheet).pageLayout;
        layout.paperSize = "A4" as Excel.PaperType;
        layout.orientation = (change.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (change.titleRows) layout.setPrintTitleRows(`$1:$${change.titleRows}`);
        return;
      }
      case "rowHeight":
        sheetOf(change.sheet).getRangeByIndexes(change.row, 0, 1, 1).format.rowHeight = change.height;
        return;
      case "validation": {
        const validation = sheetOf(change.sheet).getRange(bereikAdres(change.range)).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source: change.choices.join(",") } };
        validation.errorAlert = { showAlert: false } as Excel.DataValidationErrorAlert;
        return;
      }
      case "table": {
        const table = sheetOf(change.sheet).tables.add(bereikAdres(change.range), true);
        table.name = change.name;
        table.showFilterButton = false;
        table.getHeaderRowRange().values = [change.headers as string[]];
        return;
      }
      case "freeze":
        sheetOf(change.sheet).freezePanes.freezeAt(sheetOf(change.sheet).getRangeByIndexes(0, 0, change.rows, change.cols));
        return;
      case "chart":
        this.queueChart(sheetOf(change.sheet), change.chart);
        return;
      case "setting":
        if (change.value === undefined) context.workbook.settings.getItemOrNullObject(change.key).delete();
        else context.workbook.settings.add(change.key, change.value);
        return;
    }
  }

  private queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
    const [first, ...rest] = spec.series;
    if (!first) return;
    const chart = sheet.charts.add(CHART_TYPES[spec.type] as Excel.ChartType, sheet.getRange(bereikAdres(first.values)), "Columns");
    chart.title.text = spec.title;
    const stijl = (serie: Excel.ChartSeries, s: ChartSpec["series"][number]) => {
      // A reference series over bars is a line (the ambitie over the stacked colours).
      if (s.referentie && spec.type === "barStacked") serie.chartType = "Line" as Excel.ChartType;
      if (s.kleur) {
        if (s.referentie || spec.type === "line") serie.format.line.color = s.kleur;
        else serie.format.fill.setSolidColor(s.kleur);
      }
      if (s.referentie) serie.format.line.lineStyle = "Dash" as Excel.ChartLineStyle;
    };
    const series = chart.series.getItemAt(0);
    series.name = first.name;
    series.setXAxisValues(sheet.getRange(bereikAdres(spec.categories)));
    stijl(series, first);
    for (const s of rest) {
      const added = chart.series.add(s.name);
      added.setValues(sheet.getRange(bereikAdres(s.values)));
      added.setXAxisValues(sheet.getRange(bereikAdres(spec.categories)));
      stijl(added, s);
    }
    if (spec.yTitle) chart.axes.valueAxis.title.text = spec.yTitle;
    if (spec.yMin !== undefined) chart.axes.valueAxis.minimum = spec.yMin;
    if (spec.yMax !== undefined) chart.axes.valueAxis.maximum = spec.yMax;
    if (spec.yFormaat) chart.axes.valueAxis.numberFormat = spec.yFormaat;
    const { rij, kolom, rijen, kolommen } = spec.anchor;
    chart.setPosition(
      sheet.getRangeByIndexes(rij, kolom, 1, 1),
      sheet.getRangeByIndexes(rij + rijen - 1, kolom + kolommen - 1, 1, 1),
    );
  }
}
