/**
 * How the sheets of a workbook look, for the grid outside Excel: fills, fonts, number formats,
 * merged cells, column widths, frozen panes and the add-in's charts. It starts from what the
 * opened file holds (xlsx-opmaak.ts) and follows every change the add-in applies through the
 * port, so the grid shows what the download holds without writing the file again.
 */
import type { Bereik } from "../core/adres";
import type { Grafiek } from "../core/grafiek";
import type { Change, PlannedCell } from "../workbook/port";

export interface CelOpmaak {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly border?: boolean;
  readonly align?: "left" | "center" | "right";
}

export interface BladOpmaak {
  /** Keyed `rij:kolom`, 0-based. */
  readonly cellen: Map<string, CelOpmaak>;
  merges: Bereik[];
  /** Column widths in characters, as Excel counts them. */
  readonly breedtes: Map<number, number>;
  /** Row heights in points. */
  readonly hoogtes: Map<number, number>;
  bevroren?: { readonly rijen: number; readonly kolommen: number };
  /** Charts the add-in placed on this sheet, in the order it placed them. */
  readonly grafieken: Grafiek[];
}

export function leegBlad(): BladOpmaak {
  return { cellen: new Map(), merges: [], breedtes: new Map(), hoogtes: new Map(), grafieken: [] };
}

export const celSleutel = (rij: number, kolom: number) => `${rij}:${kolom}`;

/** The format a cell gets when the add-in writes `p` over `oud`: what `p` does not set, stays. */
function metOpmaak(oud: CelOpmaak | undefined, p: PlannedCell): CelOpmaak | undefined {
  const nieuw: { -readonly [K in keyof CelOpmaak]: CelOpmaak[K] } = { ...oud };
  if (p.numberFormat) nieuw.numberFormat = p.numberFormat;
  if (p.fill) nieuw.fill = p.fill;
  if (p.fontColor) nieuw.fontColor = p.fontColor;
  if (p.bold) nieuw.bold = true;
  if (p.italic) nieuw.italic = true;
  if (p.wrap) nieuw.wrap = true;
  if (p.border) nieuw.border = true;
  return Object.keys(nieuw).length > 0 ? nieuw : undefined;
}

const binnen = (b: Bereik, rij: number, kolom: number) =>
  rij >= b.rij && rij < b.rij + b.rijen && kolom >= b.kolom && kolom < b.kolom + b.kolommen;

export class Weergave {
  private readonly bladen = new Map<string, BladOpmaak>();

  constructor(begin: ReadonlyMap<string, BladOpmaak> = new Map()) {
    for (const [naam, blad] of begin) this.bladen.set(naam.toLowerCase(), blad);
  }

  /** Sheet names match case-insensitively, as in Excel. */
  blad(naam: string): BladOpmaak {
    const sleutel = naam.toLowerCase();
    let blad = this.bladen.get(sleutel);
    if (!blad) this.bladen.set(sleutel, (blad = leegBlad()));
    return blad;
  }

  apply(changes: readonly Change[]): void {
    for (const change of changes) this.applyOne(change);
  }

  private applyOne(change: Change): void {
    switch (change.kind) {
      case "addSheet":
        this.bladen.set(change.sheet.toLowerCase(), leegBlad());
        return;
      case "removeSheet":
        this.bladen.delete(change.sheet.toLowerCase());
        return;
      case "cells": {
        const blad = this.blad(change.sheet);
        change.cells.forEach((rij, r) =>
          rij.forEach((p, c) => {
            if (!p) return;
            const sleutel = celSleutel(change.row + r, change.col + c);
            const opmaak = metOpmaak(blad.cellen.get(sleutel), p);
            if (opmaak) blad.cellen.set(sleutel, opmaak);
          }),
        );
        return;
      }
      case "clear": {
        const blad = this.blad(change.sheet);
        const { rij, kolom, rijen, kolommen } = change.range;
        for (let r = rij; r < rij + rijen; r++)
          for (let c = kolom; c < kolom + kolommen; c++) blad.cellen.delete(celSleutel(r, c));
        blad.merges = blad.merges.filter((m) => !binnen(change.range, m.rij, m.kolom));
        return;
      }
      case "merge":
        this.blad(change.sheet).merges.push(change.range);
        return;
      case "columnWidth":
        if (change.width === undefined) this.blad(change.sheet).breedtes.delete(change.col);
        else this.blad(change.sheet).breedtes.set(change.col, change.width);
        return;
      case "rowHeight":
        this.blad(change.sheet).hoogtes.set(change.row, change.height);
        return;
      case "freeze":
        this.blad(change.sheet).bevroren = { rijen: change.rows, kolommen: change.cols };
        return;
      case "chart":
        this.blad(change.sheet).grafieken.push(change.chart);
        return;
      default:
        // Rules are shown from the workbook itself (tabel-view); settings, tables, dropdowns and
        // print setup do not change how a sheet looks on screen.
        return;
    }
  }
}
