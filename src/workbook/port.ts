/**
 * The few workbook operations the analyses need, batched: one read of everything an action looks
 * at, one list of changes to apply. The Office.js adapter turns each into one round trip to Excel;
 * the file adapter into edits of the package that are written to a new file.
 */
import type { Bereik } from "../core/adres";
import type { CellValue } from "../core/cell";
import type { Grafiek } from "../core/grafiek";

export interface SheetRead {
  readonly naam: string;
  /** Values from A1 (row 0 = sheet row 1); merged areas hold their value in the top-left cell only. */
  readonly cellen: CellValue[][];
  /**
   * Columns from A to the last one that holds a value or only a format (borders drawn over empty
   * cells), where the adapter can tell: the add-in writes its columns right of them, so that taking
   * them away again gives the user's formatting back.
   */
  readonly breedte?: number;
}

export interface ReadRequest {
  readonly sheets: readonly string[];
  /**
   * Sheets whose own conditional formats the next apply may remove (removeRules): an adapter that
   * needs a round trip to find them looks them up with this read instead of with the write.
   */
  readonly regelsVan?: readonly string[];
}

export interface ReadResult {
  /** In request order; undefined for a sheet that does not exist. */
  readonly sheets: readonly (SheetRead | undefined)[];
  readonly settings: Readonly<Record<string, string>>;
}

export interface PlannedCell {
  /** Excel formula in English notation; adapters that cannot run LVS functions write `value` instead. */
  readonly formula?: string;
  /**
   * The formula of the cell above in the same change, one row further down: its relative references
   * move with it, as with Excel's fill down (`formula` is left out). A long helper column is then one
   * formula, written once: Excel copies it down, a file shares it (the cells above must be a formula
   * or filled down themselves).
   */
  readonly fillDown?: true;
  readonly value: CellValue;
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  /** A thin border all round: marks the cells of a form that are meant to be filled in. */
  readonly border?: boolean;
}

export type Change =
  /** `achtergrond`: a sheet that serves formulas (LVS-normen), not a result: it is not brought to the front. */
  | { readonly kind: "addSheet"; readonly sheet: string; readonly achtergrond?: true }
  /** Only ever for a sheet the add-in made itself, after the user agreed to replace it. */
  | { readonly kind: "removeSheet"; readonly sheet: string }
  | {
      readonly kind: "cells";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly cells: readonly (readonly (PlannedCell | undefined)[])[];
    }
  | { readonly kind: "clear"; readonly sheet: string; readonly range: Bereik }
  /** Only on sheets the add-in makes (the demo workbook, its own overviews); after their values. */
  | { readonly kind: "merge"; readonly sheet: string; readonly range: Bereik }
  /** One conditional format over one or more areas (a multi-area range); the formula is relative to the first row. */
  | {
      readonly kind: "addRule";
      readonly sheet: string;
      readonly ranges: readonly Bereik[];
      readonly formula: string;
      readonly fill: string;
      readonly fontColor: string;
    }
  | { readonly kind: "removeRules"; readonly sheet: string; readonly marker: string }
  /** Width in characters; undefined gives the column the sheet's standard width back. */
  | { readonly kind: "columnWidth"; readonly sheet: string; readonly col: number; readonly width: number | undefined }
  /**
   * Print setup, only for sheets the add-in made: A4, `pagesWide` pages wide (1 unless given) and as
   * many long as needed. `titleRows` repeat at the top of every page, `titleColumns` at the left of
   * every page-wide part; `header` stands in the middle of every page's header.
   */
  | {
      readonly kind: "pageSetup";
      readonly sheet: string;
      readonly landscape: boolean;
      readonly titleRows?: number;
      readonly pagesWide?: number;
      readonly titleColumns?: number;
      readonly header?: string;
    }
  /** Height in points, for rows whose wrapped or merged text Excel would not size itself. */
  | { readonly kind: "rowHeight"; readonly sheet: string; readonly row: number; readonly height: number }
  /** A dropdown of fixed choices; other input is still allowed, so nothing the user typed is refused. */
  | { readonly kind: "validation"; readonly sheet: string; readonly range: Bereik; readonly choices: readonly string[] }
  /** An Excel table over `range`, its first row the headers (written by the table itself). */
  | {
      readonly kind: "table";
      readonly sheet: string;
      readonly range: Bereik;
      readonly name: string;
      readonly headers: readonly string[];
    }
  | { readonly kind: "freeze"; readonly sheet: string; readonly rows: number; readonly cols: number }
  | { readonly kind: "chart"; readonly sheet: string; readonly chart: ChartSpec }
  | { readonly kind: "setting"; readonly key: string; readonly value: string | undefined };

/**
 * The end of every adapter's switch over the change kinds: a kind added to `Change` but not handled
 * there leaves `change` not `never`, and the compiler refuses the adapter.
 */
export function onbekendeWijziging(change: never): never {
  throw new Error(`Onbekende wijziging: ${JSON.stringify(change)}`);
}

/** Charts are plain data from the core. */
export type ChartSpec = Grafiek;

export interface WorkbookPort {
  sheetNames(): Promise<string[]>;
  read(request: ReadRequest): Promise<ReadResult>;
  apply(changes: readonly Change[]): Promise<void>;
}

/**
 * An apply that failed after part of it may have been written. The adapter has tried to take away
 * what it added (`opgeruimd` says whether that worked); `oorzaak` is what Excel or the file said.
 */
export class OnvolledigeWijziging extends Error {
  constructor(
    readonly oorzaak: unknown,
    readonly opgeruimd: boolean,
  ) {
    super("De wijziging is niet helemaal gelukt.");
    this.name = "OnvolledigeWijziging";
  }
}
