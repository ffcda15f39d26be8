/**
 * The workbook port over an .xlsx file. The new file is the user's package with our additions:
 * every part we do not change is written back byte for byte (charts, pivot tables, macros, images,
 * comments, properties, printer settings); in the parts we do change (the sheets we add columns,
 * rules or settings to, the workbook's list of sheets, the styles) everything we do not touch
 * stays as it was written. The user's own file is never written.
 */
import { kolomLetters } from "../../core/adres";
import { MAX_RIJHOOGTE } from "../../core/kaart/formulier";
import {
  onbekendeWijziging,
  type Change,
  type ChartSpec,
  type ReadRequest,
  type ReadResult,
  type SheetRead,
  type WorkbookPort,
} from "../port";
import { anchor, chartXml, NS as CHART_NS } from "./chart-parts";
import { gedeeldeTeksten } from "./cel-xml";
import { schrijfCellen } from "./cellen-schrijven";
import { encodeer, Pakket, PakketFout, type Grenzen as Deelgrenzen } from "./pakket";
import { NIEUWE_STIJLEN, Stijlen } from "./stijlen";
import { NIEUW_WERKBLAD, Werkblad } from "./werkblad";
import { vindWerkmapDeel, WerkmapDeel } from "./werkmap-deel";
import { attr, esc } from "./xml";

/** Where file-mode settings live: a very hidden sheet, which every spreadsheet program keeps. */
export const SETTINGS_SHEET = "LVS-instellingen";

const MB = 1024 * 1024;

/**
 * What fits in memory outside Excel. A sheet part's text must fit in one JavaScript string (at
 * most 512 MB); the cells of a sheet must fit with what the colouring keeps per score, in the
 * 4 GB a browser tab or Node has.
 */
export const GRENZEN: Grenzen = { deel: 256 * MB, totaal: 768 * MB, cellen: 1_500_000 };

export interface Grenzen extends Deelgrenzen {
  /** Cells in one sheet. */
  readonly cellen: number;
}

