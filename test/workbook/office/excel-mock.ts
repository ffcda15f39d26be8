/**
 * A stand-in Excel for the Office.js adapter: office-addin-mock gives the used range Excel's
 * load-then-sync rule (a value read before sync is an error text), and everything the adapter
 * writes is recorded here for the tests to look at.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Runner } from "../../../src/workbook/office/office-workbook";

export interface Recorded {
  readonly formulas: { sheet: string; row: number; col: number; values: unknown[][] }[];
  readonly numberFormats: { sheet: string; row: number; col: number; values: unknown[][] }[];
  readonly rules: { sheet: string; address: string; formula?: string; fill?: string; font?: string }[];
  readonly deletedRules: string[];
  readonly cleared: { sheet: string; address: string }[];
  readonly settings: Record<string, string>;
  /** Series as Excel makes them from the source range: one per column ("Columns") or per row ("Rows"). */
  readonly charts: {
    sheet: string;
    type: string;
    title?: string;
    source: string;
    seriesBy: string;
    series: number;
    points: number;
  }[];
  readonly widths: { sheet: string; col: number; width: number | undefined }[];
  readonly addedSheets: string[];
  readonly tables: { sheet: string; address: string; name?: string; headers?: unknown[][] }[];
  readonly validations: { sheet: string; address: string; rule?: unknown; errorAlert?: unknown }[];
  readonly rowHeights: { sheet: string; row: number; height: number }[];
  readonly printTitles: { sheet: string; rows?: string; columns?: string }[];
  /** The centre header of every page, as the adapter wrote it (with Excel's codes). */
  readonly headers: { sheet: string; text: string }[];
  /** Each sheet's page layout as the adapter left it: paper, orientation, zoom, margins. */
  readonly pageLayouts: Record<string, Record<string, unknown>>;
  readonly merges: { sheet: string; address: string }[];
  /** The options of every Excel.run, in order (undefined for a plain run). */
  readonly runs: (Excel.RunOptions | undefined)[];
  readonly deletedSheets: string[];
  readonly activated: string[];
  /** Formulas copied down a run of cells (range.copyFrom): one formula sent, the rest filled by Excel. */
  readonly copies: { sheet: string; address: string; from: string; type: string }[];
  /** Cell formats set through range.format, by "Sheet!A1" (or "Sheet!A1:B2"), in the order set. */
  readonly formats: Record<string, Opmaak>;
  readonly frozen: { sheet: string; address: string }[];
}

export interface Opmaak {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  wrap?: boolean;
  verticalAlignment?: string;
  /** Edges given a line, with their style and colour. */
  borders?: Record<string, { style?: string; color?: string }>;
}

export interface ExcelMock {
  readonly run: Runner;
  readonly context: { sync: () => Promise<void> };
  readonly recorded: Recorded;
}

