/** A chart as data: an Excel chart over ranges of one sheet, series in columns. */
import type { Bereik } from "./adres";

export interface Grafiek {
  readonly type: "line" | "scatter" | "barStacked" | "radar";
  readonly title: string;
  /** Category labels (x axis), e.g. the moments; for a scatter chart the x values. */
  readonly categories: Bereik;
  /** A reference series (a norm or threshold) is drawn as a dashed line without markers. */
  readonly series: readonly { readonly name: string; readonly values: Bereik; readonly referentie?: boolean }[];
  /** Where the chart sits: top-left cell and size in rows × columns. */
  readonly anchor: Bereik;
  readonly yTitle?: string;
}
