/**
 * The workbook port in Excel, through Office.js. A read is one round trip for all sheets asked for
 * plus the settings; applying changes costs one round trip to find the add-in's old rules and one
 * to write, whatever the number of pupils. Writes are split only when a batch would pass Excel on
 * the web's 5 MB request limit.
 */
import { bereikAdres, kolomLetters } from "../../core/adres";
import { MAX_RIJHOOGTE } from "../../core/kaart/formulier";
import type { CellValue } from "../../core/cell";
import { errorValue } from "../../core/errors";
import {
  OnvolledigeWijziging,
  type Change,
  type ChartSpec,
  type PlannedCell,
  type ReadRequest,
  type ReadResult,
  type SheetRead,
  type WorkbookPort,
  onbekendeWijziging,
} from "../port";
import { ruimOp } from "./opruimen";
import { naarR1C1 } from "./r1c1";

/** Excel.run, or a stand-in for it in tests. */
export type Runner = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options?: Excel.RunOptions,
) => Promise<T>;

const excelRun: Runner = (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch));

export interface OfficeOpties {
  /** ExcelApi 1.20: every action of the add-in becomes one step of Excel's Ongedaan maken. */
  readonly ongedaanInEen?: boolean;
}

/**
 * A width in characters (what the file format and Excel's own dialog use) in the points Office.js
 * wants: a character of the default font (Calibri 11) is 7 pixels, Excel adds 5 pixels of margin,
 * and a pixel is 0.75 point. 16 characters are 87.75 points, not 16 × 7.
 */
export function breedteInPunten(tekens: number): number {
  return (Math.trunc(tekens * 7) + 5) * 0.75;
}

/** Room under Excel on the web's 5 MB payload limit for one request. */
export const MAX_BATCH_BYTES = 4_000_000;

/**
 * A read cell as JSON: its value and its type (`36,"Double",`, `"Leerling 12","String",`),
 * generously; with the room left under the limit, longer texts are covered too.
 */
const BYTES_PER_CEL = 32;

/**
 * The windows from A1 whose values the first round trip of a read asks for, per sheet in request
 * order: together never more cells than fit under the limit, however many sheets are read. The
 * first sheet asked for is the one the action is about: it gets half the room (all of it when it
 * is the only one). The tall window holds a group of 3,000 pupils and more in up to 16 columns, the
 * wide one a group in up to 64 columns; a sheet that fits neither is read in blocks afterwards.
 */
export function leesVensters(bladen: number, index: number): { rijen: number; kolommen: number }[] {
  const alles = Math.floor(MAX_BATCH_BYTES / BYTES_PER_CEL);
  const cellen = bladen <= 1 ? alles : index === 0 ? alles / 2 : alles / 2 / (bladen - 1);
  const venster = (deel: number, kolommen: number) => ({
    rijen: Math.max(1, Math.floor((cellen * deel) / kolommen)),
    kolommen,
  });
  return [venster(0.8, 16), venster(0.2, 64)];
}

