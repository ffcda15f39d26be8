/** A chart as data: an Excel chart over ranges of one sheet, series in columns. */
import type { Bereik } from "./adres";

export interface Grafiek {
  readonly type: "line" | "scatter" | "barStacked" | "radar";
  readonly title: string;
  /** Category labels (x axis), e.g. the moments; for a scatter chart the x values. */
  readonly categories: Bereik;
  /**
   * A reference series (a norm, threshold or ambitie) is drawn as a dashed line without markers,
   * also in a bar chart. `kleur` (#RRGGBB) fixes a series' colour, e.g. the colour words' fills.
   */
  readonly series: readonly {
    readonly name: string;
    readonly values: Bereik;
    readonly referentie?: boolean;
    readonly kleur?: string;
  }[];
  /** Axis bounds, e.g. 0 and 1 for shares. */
  readonly yMin?: number;
  readonly yMax?: number;
  readonly yFormaat?: string;
  /**
   * Where the chart sits: top-left cell and size in rows × columns. The add-in gives each chart
   * one row of its own, GRAFIEK_HOOGTE tall (grafiekRij): a printer breaks pages between rows,
   * never inside one, so no chart is cut in two, in Excel or LibreOffice, at any scale.
   */
  readonly anchor: Bereik;
  readonly yTitle?: string;
}

/** The height of a chart's row, in points (Excel allows rows up to 409). */
export const GRAFIEK_HOOGTE = 260;

/** The anchor of a chart in a row of its own, `kolommen` wide from `kolom`. */
export function grafiekRij(rij: number, kolom: number, kolommen: number): Bereik {
  return { rij, kolom, rijen: 1, kolommen };
}