function teGroot(grenzen: Grenzen): (deel: string, bytes: number) => string {
  const mb = (bytes: number) => `${Math.max(1, Math.round(bytes / MB))} MB`;
  return (deel, bytes) =>
    deel
      ? `Het onderdeel ${deel} van dit bestand is ${mb(bytes)} groot. Buiten Excel verwerkt LVS Analyse bladen tot ${mb(grenzen.deel)}. Open de werkmap in Excel met de invoegtoepassing, of verdeel de gegevens over meer bladen`
      : `Dit bestand is uitgepakt ${mb(bytes)} groot. Buiten Excel verwerkt LVS Analyse werkmappen tot ${mb(grenzen.totaal)}. Open de werkmap in Excel met de invoegtoepassing, of verdeel de gegevens over meer werkmappen`;
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A new workbook: no sheets yet, Excel's default styles. */
function nieuwPakket(): Pakket {
  const pakket = Pakket.leeg();
  pakket.zet(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  pakket.zet(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  pakket.zet(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS_MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets/><calcPr calcId="171027"/></workbook>`,
  );
  pakket.zet(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  pakket.zet("xl/styles.xml", NIEUWE_STIJLEN);
  return pakket;
}

/** The charts the add-in put on one of its sheets: one drawing part, a chart part per chart. */
interface Tekening {
  readonly naam: string;
  readonly deel: string;
  readonly charts: { readonly deel: string; readonly spec: ChartSpec }[];
}

export class FileWorkbook implements WorkbookPort {
  private bladen = new Map<string, Werkblad>();
  private tekeningen = new Map<string, Tekening>();
  private gedeeld: string[] | undefined;
  private stijlDeel: string | undefined;
  private stijlenCache: Stijlen | undefined;
  /** sheetIds of sheets removed, for the calculation chain that may still list their cells. */
  private verwijderdeIds = new Set<string>();
  private pakket: Pakket;
  private werkmap: WerkmapDeel;
  /**
   * Every batch applied so far. A batch that fails halfway is undone by opening the package again
   * and applying these once more: a failure costs time, the batches that succeed cost nothing.
   */
  private readonly toegepast: (readonly Change[])[] = [];

  private constructor(
    /** The package as it came in, opened anew. */
    private readonly bron: () => { pakket: Pakket; werkmap: WerkmapDeel },
    private readonly grenzen: Grenzen = GRENZEN,
  ) {
    ({ pakket: this.pakket, werkmap: this.werkmap } = bron());
  }

  /** Opens a workbook; `grenzen` only for tests of what happens at the limits. */
  static async open(data: ArrayBuffer | Uint8Array, grenzen: Grenzen = GRENZEN): Promise<FileWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    return new FileWorkbook(() => {
      const pakket = Pakket.open(bytes, grenzen, teGroot(grenzen));
      return { pakket, werkmap: new WerkmapDeel(pakket, vindWerkmapDeel(pakket)) };
    }, grenzen);
  }

  static create(): FileWorkbook {
    return new FileWorkbook(() => {
      const pakket = nieuwPakket();
      return { pakket, werkmap: new WerkmapDeel(pakket, "xl/workbook.xml") };
    });
  }

  /**
   * The extension Excel requires of this package's file name: it refuses to open a workbook with
   * macros named .xlsx, or a plain one named .xlsm, since the name and the package then disagree.
   */
  extensie(): ".xlsx" | ".xlsm" | ".xltx" | ".xltm" {
    const type = this.pakket.inhoudstype(this.werkmap.deel);
    const macro = /macroEnabled/i.test(type);
    if (/\.template\./i.test(type)) return macro ? ".xltm" : ".xltx";
    return macro ? ".xlsm" : ".xlsx";
  }

  async sheetNames(): Promise<string[]> {
    return this.werkmap.bladen.filter((b) => b.deel && b.naam !== SETTINGS_SHEET).map((b) => b.naam);
  }

  async read(request: ReadRequest): Promise<ReadResult> {
    const sheets = request.sheets.map((naam): SheetRead | undefined => {
      const blad = this.vind(naam);
      if (!blad) return undefined;
      const werkblad = this.werkblad(blad.deel);
      if (werkblad.aantalCellen > this.grenzen.cellen)
        throw new PakketFout(teVeelCellen(blad.naam, werkblad, this.grenzen.cellen));
      return { naam: blad.naam, cellen: werkblad.leesCellen(), breedte: werkblad.breedte() };
    });
    return { sheets, settings: this.readSettings() };
  }

  /** All of the batch or, when one of its changes fails, none of it: the workbook is as before. */
  async apply(changes: readonly Change[]): Promise<void> {
    try {
      for (const change of changes) this.applyOne(change);
    } catch (fout) {
      this.herstel();
      throw fout;
    }
    this.toegepast.push(changes);
  }

  /** The workbook as it was after the last batch that succeeded. */
  private herstel(): void {
    ({ pakket: this.pakket, werkmap: this.werkmap } = this.bron());
    this.bladen = new Map();
    this.tekeningen = new Map();
    this.verwijderdeIds = new Set();
    this.gedeeld = undefined;
    this.stijlDeel = undefined;
    this.stijlenCache = undefined;
    for (const batch of this.toegepast) for (const change of batch) this.applyOne(change);
  }

  /** The conditional formats on a sheet whose formula contains `marker`, to show their effect outside Excel. */
  rulesOf(naam: string, marker: string): { ref: string; formula: string }[] {
    const blad = this.vind(naam);
    return blad ? this.werkblad(blad.deel).regels(marker) : [];
  }

  /** The new file: the original package with the changed parts written anew. */
  async toBuffer(): Promise<Uint8Array> {
    for (const tekening of this.tekeningen.values()) {
      const blad = this.werkblad(this.vind(tekening.naam)!.deel);
      for (const chart of tekening.charts)
        this.pakket.zet(
          chart.deel,
          chartXml(chart.spec, tekening.naam, (r, c) => blad.cellen[r]?.[c]),
        );
    }
    for (const [deel, blad] of this.bladen) {
      if (blad.isGewijzigd && this.pakket.heeft(deel)) this.pakket.zetBytes(deel, inBytes(blad.schrijf()));
    }
    if (this.stijlenCache?.gewijzigd) this.pakket.zet(this.stijlDeel!, this.stijlenCache.schrijf());
    this.werkmap.schrijf();
    this.rekenketenBijwerken();
    return this.pakket.inpakken();
  }

  /** Sheet names match case-insensitively, as in Excel. */
  private vind(naam: string): { naam: string; deel: string } | undefined {
    const key = naam.toLowerCase();
    const blad = this.werkmap.bladen.find((b) => b.deel && b.naam.toLowerCase() === key);
    return blad ? { naam: blad.naam, deel: blad.deel! } : undefined;
  }

  private werkblad(deel: string): Werkblad {
    let blad = this.bladen.get(deel);
    if (!blad) {
      const xml = this.pakket.tekst(deel);
      if (xml === undefined || !/<([\w.-]+:)?worksheet\b/.test(xml))
        throw new PakketFout(`Het werkblad ${deel} in dit bestand is onleesbaar`);
      blad = new Werkblad(xml, this.gedeeldeTeksten());
      this.bladen.set(deel, blad);
    }
    return blad;
  }

  private sheet(naam: string): { naam: string; deel: string; blad: Werkblad } {
    const gevonden = this.vind(naam);
    if (!gevonden) throw new Error(`Blad ${naam} bestaat niet`);
    return { ...gevonden, blad: this.werkblad(gevonden.deel) };
  }

  private relatie(type: RegExp): string | undefined {
    const rel = this.pakket
      .relaties(this.werkmap.deel)
      .find((r) => type.test(r.type) && !r.extern && this.pakket.heeft(r.doel));
    return rel ? this.pakket.naam(rel.doel) : undefined;
  }

  private gedeeldeTeksten(): string[] {
    if (!this.gedeeld) {
      const deel = this.relatie(/\/sharedStrings$/);
      this.gedeeld = gedeeldeTeksten(deel ? this.pakket.tekst(deel) : undefined);
    }
    return this.gedeeld;
  }

  private stijlen(): Stijlen {
    if (!this.stijlenCache) {
      this.stijlDeel = this.relatie(/\/styles$/);
      if (!this.stijlDeel) {
        // A package without styles (some generators leave it out) gets Excel's defaults.
        const map = this.werkmap.deel.slice(0, this.werkmap.deel.lastIndexOf("/") + 1);
        this.stijlDeel = `${map}styles.xml`;
        this.pakket.zet(this.stijlDeel, NIEUWE_STIJLEN);
        this.pakket.zetInhoudstype(
          this.stijlDeel,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
        );
        this.pakket.voegRelatieToe(this.werkmap.deel, `${REL}/styles`, this.stijlDeel);
      }
      this.stijlenCache = new Stijlen(this.pakket.tekst(this.stijlDeel)!);
    }
    return this.stijlenCache;
  }

  private readSettings(): Record<string, string> {
    const settings: Record<string, string> = {};
    const blad = this.vind(SETTINGS_SHEET);
    if (!blad) return settings;
    for (const rij of this.werkblad(blad.deel).cellen) {
      const [key, value] = rij ?? [];
      if (typeof key === "string" && typeof value === "string") settings[key] = value;
    }
    return settings;
  }

  private writeSetting(key: string, value: string | undefined): void {
    const settings = this.readSettings();
    if (value === undefined) delete settings[key];
    else settings[key] = value;
    this.verwijderBlad(SETTINGS_SHEET);
    const rijen = Object.entries(settings);
    if (rijen.length === 0) return;
    const deel = this.werkmap.voegToe(SETTINGS_SHEET, NIEUW_WERKBLAD, true);
    const blad = this.werkblad(deel);
    rijen.forEach(([k, v], r) => {
      blad.schrijfCel(r, 0, { value: k }, this.stijlen());
      blad.schrijfCel(r, 1, { value: v }, this.stijlen());
    });
  }

  private verwijderBlad(naam: string): void {
    const blad = this.vind(naam);
    if (!blad) return;
    const tag = this.werkmap.bladen.find((b) => b.naam === blad.naam)?.tag ?? "";
    const id = attr(tag, "sheetId");
    if (id !== undefined) this.verwijderdeIds.add(id);
    this.werkmap.verwijder(blad.naam);
    this.bladen.delete(blad.deel);
    this.tekeningen.delete(blad.deel);
  }

  private applyOne(change: Change): void {
    switch (change.kind) {
      case "addSheet":
        if (this.werkmap.bladen.some((b) => b.naam.toLowerCase() === change.sheet.toLowerCase()))
          throw new Error(`Blad ${change.sheet} bestaat al`);
        this.werkmap.voegToe(change.sheet, NIEUW_WERKBLAD, false);
        return;
      case "removeSheet":
        this.verwijderBlad(change.sheet);
        return;
      case "cells": {
        schrijfCellen(this.sheet(change.sheet).blad, change, this.stijlen());
        return;
      }
      case "clear":
        this.sheet(change.sheet).blad.wis(change.range);
        return;
      case "merge":
        this.sheet(change.sheet).blad.voegSamenvoegingToe(change.range);
        return;
      case "addRule":
        this.sheet(change.sheet).blad.voegRegelToe(
          change.ranges,
          change.formula,
          this.stijlen().dxf(change.fill, change.fontColor),
        );
        return;
      case "removeRules": {
        const blad = this.vind(change.sheet);
        if (blad) this.werkblad(blad.deel).verwijderRegels(change.marker);
        return;
      }
      case "columnWidth":
        this.sheet(change.sheet).blad.zetBreedte(change.col, change.width);
        return;
      case "pageSetup": {
        const { naam, blad } = this.sheet(change.sheet);
        blad.zetAfdruk(change.landscape, change.pagesWide ?? 1, change.header);
        if (change.titleRows || change.titleColumns)
          this.werkmap.zetPrintTitels(naam, change.titleRows ?? 0, change.titleColumns ?? 0);
        return;
      }
      case "rowHeight":
        // Excel refuses a row higher than 409 points, in a file as in Office.js.
        this.sheet(change.sheet).blad.zetHoogte(change.row, Math.min(MAX_RIJHOOGTE, change.height));
        return;
      case "validation":
        this.sheet(change.sheet).blad.voegKeuzelijstToe(change.range, change.choices);
        return;
      case "table":
        this.voegTabelToe(change);
        return;
      case "freeze":
        this.sheet(change.sheet).blad.bevries(change.rows, change.cols);
        return;
      case "chart":
        this.voegGrafiekToe(change.sheet, change.chart);
        return;
      case "setting":
        this.writeSetting(change.key, change.value);
        return;
      default:
        onbekendeWijziging(change);
    }
  }

  private voegTabelToe(change: Extract<Change, { kind: "table" }>): void {
    const { deel, blad } = this.sheet(change.sheet);
    const { rij, kolom, rijen } = change.range;
    const stijlen = this.stijlen();
    change.headers.forEach((kop, c) => blad.schrijfCel(rij, kolom + c, { value: kop }, stijlen));
    const map = deel.slice(0, deel.lastIndexOf("/worksheets/") + 1);
    let n = 1;
    while (this.pakket.heeft(`${map}tables/table${n}.xml`)) n++;
    const tabelDeel = `${map}tables/table${n}.xml`;
    // A table's id is unique in the workbook, over every table part there is.
    const id =
      this.pakket
        .delen()
        .filter((d) => /tables\/[^/]+\.xml$/i.test(d))
        .reduce(
          (max, d) =>
            Math.max(
              max,
              Number(attr(/<(?:[\w.-]+:)?table\b[^>]*>/.exec(this.pakket.tekst(d) ?? "")?.[0] ?? "", "id") ?? 0),
            ),
          0,
        ) + 1;
    const ref = `${kolomLetters(kolom)}${rij + 1}:${kolomLetters(kolom + change.headers.length - 1)}${rij + rijen}`;
    const kolommen = change.headers.map((kop, i) => `<tableColumn id="${i + 1}" name="${esc(kop)}"/>`).join("");
    this.pakket.zet(
      tabelDeel,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${NS_MAIN}" id="${id}" name="${esc(change.name)}" displayName="${esc(change.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0"><tableColumns count="${change.headers.length}">${kolommen}</tableColumns><tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="0" showColumnStripes="0"/></table>`,
    );
    this.pakket.zetInhoudstype(tabelDeel, "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml");
    blad.voegTabelToe(this.pakket.voegRelatieToe(deel, `${REL}/table`, tabelDeel));
  }

  /** A chart on a sheet the add-in made; its cached values are filled in when the file is written. */
  private voegGrafiekToe(naam: string, spec: ChartSpec): void {
    const { naam: echteNaam, deel, blad } = this.sheet(naam);
    let tekening = this.tekeningen.get(deel);
    const map = deel.slice(0, deel.lastIndexOf("/worksheets/") + 1);
    const vrij = (soort: string): string => {
      let n = 1;
      while (this.pakket.heeft(`${map}${soort}s/${soort}${n}.xml`)) n++;
      return `${map}${soort}s/${soort}${n}.xml`;
    };
    if (!tekening) {
      if (blad.heeftTekening())
        throw new Error(`Blad ${echteNaam} heeft al een tekening; grafieken horen op een eigen blad`);
      tekening = { naam: echteNaam, deel: vrij("drawing"), charts: [] };
      this.pakket.zet(tekening.deel, "");
      this.pakket.zetInhoudstype(tekening.deel, "application/vnd.openxmlformats-officedocument.drawing+xml");
      blad.zetTekening(this.pakket.voegRelatieToe(deel, CHART_NS.drawingRel, tekening.deel));
      this.tekeningen.set(deel, tekening);
    }
    const chartDeel = vrij("chart");
    this.pakket.zet(
      chartDeel,
      chartXml(spec, echteNaam, (r, c) => blad.cellen[r]?.[c]),
    );
    this.pakket.zetInhoudstype(chartDeel, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    tekening.charts.push({ deel: chartDeel, spec });
    const anchors = tekening.charts.map((c, i) =>
      anchor(
        c.spec,
        i + 1,
        this.pakket.relaties(tekening.deel).find((r) => r.doel === c.deel)?.id ??
          this.pakket.voegRelatieToe(tekening.deel, CHART_NS.chartRel, c.deel, "rId"),
      ),
    );
    this.pakket.zet(
      tekening.deel,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${CHART_NS.xdr}" xmlns:a="${CHART_NS.a}">${anchors.join("")}</xdr:wsDr>`,
    );
  }

  /**
   * The calculation chain lists the formula cells in the order Excel last computed them. When a
   * sheet it lists is gone or one of the cells it lists was written over, Excel would call the file
   * damaged; without it, Excel simply builds a new one.
   */
  private rekenketenBijwerken(): void {
    const deel = this.relatie(/\/calcChain$/);
    if (!deel) return;
    const xml = this.pakket.tekst(deel) ?? "";
    const idVan = new Map(this.werkmap.bladen.map((b) => [b.deel, attr(b.tag, "sheetId")]));
    const geraakt = new Map<string, Werkblad>();
    for (const [bladDeel, blad] of this.bladen)
      if (blad.cellenGewijzigd && idVan.get(bladDeel)) geraakt.set(idVan.get(bladDeel)!, blad);
    let blad = "";
    let verouderd = false;
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?c\b[^>]*>/g)) {
      blad = attr(m[0], "i") ?? blad;
      const ref = attr(m[0], "r") ?? "";
      if (this.verwijderdeIds.has(blad) || geraakt.get(blad)?.isBewerkt(ref)) {
        verouderd = true;
        break;
      }
    }
    if (!verouderd) return;
    const rel = this.pakket.relaties(this.werkmap.deel).find((r) => /\/calcChain$/.test(r.type));
    if (rel) this.pakket.verwijderRelatie(this.werkmap.deel, rel.id);
    this.pakket.verwijder(deel);
    this.pakket.verwijderInhoudstype(deel);
  }
}

function teVeelCellen(naam: string, blad: Werkblad, max: number): string {
  const getal = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const breedte = Math.max(1, blad.breedte());
  return `Blad ${naam} is te groot om buiten Excel te verwerken: ${getal(blad.cellen.length)} rijen met samen ${getal(blad.aantalCellen)} cellen. Buiten Excel verwerkt LVS Analyse bladen tot ${getal(max)} cellen (bij ${breedte} kolommen ${getal(Math.floor(max / breedte))} rijen). Kleur dit blad in Excel met de invoegtoepassing, of verdeel de leerlingen over meer bladen`;
}

/** Pieces of text as UTF-8, encoded a few megabytes at a time: a large sheet never becomes one string. */
function inBytes(stukken: readonly string[]): Uint8Array {
  const delen: Uint8Array[] = [];
  let buffer = "";
  for (const stuk of stukken) {
    buffer += stuk;
    if (buffer.length > 4 * MB) {
      delen.push(encodeer(buffer));
      buffer = "";
    }
  }
  delen.push(encodeer(buffer));
  const uit = new Uint8Array(delen.reduce((n, d) => n + d.length, 0));
  let plek = 0;
  for (const d of delen) {
    uit.set(d, plek);
    plek += d.length;
  }
  return uit;
}