const typeOf = (v: unknown) => (typeof v === "string" && /^#(N\/A|VALUE!|DIV\/0!)$/.test(v) ? "Error" : "Double");

function address(row: number, col: number, rows: number, cols: number): string {
  const letters = (c: number) => {
    let s = "";
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const a = `${letters(col)}${row + 1}`;
  return rows === 1 && cols === 1 ? a : `${a}:${letters(col + cols - 1)}${row + rows}`;
}

export function excelMock(
  sheets: Record<string, unknown[][]>,
  /** `opgemaakt`: per sheet, how many columns its used range spans when formats count too. */
  /** `faalSync`: the n-th context.sync (from 1) fails with that Excel error code, as Excel does halfway. */
  options: {
    settings?: Record<string, string>;
    rules?: string[];
    opgemaakt?: Record<string, number>;
    faalSync?: { n: number | number[]; code: string };
    /** As Excel on the web: a sync whose answer holds more cell values than this fails as too large. */
    maxCellen?: number;
  } = {},
): ExcelMock {
  /** Cell values asked for since the last sync (values and valueTypes count once). */
  let gevraagd = 0;
  const telBij = (props: unknown, cellen: number) => {
    if (typeof props === "string" && /\bvalues\b/.test(props)) gevraagd += cellen;
  };
  const recorded: Recorded = {
    formulas: [],
    numberFormats: [],
    rules: [],
    deletedRules: [],
    cleared: [],
    settings: { ...options.settings },
    charts: [],
    widths: [],
    addedSheets: [],
    tables: [],
    validations: [],
    rowHeights: [],
    printTitles: [],
    headers: [],
    pageLayouts: {},
    merges: [],
    runs: [],
    deletedSheets: [],
    activated: [],
    copies: [],
    formats: {},
    frozen: [],
  };
  const existingRules = (options.rules ?? []).map((formula, i) => ({ id: `r${i}`, formula }));

  /** The conditional formats of a range or of several areas (`address` then lists them with commas). */
  const formatsOp = (sheet: string, address: string) => ({
    add: (type: string) => {
      const rule = {
        type,
        custom: {
          rule: {} as { formula?: string },
          format: { fill: {} as { color?: string }, font: {} as { color?: string } },
        },
      };
      recorded.rules.push({
        sheet,
        address,
        get formula() {
          return rule.custom.rule.formula;
        },
        get fill() {
          return rule.custom.format.fill.color;
        },
        get font() {
          return rule.custom.format.font.color;
        },
      });
      return rule;
    },
    load: () => undefined,
    get items() {
      // The rules that were there and those added since, on any sheet (the mock keeps one list).
      const added = recorded.rules.map((r, i) => ({ id: `a${i}`, formula: r.formula ?? "" }));
      return [...existingRules, ...added].map((r) => ({
        id: r.id,
        customOrNullObject: { isNullObject: false, rule: { formula: r.formula } },
        delete: () => recorded.deletedRules.push(r.formula),
      }));
    },
    getItem: (id: string) => {
      const r = existingRules.find((x) => x.id === id);
      return { delete: () => recorded.deletedRules.push(r ? r.formula : `ItemNotFound ${id}`) };
    },
  });

  const range = (sheet: string, row: number, col: number, rows: number, cols: number): Record<string, unknown> => {
    // What a range reads: the given cells of the sheet (a read in blocks of rows asks for these).
    const opmaak = () => (recorded.formats[`${sheet}!${address(row, col, rows, cols)}`] ??= {});
    const block = () =>
      (sheets[sheet] ?? []).slice(row, row + rows).map((r) => Array.from({ length: cols }, (_, j) => r[col + j] ?? ""));
    const target: Record<string, unknown> = {
      address: address(row, col, rows, cols),
      shape: [rows, cols],
      load: (props: unknown) => telBij(props, rows * cols),
      // The used part of this range: the sheet's used range (all its rows, as wide as its widest) cut to it.
      getUsedRangeOrNullObject: () => {
        const waarden = sheets[sheet] ?? [];
        const hoog = Math.min(row + rows, waarden.length) - row;
        const breed =
          Math.min(
            col + cols,
            waarden.reduce((m, r) => Math.max(m, r.length), 0),
          ) - col;
        if (hoog <= 0 || breed <= 0) return { isNullObject: true, load: () => undefined };
        const deel = range(sheet, row, col, hoog, breed);
        return Object.assign(deel, {
          isNullObject: false,
          rowIndex: row,
          columnIndex: col,
          rowCount: hoog,
          columnCount: breed,
        });
      },
      get values() {
        return block();
      },
      get valueTypes() {
        return block().map((r) => r.map(typeOf));
      },
      format: {
        fill: {
          set color(c: string) {
            opmaak().fill = c;
          },
        },
        font: {
          set bold(b: boolean) {
            opmaak().bold = b;
          },
          set italic(i: boolean) {
            opmaak().italic = i;
          },
          set color(c: string) {
            opmaak().fontColor = c;
          },
        },
        set wrapText(w: boolean) {
          opmaak().wrap = w;
        },
        set verticalAlignment(v: string) {
          opmaak().verticalAlignment = v;
        },
        set useStandardWidth(standaard: boolean) {
          if (standaard) recorded.widths.push({ sheet, col, width: undefined });
        },
        set columnWidth(points: number) {
          recorded.widths.push({ sheet, col, width: points });
        },
        set rowHeight(points: number) {
          recorded.rowHeights.push({ sheet, row, height: points });
        },
        borders: {
          getItem: (edge: string) => {
            const lijn = ((opmaak().borders ??= {})[edge] ??= {});
            return {
              set style(v: string) {
                lijn.style = v;
              },
              set color(v: string) {
                lijn.color = v;
              },
            };
          },
        },
      },
      get dataValidation() {
        const entry: Recorded["validations"][number] = { sheet, address: address(row, col, rows, cols) };
        recorded.validations.push(entry);
        return entry;
      },
      getEntireColumn: () => range(sheet, 0, col, 1_048_576, cols),
      getCell: (i: number, j: number) => range(sheet, row + i, col + j, 1, 1),
      getResizedRange: (dr: number, dc: number) => range(sheet, row, col, rows + dr, cols + dc),
      mockAdres: address(row, col, rows, cols),
      copyFrom: (bron: { mockAdres: string }, type: string) =>
        recorded.copies.push({ sheet, address: address(row, col, rows, cols), from: bron.mockAdres, type }),
      clear: () => recorded.cleared.push({ sheet, address: address(row, col, rows, cols) }),
      merge: () => recorded.merges.push({ sheet, address: address(row, col, rows, cols) }),
      conditionalFormats: formatsOp(sheet, address(row, col, rows, cols)),
    };
    Object.defineProperty(target, "formulas", {
      set: (values: unknown[][]) => recorded.formulas.push({ sheet, row, col, values }),
    });
    Object.defineProperty(target, "numberFormat", {
      set: (values: unknown[][]) => recorded.numberFormats.push({ sheet, row, col, values }),
    });
    return target;
  };

  const parse = (a: string) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a)!;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const r0 = Number(m[2]) - 1;
    const c0 = col(m[1]!);
    return [r0, c0, m[4] ? Number(m[4]) - r0 : 1, m[3] ? col(m[3]) - c0 + 1 : 1] as const;
  };

  const sheetSeeds = Object.fromEntries(
    Object.entries(sheets).map(([name, values], i) => [
      `sheet${i}`,
      {
        name,
        usedRange: {
          values,
          valueTypes: values.map((r) => r.map(typeOf)),
          rowIndex: 0,
          columnIndex: 0,
          rowCount: values.length,
          // Without formats the used range with formats is as wide as the values.
          columnCount: options.opgemaakt?.[name] ?? Math.max(0, ...values.map((r) => r.length)),
        },
      },
    ]),
  );
  const seed = { context: { workbook: { worksheets: sheetSeeds } } };
  const mock = new OfficeMockObject(seed) as unknown as {
    context: { sync: () => Promise<void>; workbook: Record<string, unknown> };
  };
  const { workbook } = mock.context;
  const worksheets = workbook.worksheets as Record<string, unknown>;
  const byName = new Map<string, Record<string, unknown>>();
  const writable = (sheet: Record<string, unknown>, name: string) => {
    sheet.getRangeByIndexes = (r: number, c: number, h: number, w: number) => range(name, r, c, h, w);
    sheet.getRange = (a?: string) => (a ? range(name, ...parse(a)) : range(name, 0, 0, 1_048_576, 16_384));
    sheet.getRanges = (a: string) => ({ conditionalFormats: formatsOp(name, a) });
    sheet.charts = {
      add: (type: string, source: { address: string; shape: [number, number] }, seriesBy = "Auto") => {
        const serie = () => ({
          setValues: () => undefined,
          setXAxisValues: () => undefined,
          format: { line: {}, fill: { setSolidColor: () => undefined } },
        });
        const [rows, cols] = source.shape;
        // "Auto" follows Excel: series along the longer side.
        const perRij = seriesBy === "Rows" || (seriesBy === "Auto" && cols > rows);
        const entry = {
          sheet: name,
          type,
          source: source.address,
          seriesBy,
          series: perRij ? rows : cols,
          points: perRij ? cols : rows,
          title: undefined as string | undefined,
        };
        const chart = {
          title: {
            set text(t: string) {
              entry.title = t;
            },
          },
          series: { getItemAt: serie, add: () => (entry.series++, serie()) },
          axes: { valueAxis: { title: {} } },
          setPosition: () => undefined,
        };
        recorded.charts.push(entry);
        return chart;
      },
    };
    sheet.freezePanes = {
      freezeAt: (r: { address: string }) => recorded.frozen.push({ sheet: name, address: r.address }),
    };
    sheet.delete = () => recorded.deletedSheets.push(name);
    sheet.activate = () => recorded.activated.push(name);
    sheet.pageLayout = recorded.pageLayouts[name] = {
      setPrintTitleRows: (rows: string) => recorded.printTitles.push({ sheet: name, rows }),
      setPrintTitleColumns: (columns: string) => recorded.printTitles.push({ sheet: name, columns }),
      headersFooters: {
        defaultForAllPages: {
          set centerHeader(text: string) {
            recorded.headers.push({ sheet: name, text });
          },
        },
      },
    };
    sheet.tables = {
      add: (a: string) => {
        const entry: Recorded["tables"][number] = { sheet: name, address: a };
        recorded.tables.push(entry);
        return {
          set name(n: string) {
            entry.name = n;
          },
          getHeaderRowRange: () => ({
            set values(v: unknown[][]) {
              entry.headers = v;
            },
          }),
        };
      },
    };
    return sheet;
  };
  // A sheet the add-in added reads back as empty: the mock keeps what was written only in `recorded`.
  const plainSheet = (name: string) =>
    writable(
      {
        name,
        isNullObject: false,
        load: () => undefined,
        getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
      },
      name,
    );
  Object.entries(sheets).forEach(([name], i) => {
    const sheet = worksheets[`sheet${i}`] as Record<string, unknown>;
    sheet.isNullObject = false;
    const used = sheet.usedRange as Record<string, unknown>;
    used.isNullObject = false;
    const laad = (used.load as (p: unknown) => unknown).bind(used);
    used.load = (props: unknown) => {
      const rijen = sheets[name]!;
      telBij(props, rijen.length * rijen.reduce((m, r) => Math.max(m, r.length), 0));
      return laad(props);
    };
    sheet.getUsedRangeOrNullObject = function () {
      return this.usedRange;
    };
    writable(sheet, name);
    byName.set(name.toLowerCase(), sheet);
  });
  // What is asked of a sheet that does not exist is a null object too, as Office.js chains them.
  const nullRange = () => ({
    isNullObject: true,
    load: () => undefined,
    getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
  });
  const nullSheet = {
    isNullObject: true,
    name: "",
    load: () => undefined,
    getUsedRangeOrNullObject: () => ({ isNullObject: true, load: () => undefined }),
    getRangeByIndexes: nullRange,
  };
  worksheets.getItemOrNullObject = (name: string) => byName.get(name.toLowerCase()) ?? nullSheet;
  worksheets.getItem = (name: string) => byName.get(name.toLowerCase());
  // The sheet in front is the first one, as when a workbook has just been opened.
  worksheets.getActiveWorksheet = () => byName.values().next().value ?? nullSheet;
  worksheets.add = (name: string) => {
    const sheet = plainSheet(name);
    byName.set(name.toLowerCase(), sheet);
    recorded.addedSheets.push(name);
    return sheet;
  };
  worksheets.load = () => undefined;
  Object.defineProperty(worksheets, "items", {
    get: () => [...Object.keys(sheets), ...recorded.addedSheets].map((name) => ({ name })),
  });
  workbook.settings = {
    load: () => undefined,
    get items() {
      return Object.entries(recorded.settings).map(([key, value]) => ({ key, value }));
    },
    add: (key: string, value: string) => {
      recorded.settings[key] = value;
    },
    getItemOrNullObject: (key: string) => ({ delete: () => delete recorded.settings[key] }),
  };
  const context = mock.context;
  if (options.maxCellen !== undefined) {
    const max = options.maxCellen;
    const sync = context.sync.bind(context);
    context.sync = () => {
      const te = gevraagd > max;
      gevraagd = 0;
      return te
        ? Promise.reject(
            Object.assign(new Error("ResponsePayloadSizeLimitExceeded"), { code: "ResponsePayloadSizeLimitExceeded" }),
          )
        : sync();
    };
  }
  if (options.faalSync) {
    const { n, code } = options.faalSync;
    const falen = new Set(Array.isArray(n) ? n : [n]);
    const sync = context.sync.bind(context);
    let count = 0;
    context.sync = () =>
      falen.has(++count)
        ? Promise.reject(Object.assign(new Error(`${code} (Excel's English text)`), { code }))
        : sync();
  }
  return {
    run: (batch, options) => {
      recorded.runs.push(options);
      return batch(context as unknown as Excel.RequestContext);
    },
    context,
    recorded,
  };
}

/** A wide group sheet of any size for the mock: rekenen, lezen and taalverzorging at 5a and 5b. */
export function groepRijen(leerlingen: number): unknown[][] {
  const rows: unknown[][] = [
    ["Naam", "Groep", "Rekenen 5a", "Rekenen 5b", "Lezen 5a", "Lezen 5b", "Taalverzorging 5a", "Taalverzorging 5b"],
  ];
  for (let i = 0; i < leerlingen; i++)
    rows.push([`Leerling ${i + 1}`, 5, 36 + (i % 8), 44 + (i % 8), 37 + (i % 7), 45 + (i % 7), 38, 46]);
  return rows;
}