function fromExcel(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { cellError: errorValue(String(value)) };
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

/**
 * Text as Excel must keep it. Excel reads `range.formulas` (and `values`) as if typed: a pupil named
 * `=HYPERLINK(…)` or `+31…` would become a formula, `05-03-2026` a date, `1/2` a fraction. A leading
 * apostrophe makes Excel keep the rest as text, exactly, and is not part of the cell's value.
 */
export function alsTekst(tekst: string): string {
  return tekst === "" ? "" : `'${tekst}`;
}

/** What one cell gets in `range.formulas`: only a planned formula is a formula, text stays text. */
export function cellInput(cell: PlannedCell | undefined): unknown {
  if (!cell) return null; // null leaves an Excel cell as it is
  if (cell.formula) return cell.formula;
  // Copied from the run's first formula after the write (a fill-down cell is always in a run).
  if (cell.fillDown) return null;
  const v = cell.value;
  if (typeof v === "string") return alsTekst(v);
  return v === null || v === undefined || typeof v === "object" ? "" : v;
}

/** A run of cells down one column that hold the same formula in R1C1 terms: written once, copied down. */
interface Reeks {
  readonly rij: number;
  readonly kolom: number;
  readonly rijen: number;
}

/**
 * Runs of two or more formula cells down a column that compute the same from their own row (the
 * same R1C1 formula, or filled down). Such a run is sent as its first formula plus one copy, so a
 * helper column of 3,000 pupils costs one formula.
 */
function reeksen(cells: readonly (readonly (PlannedCell | undefined)[])[]): Reeks[] {
  const uit: Reeks[] = [];
  const breedte = cells.reduce((m, r) => Math.max(m, r.length), 0);
  for (let k = 0; k < breedte; k++) {
    let begin = -1;
    let vorige = "";
    const sluit = (tot: number) => {
      if (begin >= 0 && tot - begin >= 2) uit.push({ rij: begin, kolom: k, rijen: tot - begin });
    };
    for (let r = 0; r <= cells.length; r++) {
      const cel = cells[r]?.[k];
      if (cel?.fillDown) {
        if (vorige === "")
          throw new Error(`Cel ${r + 1}:${k + 1} vult een formule omlaag maar heeft er geen boven zich`);
        continue;
      }
      const r1c1 = cel?.formula && !opgemaakt(cel) ? naarR1C1(cel.formula, r, k) : "";
      if (r1c1 === "" || r1c1 !== vorige) {
        sluit(r);
        begin = r1c1 === "" ? -1 : r;
      }
      vorige = r1c1;
    }
  }
  return uit;
}

function opgemaakt(c: PlannedCell): boolean {
  return Boolean(c.fill || c.bold || c.italic || c.fontColor || c.wrap || c.border);
}

/** What range.formulas gets: the first cell of each run, null (left as it is) for the rest until copied. */
function formuleRaster(change: Extract<Change, { kind: "cells" }>, runs: readonly Reeks[], vullen = true): unknown[][] {
  const cols = change.cells.reduce((m, r) => Math.max(m, r.length), 0);
  const raster = change.cells.map((r) =>
    vullen ? Array.from({ length: cols }, (_, c) => cellInput(r[c])) : r.map(cellInput),
  );
  for (const run of runs) for (let r = run.rij + 1; r < run.rij + run.rijen; r++) raster[r]![run.kolom] = null;
  return raster;
}

function estimateBytes(change: Change): number {
  // Rows as planned, not padded: the padding is nulls, which cost Excel next to nothing.
  return change.kind === "cells"
    ? JSON.stringify(formuleRaster(change, reeksen(change.cells), false)).length + 200
    : 300;
}

export class OfficeWorkbook implements WorkbookPort {
  /** Settings that wait for the next action's write, so remembering them is no undo step of its own. */
  private readonly wachtend: Change[] = [];
  /** Conditional formats found by the last read (regelsVan), by sheet: removed by id, no extra round trip. */
  private readonly gevondenRegels = new Map<string, { readonly id: string; readonly formula: string }[]>();

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

  /** The sheet the user has in front of them: the taskpane's actions work on it. */
  async actiefBlad(): Promise<string> {
    return this.run(async (context) => {
      const blad = context.workbook.worksheets.getActiveWorksheet();
      blad.load("name");
      await context.sync();
      return blad.name;
    });
  }

  /**
   * One round trip for all sheets asked for. That round trip asks for no more cells than fit under
   * Excel on the web's limit of about 5 MB an answer: each sheet's values only within two windows
   * from A1 (tall and narrow, short and wide), with the size of its used range. A sheet that reaches
   * past both is read after that in blocks of rows sized by its cell count. Should Excel still say
   * the answer is too large, the same read again in parts: first the sizes, then the blocks.
   */
  async read(request: ReadRequest): Promise<ReadResult> {
    try {
      return await this.run((context) => this.lees(context, request, false));
    } catch (fout) {
      const code = (fout as { code?: unknown } | null)?.code;
      if (code !== "ResponsePayloadSizeLimitExceeded" && code !== "RequestPayloadSizeLimitExceeded") throw fout;
      return this.run((context) => this.lees(context, request, true));
    }
  }

  private async lees(context: Excel.RequestContext, request: ReadRequest, inDelen: boolean): Promise<ReadResult> {
    const wanted = request.sheets.map((naam, index) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(naam);
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      // With formats: borders drawn over empty cells count too (SheetRead.breedte).
      const opgemaakt = sheet.getUsedRangeOrNullObject(false);
      opgemaakt.load("columnIndex,columnCount");
      const vensters = (inDelen ? [] : leesVensters(request.sheets.length, index)).map(({ rijen, kolommen }) => {
        const venster = sheet.getRangeByIndexes(0, 0, rijen, kolommen).getUsedRangeOrNullObject(true);
        venster.load("values,valueTypes,rowIndex,columnIndex,rowCount,columnCount");
        return venster;
      });
      return { sheet, used, opgemaakt, vensters };
    });
    const regels = (request.regelsVan ?? []).map((naam) => {
      const formats = context.workbook.worksheets.getItemOrNullObject(naam).getRange().conditionalFormats;
      formats.load("items/id,items/type,items/customOrNullObject/rule/formula");
      return { naam, formats };
    });
    const settings = context.workbook.settings;
    settings.load("items/key,items/value");
    await context.sync();
    this.gevondenRegels.clear();
    for (const { naam, formats } of regels) {
      const gevonden: { id: string; formula: string }[] = [];
      for (const format of formats.isNullObject ? [] : formats.items) {
        const custom = format.customOrNullObject;
        if (!custom.isNullObject) gevonden.push({ id: format.id, formula: custom.rule.formula });
      }
      this.gevondenRegels.set(naam.toLowerCase(), gevonden);
    }
    // A window holds the whole sheet when its used part is the sheet's used range.
    const binnen = wanted.map(({ sheet, used, vensters }) =>
      sheet.isNullObject || used.isNullObject
        ? undefined
        : vensters.find(
            (v) =>
              !v.isNullObject &&
              v.rowIndex === used.rowIndex &&
              v.columnIndex === used.columnIndex &&
              v.rowCount === used.rowCount &&
              v.columnCount === used.columnCount,
          ),
    );
    const delen = await this.leesInBlokken(
      context,
      wanted.map((w, i) => ({ ...w, inVenster: binnen[i] !== undefined })),
    );
    const sheets = wanted.map(({ sheet, used, opgemaakt }, i): SheetRead | undefined => {
      if (sheet.isNullObject) return undefined;
      const breedte =
        opgemaakt.isNullObject || typeof opgemaakt.columnCount !== "number"
          ? {}
          : { breedte: opgemaakt.columnIndex + opgemaakt.columnCount };
      if (used.isNullObject) return { naam: sheet.name, cellen: [], ...breedte };
      const venster = binnen[i];
      const { values, valueTypes } = venster
        ? { values: venster.values, valueTypes: venster.valueTypes as string[][] }
        : delen[i]!;
      return { naam: sheet.name, cellen: toGrid(values, valueTypes, used.rowIndex, used.columnIndex), ...breedte };
    });
    const values: Record<string, string> = {};
    for (const item of settings.items) if (typeof item.value === "string") values[item.key] = item.value;
    return { sheets, settings: values };
  }

  /**
   * The used ranges that no window held, in blocks of rows, as many blocks per round trip as fit
   * under the limit. No round trip when every sheet was in a window.
   */
  private async leesInBlokken(
    context: Excel.RequestContext,
    wanted: readonly { sheet: Excel.Worksheet; used: Excel.Range; inVenster: boolean }[],
  ): Promise<{ values: unknown[][]; valueTypes: string[][] }[]> {
    const uit = wanted.map(() => ({ values: [] as unknown[][], valueTypes: [] as string[][] }));
    let wachtend: { i: number; blok: Excel.Range }[] = [];
    let bytes = 0;
    const haal = async () => {
      await context.sync();
      for (const { i, blok } of wachtend) {
        for (const rij of blok.values) uit[i]!.values.push(rij);
        for (const rij of blok.valueTypes) uit[i]!.valueTypes.push(rij as string[]);
      }
      wachtend = [];
      bytes = 0;
    };
    for (const [i, { sheet, used, inVenster }] of wanted.entries()) {
      if (inVenster || sheet.isNullObject || used.isNullObject) continue;
      const rijen = Math.max(1, Math.floor(MAX_BATCH_BYTES / (used.columnCount * BYTES_PER_CEL)));
      for (let r = 0; r < used.rowCount; r += rijen) {
        const aantal = Math.min(rijen, used.rowCount - r);
        if (bytes > 0 && bytes + aantal * used.columnCount * BYTES_PER_CEL > MAX_BATCH_BYTES) await haal();
        const blok = sheet.getRangeByIndexes(used.rowIndex + r, used.columnIndex, aantal, used.columnCount);
        blok.load("values,valueTypes");
        wachtend.push({ i, blok });
        bytes += aantal * used.columnCount * BYTES_PER_CEL;
      }
    }
    if (wachtend.length > 0) await haal();
    return uit;
  }

  async apply(wijzigingen: readonly Change[]): Promise<void> {
    const changes = [...this.wachtend.splice(0), ...wijzigingen];
    // Deleting a sheet is one of the few things Excel cannot undo: such an action is asked for
    // first (eigen-blad.ts) and runs without an undo group, which Excel would refuse.
    const samen = this.opties.ongedaanInEen === true && !changes.some((c) => c.kind === "removeSheet");
    try {
      await this.schrijf(changes, samen).catch(async (fout: unknown) => {
        // Not every call can join an undo group (Excel says UndoNotSupported): then the action is
        // written without one, after taking back whatever the grouped try left.
        if (!samen || (fout as { code?: unknown } | null)?.code !== "UndoNotSupported") throw fout;
        await ruimOp(this.run, changes);
        await this.schrijf(changes, false);
      });
    } catch (fout) {
      // Remembered settings wait for the next try.
      this.wachtend.unshift(...changes.filter((c) => c.kind === "setting" && !wijzigingen.includes(c)));
      // In cell-edit mode Excel refuses the whole request: nothing was written, nothing to take back.
      if ((fout as { code?: unknown } | null)?.code === "InvalidOperationInCellEditMode") throw fout;
      const opgeruimd = await ruimOp(this.run, changes).then(
        () => true,
        () => false,
      );
      throw new OnvolledigeWijziging(fout, opgeruimd);
    }
  }

  private async schrijf(changes: readonly Change[], samen: boolean): Promise<void> {
    await this.run(
      async (context) => {
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
        // The result is seen: a sheet the action made comes to the front.
        const nieuw = changes.find(
          (c): c is Extract<Change, { kind: "addSheet" }> => c.kind === "addSheet" && !c.achtergrond,
        );
        if (nieuw) context.workbook.worksheets.getItem(nieuw.sheet).activate();
        await context.sync();
      },
      samen ? { mergeUndoGroup: true } : undefined,
    );
  }

  /**
   * Removes the add-in's earlier rules by their marker. Rules the read before found (regelsVan) are
   * deleted by id in the write itself; other sheets' rules cost one round trip to look up.
   */
  private async removeOwnRules(context: Excel.RequestContext, changes: readonly Change[]): Promise<void> {
    const removals = changes.filter((c): c is Extract<Change, { kind: "removeRules" }> => c.kind === "removeRules");
    const gevonden = new Map(this.gevondenRegels);
    this.gevondenRegels.clear();
    const opzoeken = removals.filter((r) => !gevonden.has(r.sheet.toLowerCase()));
    for (const r of removals.filter((x) => gevonden.has(x.sheet.toLowerCase()))) {
      const formats = context.workbook.worksheets.getItem(r.sheet).getRange().conditionalFormats;
      for (const regel of gevonden.get(r.sheet.toLowerCase())!)
        if (regel.formula.includes(r.marker)) formats.getItem(regel.id).delete();
    }
    if (opzoeken.length === 0) return;
    const collections = opzoeken.map((r) => {
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
        const runs = reeksen(change.cells);
        range.formulas = formuleRaster(change, runs) as never;
        for (const run of runs) {
          range
            .getCell(run.rij + 1, run.kolom)
            .getResizedRange(run.rijen - 2, 0)
            .copyFrom(range.getCell(run.rij, run.kolom), "Formulas" as Excel.RangeCopyType);
        }
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
        // One rule over all areas (RangeAreas, ExcelApi 1.9) instead of one per column.
        const areas = change.ranges.map((b) => bereikAdres(b)).join(",");
        const format = sheetOf(change.sheet)
          .getRanges(areas)
          .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        format.custom.rule.formula = `=${change.formula}`;
        format.custom.format.fill.color = change.fill;
        format.custom.format.font.color = change.fontColor;
        return;
      }
      case "removeRules":
        return; // done before the writes, in removeOwnRules
      case "columnWidth": {
        const column = sheetOf(change.sheet).getRangeByIndexes(0, change.col, 1, 1).getEntireColumn();
        // The sheet's standard width back, as the port promises (and the file adapter does), not a fit to the text.
        if (change.width === undefined) column.format.useStandardWidth = true;
        else column.format.columnWidth = breedteInPunten(change.width);
        return;
      }
      case "pageSetup": {
        const layout = sheetOf(change.sheet).pageLayout;
        layout.paperSize = "A4" as Excel.PaperType;
        layout.orientation = (change.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
        layout.zoom = { horizontalFitToPages: change.pagesWide ?? 1, verticalFitToPages: 0 };
        // A table spread over pages wide gets Excel's narrow side margins (in points), so it prints as large as it can.
        if ((change.pagesWide ?? 1) > 1) {
          layout.leftMargin = 18;
          layout.rightMargin = 18;
        }
        if (change.titleRows) layout.setPrintTitleRows(`$1:$${change.titleRows}`);
        if (change.titleColumns) layout.setPrintTitleColumns(`$A:$${kolomLetters(change.titleColumns - 1)}`);
        // A literal & is doubled: the header's own code for it.
        if (change.header !== undefined)
          layout.headersFooters.defaultForAllPages.centerHeader = change.header.replace(/&/g, "&&");
        return;
      }
      case "rowHeight":
        sheetOf(change.sheet).getRangeByIndexes(change.row, 0, 1, 1).format.rowHeight = Math.min(
          MAX_RIJHOOGTE,
          change.height,
        );
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
        table.getHeaderRowRange().values = [change.headers.map(alsTekst)];
        return;
      }
      case "freeze":
        sheetOf(change.sheet).freezePanes.freezeAt(
          sheetOf(change.sheet).getRangeByIndexes(0, 0, change.rows, change.cols),
        );
        return;
      case "chart":
        this.queueChart(sheetOf(change.sheet), change.chart);
        return;
      case "setting":
        if (change.value === undefined) context.workbook.settings.getItemOrNullObject(change.key).delete();
        else context.workbook.settings.add(change.key, change.value);
        return;
      default:
        onbekendeWijziging(change);
    }
  }

  private queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
    const [first, ...rest] = spec.series;
    if (!first) return;
    // Excel makes one series per column ("Columns") or per row ("Rows") of the source: a series whose
    // values lie in a row (a pupil's aspects in a radar chart) must be read by rows, or every aspect
    // becomes a series of one point.
    const perRij = first.values.rijen === 1 && first.values.kolommen > 1;
    const chart = sheet.charts.add(
      CHART_TYPES[spec.type] as Excel.ChartType,
      sheet.getRange(bereikAdres(first.values)),
      (perRij ? "Rows" : "Columns") as Excel.ChartSeriesBy,
    );
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
