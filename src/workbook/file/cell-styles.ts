/**
 * Cell styles for ExcelJS, shared between cells instead of one object per cell.
 *
 * Why: ExcelJS's cell setters (`cell.fill = …`) change the cell's style object in place, and a file
 * it reads gives every cell with the same style the SAME object, so setting a fill on one cell of a
 * user's sheet would colour every cell that shared its style. And when it writes, ExcelJS renders
 * each style object it has not seen before to XML to find its number: one object per cell makes it
 * do that for every cell of the workbook. So the adapter never uses the setters: it builds the new
 * style from the old one and the planned format, once per combination, and assigns it whole.
 */
import type ExcelJS from "exceljs";
import type { PlannedCell } from "../port";

type Style = Partial<ExcelJS.Style>;

/** What a fresh or cleared cell has: shared, so empty cells written with no format also share one style. */
export const GEEN_OPMAAK: Style = Object.freeze({});

const RAND = { style: "thin", color: { argb: "FFB0B0B0" } } as const;

export function argb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

function opmaakSleutel(p: PlannedCell): string {
  return `${p.numberFormat ?? ""}|${p.fill ?? ""}|${p.bold ? 1 : 0}${p.italic ? 1 : 0}|${p.fontColor ?? ""}|${p.wrap ? 1 : 0}${p.border ? 1 : 0}`;
}

/** The key of a planned cell without any format: it keeps the style the cell had. */
const ZONDER_OPMAAK = opmaakSleutel({ value: null });

function metOpmaak(basis: Style, p: PlannedCell): Style {
  const stijl: Style = { ...basis };
  if (p.numberFormat) stijl.numFmt = p.numberFormat;
  if (p.fill) stijl.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(p.fill) } };
  if (p.bold || p.italic || p.fontColor) {
    stijl.font = {
      ...basis.font,
      ...(p.bold ? { bold: true } : {}),
      ...(p.italic ? { italic: true } : {}),
      ...(p.fontColor ? { color: { argb: argb(p.fontColor) } } : {}),
    };
  }
  if (p.wrap) stijl.alignment = { wrapText: true, vertical: "top" };
  if (p.border) stijl.border = { top: RAND, left: RAND, bottom: RAND, right: RAND };
  return stijl;
}

/** Whether a cell's style sets anything (a loop, not Object.keys: this runs for every cell). */
export function heeftOpmaak(stijl: Style | undefined): boolean {
  for (const _ in stijl) return true;
  return false;
}

/** Hands out one style object per (earlier style, planned format); never changes one it handed out. */
export class CellStyles {
  private readonly gemaakt = new WeakMap<Style, Map<string, Style>>();

  /** The style a cell gets when `planned` is written over `earlier`. */
  voor(earlier: Style | undefined, planned: PlannedCell): Style {
    const basis = earlier && heeftOpmaak(earlier) ? earlier : GEEN_OPMAAK;
    let perOpmaak = this.gemaakt.get(basis);
    if (!perOpmaak) this.gemaakt.set(basis, (perOpmaak = new Map()));
    const sleutel = opmaakSleutel(planned);
    let stijl = perOpmaak.get(sleutel);
    // Frozen: anything that tried to change a shared style in place would fail loudly, not recolour other cells.
    if (!stijl) perOpmaak.set(sleutel, (stijl = sleutel === ZONDER_OPMAAK ? basis : Object.freeze(metOpmaak(basis, planned))));
    return stijl;
  }
}
