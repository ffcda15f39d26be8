/**
 * One worksheet part, read and patched as text. Its cells are read once into a grid of values (and
 * of style numbers, to know which empty cells carry a format); what the add-in writes is kept as
 * edits and merged into the original rows only when the part is written. Rows without an edit,
 * and every element of the part we do not touch (the user's rules, hyperlinks, drawings,
 * extensions), are written back exactly as they were.
 */
import type { Bereik } from "../../core/adres";
import { kolomLetters } from "../../core/adres";
import type { CellValue } from "../../core/cell";
import { plat } from "../../core/plat";
import type { PlannedCell } from "../port";
import { celWaarde, celXml, type Deling } from "./cel-xml";
import { NS_R } from "./pakket";
import type { Stijlen } from "./stijlen";
import { attr, celVan, eindeTag, esc, kinderen, unesc, zelfsluitend, zetAttr, zonderAttr, type Kind } from "./xml";

/** Schema order of a worksheet's children (ISO/IEC 29500-1, CT_Worksheet). */
const VOLGORDE = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A new, empty worksheet part. */
export const NIEUW_WERKBLAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetData/></worksheet>`;

/** Excel's standard column width (Calibri 11) for a column whose own width is taken away. */
const STANDAARD_BREEDTE = 9.140625;

/** A cell's new XML, or null when it was emptied. */
type Bewerking = string | null;
/**
 * A row's edits by column, with holes where nothing changed: in column order for free, and far
 * lighter than a map per row when 100,000 rows each get twenty helper cells.
 */
type RijBewerkingen = Bewerking[];

export interface Regel {
  readonly ref: string;
  readonly formula: string;
}

function cellenIn({ rij, kolom, rijen, kolommen }: Bereik, doe: (r: number, c: number) => void): void {
  for (let r = rij; r < rij + rijen; r++) for (let c = kolom; c < kolom + kolommen; c++) doe(r, c);
}

export function sqref(bereik: Bereik | readonly Bereik[]): string {
  const lijst: readonly Bereik[] = Array.isArray(bereik) ? bereik : [bereik as Bereik];
  return lijst
    .map((b) =>
      b.rijen === 1 && b.kolommen === 1
        ? `${kolomLetters(b.kolom)}${b.rij + 1}`
        : `${kolomLetters(b.kolom)}${b.rij + 1}:${kolomLetters(b.kolom + b.kolommen - 1)}${b.rij + b.rijen}`,
    )
    .join(" ");
}

export class Werkblad {
  /** Namespace prefix of the sheet's own elements: "" or e.g. "x:". */
  readonly p: string;
  private kop: string;
  private readonly staart: string;
  private readonly kids: Kind[];
  private readonly dataStart: string;
  private readonly data: string;
  cellen: CellValue[][] = [];
  /** How many cells the part held when it was read. */
  aantalCellen = 0;
  private stijlen: number[][] = [];
  private readonly bewerkingen = new Map<number, RijBewerkingen>();
  private readonly hoogtes = new Map<number, number>();
  private gewijzigd = false;
  /** Whether a caller holds the grid: the next edit copies it first (callers never see it change). */
  private uitgegeven = false;
  private readonly gekopieerd = new Set<number>();
  private breedteCache: number | undefined;
  private volgendeSi: number | undefined;
  private readonly letters: string[] = [];

  constructor(xml: string, gedeeld: readonly string[]) {
    const root = /<([\w.-]+:)?worksheet\b/.exec(xml);
    if (!root) throw new Error("geen werkblad");
    this.p = root[1] ?? "";
    const kopEinde = eindeTag(xml, root.index);
    this.kop = xml.slice(0, kopEinde);
    const sluit = xml.lastIndexOf(`</${this.p}worksheet`);
    this.staart = sluit >= 0 ? xml.slice(sluit) : `</${this.p}worksheet>`;
    this.kids = kinderen(xml, kopEinde, sluit >= 0 ? sluit : xml.length);
    let sheetData = this.kids.find((k) => k.naam === "sheetData");
    if (!sheetData) {
      sheetData = { naam: "sheetData", xml: `<${this.p}sheetData/>` };
      this.voegIn(sheetData);
    }
    const start = eindeTag(sheetData.xml, 0);
    this.dataStart = sheetData.xml.slice(0, start);
    this.data = this.dataStart.endsWith("/>") ? "" : sheetData.xml.slice(start, sheetData.xml.lastIndexOf("</"));
    if (this.dataStart.endsWith("/>")) this.dataStart = `${this.dataStart.slice(0, -2).trimEnd()}>`;
    this.lees(gedeeld);
  }

  /** The grid of values; the caller may keep it (a later edit works on a copy). */
  leesCellen(): CellValue[][] {
    this.uitgegeven = true;
    return this.cellen;
  }

  /** Columns up to the last one with a value or a format of its own, as Excel's used range counts them. */
  breedte(): number {
    if (this.breedteCache !== undefined) return this.breedteCache;
    let breedte = 0;
    const rijen = Math.max(this.cellen.length, this.stijlen.length);
    for (let r = 0; r < rijen; r++) {
      const waarden = this.cellen[r] ?? [];
      const stijlen = this.stijlen[r] ?? [];
      for (let c = Math.max(waarden.length, stijlen.length); c > breedte; c--) {
        const w = waarden[c - 1];
        if ((w !== null && w !== undefined) || (stijlen[c - 1] ?? 0) !== 0) {
          breedte = c;
          break;
        }
      }
    }
    return (this.breedteCache = breedte);
  }

  stijl(rij: number, kolom: number): number {
    return this.stijlen[rij]?.[kolom] ?? 0;
  }

  schrijfCel(rij: number, kolom: number, planned: PlannedCell, stijlen: Stijlen, deling?: Deling): void {
    const s = stijlen.voor(this.stijl(rij, kolom), planned);
    // A column's letters once, not per cell: a helper column is written down 100,000 rows.
    const letters = (this.letters[kolom] ??= kolomLetters(kolom));
    this.bewerk(
      rij,
      kolom,
      celXml(this.p, `${letters}${rij + 1}`, s, planned, deling) ?? null,
      planned.value ?? null,
      s,
    );
  }

  /** A number for a new shared formula, after every one the sheet already has (the user's among them). */
  nieuweDeling(): number {
    if (this.volgendeSi === undefined) {
      let hoogste = -1;
      for (const m of this.data.matchAll(/<(?:[\w.-]+:)?f\b[^>]*?\bsi="(\d+)"/g))
        hoogste = Math.max(hoogste, Number(m[1]));
      this.volgendeSi = hoogste + 1;
    }
    return this.volgendeSi++;
  }

  /** Empties the cells of a range: value and format, as Excel's clear does. */
  wis(bereik: Bereik): void {
    cellenIn(bereik, (r, c) => {
      if (this.cellen[r]?.[c] !== undefined || this.stijl(r, c) !== 0 || this.bewerkingen.get(r)?.[c] !== undefined)
        this.bewerk(r, c, null, null, 0);
    });
  }

  zetHoogte(rij: number, hoogte: number): void {
    this.hoogtes.set(rij, hoogte);
    this.gewijzigd = true;
  }

  zetBreedte(kolom: number, breedte: number | undefined): void {
    const n = kolom + 1;
    const cols = this.kind("cols");
    const stukken = cols
      ? // Some writers close each column with </col>; written back, each is one empty element.
        Array.from(cols.xml.matchAll(/<(?:[\w.-]+:)?col\b[^>]*?(?:\/>|>\s*<\/(?:[\w.-]+:)?col\s*>)/g), (m) => {
          const tag = zelfsluitend(m[0]);
          return { min: Number(attr(tag, "min")), max: Number(attr(tag, "max")), tag };
        })
      : [];
    const uit: { min: number; max: number; tag: string }[] = [];
    let gevonden = false;
    for (const stuk of stukken) {
      if (n < stuk.min || n > stuk.max) {
        uit.push(stuk);
        continue;
      }
      gevonden = true;
      if (stuk.min < n) uit.push({ min: stuk.min, max: n - 1, tag: stuk.tag });
      uit.push({ min: n, max: n, tag: stuk.tag });
      if (stuk.max > n) uit.push({ min: n + 1, max: stuk.max, tag: stuk.tag });
    }
    if (!gevonden) uit.push({ min: n, max: n, tag: `<${this.p}col min="${n}" max="${n}"/>` });
    const standaard = Number(attr(this.kind("sheetFormatPr")?.xml ?? "", "defaultColWidth") ?? STANDAARD_BREEDTE);
    const tags = uit
      .sort((a, b) => a.min - b.min)
      .flatMap((stuk) => {
        let tag = zetAttr(zetAttr(stuk.tag, "min", String(stuk.min)), "max", String(stuk.max));
        if (stuk.min !== n) return [tag];
        if (breedte !== undefined) return [zetAttr(zetAttr(tag, "width", String(breedte)), "customWidth", "1")];
        // Without a width of its own the column is as wide as the sheet's standard.
        tag = zonderAttr(zonderAttr(tag, "customWidth"), "width");
        const rest = zonderAttr(zonderAttr(tag, "min"), "max");
        return /\s[\w:]+\s*=/.test(rest) ? [zetAttr(tag, "width", String(standaard))] : [];
      });
    this.zet("cols", tags.length > 0 ? `<${this.p}cols>${tags.join("")}</${this.p}cols>` : undefined);
  }

  voegRegelToe(bereik: Bereik | readonly Bereik[], formule: string, dxf: number): void {
    let hoogste = 0;
    for (const k of this.kids) {
      if (k.naam === "sheetData") continue;
      for (const m of k.xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*>/g))
        hoogste = Math.max(hoogste, Number(attr(m[0], "priority") ?? 0));
    }
    const p = this.p;
    this.voegIn({
      naam: "conditionalFormatting",
      xml: `<${p}conditionalFormatting sqref="${sqref(bereik)}"><${p}cfRule type="expression" dxfId="${dxf}" priority="${hoogste + 1}"><${p}formula>${esc(formule.replace(/^=/, ""))}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
    });
  }

  /** Removes the rules whose formula holds `merk` (the add-in's own); the user's stay as written. */
  verwijderRegels(merk: string): void {
    for (let i = this.kids.length - 1; i >= 0; i--) {
      const kind = this.kids[i]!;
      if (kind.naam !== "conditionalFormatting") continue;
      const regels = Array.from(
        kind.xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?cfRule>)/g),
        (m) => m[0],
      );
      const weg = regels.filter((r) => formules(r).some((f) => f.includes(merk)));
      if (weg.length === 0) continue;
      this.gewijzigd = true;
      if (weg.length === regels.length) this.kids.splice(i, 1);
      else kind.xml = weg.reduce((xml, regel) => xml.replace(regel, ""), kind.xml);
    }
  }

  regels(merk: string): Regel[] {
    return this.kids
      .filter((k) => k.naam === "conditionalFormatting")
      .flatMap((k) => {
        const ref = attr(/^<[^>]*>/.exec(k.xml)![0], "sqref") ?? "";
        return formules(k.xml)
          .filter((f) => f.includes(merk))
          .map((formula) => ({ ref, formula }));
      });
  }

  voegSamenvoegingToe(bereik: Bereik): void {
    this.voegToeAanLijst("mergeCells", `<${this.p}mergeCell ref="${sqref(bereik)}"/>`);
    // Cells inside a merged area other than its top-left hold no value, as in Excel.
    cellenIn(bereik, (r, c) => {
      if ((r !== bereik.rij || c !== bereik.kolom) && this.cellen[r]?.[c] !== undefined && this.cellen[r]?.[c] !== null)
        this.rij(r)[c] = null;
    });
  }

  voegKeuzelijstToe(bereik: Bereik, keuzes: readonly string[]): void {
    const p = this.p;
    this.voegToeAanLijst(
      "dataValidations",
      `<${p}dataValidation type="list" allowBlank="1" showErrorMessage="0" sqref="${sqref(bereik)}"><${p}formula1>${esc(`"${keuzes.join(",")}"`)}</${p}formula1></${p}dataValidation>`,
    );
  }

  bevries(rijen: number, kolommen: number): void {
    const p = this.p;
    const huidig = this.kind("sheetViews");
    const start = huidig
      ? (/<(?:[\w.-]+:)?sheetView\b[^>]*?(?=\/?>)/.exec(huidig.xml)?.[0] ?? `<${p}sheetView workbookViewId="0"`)
      : `<${p}sheetView workbookViewId="0"`;
    if (rijen === 0 && kolommen === 0) {
      this.zet("sheetViews", `<${p}sheetViews>${start}/></${p}sheetViews>`);
      return;
    }
    const paneel = rijen > 0 && kolommen > 0 ? "bottomRight" : rijen > 0 ? "bottomLeft" : "topRight";
    const split = `${kolommen > 0 ? ` xSplit="${kolommen}"` : ""}${rijen > 0 ? ` ySplit="${rijen}"` : ""}`;
    const linksboven = `${kolomLetters(kolommen)}${rijen + 1}`;
    this.zet(
      "sheetViews",
      `<${p}sheetViews>${start}><${p}pane${split} topLeftCell="${linksboven}" activePane="${paneel}" state="frozen"/><${p}selection pane="${paneel}" activeCell="${linksboven}" sqref="${linksboven}"/></${p}sheetView></${p}sheetViews>`,
    );
  }

  /**
   * A4, `breed` pages wide, as many pages long as needed; `koptekst` in the middle of every page's
   * header (a literal & is doubled, the header's own code for it).
   */
  zetAfdruk(liggend: boolean, breed = 1, koptekst?: string): void {
    const p = this.p;
    const sheetPr = this.kind("sheetPr");
    const fit = `<${p}pageSetUpPr fitToPage="1"/>`;
    if (!sheetPr) this.zet("sheetPr", `<${p}sheetPr>${fit}</${p}sheetPr>`);
    else {
      const zonder = sheetPr.xml.replace(/<(?:[\w.-]+:)?pageSetUpPr\b[^>]*\/>/, "");
      const start = eindeTag(zonder, 0);
      const open = zonder.endsWith("/>") ? `${zonder.slice(0, -2).trimEnd()}>` : zonder.slice(0, start);
      const inhoud = zonder.endsWith("/>") ? "" : zonder.slice(start, zonder.lastIndexOf("</"));
      // pageSetUpPr follows tabColor and outlinePr.
      const na =
        /<(?:[\w.-]+:)?outlinePr\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?outlinePr>)|<(?:[\w.-]+:)?tabColor\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?tabColor>)/g;
      let plek = 0;
      for (const m of inhoud.matchAll(na)) plek = Math.max(plek, m.index + m[0].length);
      this.zet("sheetPr", `${open}${inhoud.slice(0, plek)}${fit}${inhoud.slice(plek)}</${p}sheetPr>`);
    }
    // A table spread over pages wide gets Excel's narrow side margins, so it prints as large as it can.
    if (breed > 1 || !this.kind("pageMargins"))
      this.zet(
        "pageMargins",
        `<${p}pageMargins left="${breed > 1 ? 0.25 : 0.7}" right="${breed > 1 ? 0.25 : 0.7}" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
      );
    this.zet(
      "pageSetup",
      `<${p}pageSetup paperSize="9" orientation="${liggend ? "landscape" : "portrait"}" fitToWidth="${breed}" fitToHeight="0"/>`,
    );
    if (koptekst !== undefined)
      this.zet(
        "headerFooter",
        `<${p}headerFooter><${p}oddHeader>${esc(`&C${koptekst.replace(/&/g, "&&")}`)}</${p}oddHeader></${p}headerFooter>`,
      );
  }

  /** The prefix under which the sheet part knows the relationships namespace (declared if needed). */
  relatiePrefix(): string {
    const m = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${NS_R.replace(/[./]/g, "\\$&")}["']`).exec(this.kop);
    if (m) return m[1]!;
    let prefix = "r";
    while (new RegExp(`xmlns:${prefix}\\s*=`).test(this.kop)) prefix += "r";
    this.kop = this.kop.replace(/<([\w.-]+:)?worksheet\b/, (tag) => `${tag} xmlns:${prefix}="${NS_R}"`);
    this.gewijzigd = true;
    return prefix;
  }

  voegTabelToe(rId: string): void {
    this.voegToeAanLijst("tableParts", `<${this.p}tablePart ${this.relatiePrefix()}:id="${rId}"/>`);
  }

  heeftTekening(): boolean {
    return this.kids.some((k) => k.naam === "drawing");
  }

  zetTekening(rId: string): void {
    this.zet("drawing", `<${this.p}drawing ${this.relatiePrefix()}:id="${rId}"/>`);
  }

  get isGewijzigd(): boolean {
    return this.gewijzigd;
  }

  /** Whether any cell of the part was written or emptied (formulas Excel may have listed changed). */
  get cellenGewijzigd(): boolean {
    return this.bewerkingen.size > 0;
  }

  /** Whether the cell at an address was written or emptied. */
  isBewerkt(adres: string): boolean {
    const cel = celVan(adres);
    return cel !== undefined && this.bewerkingen.get(cel.rij)?.[cel.kolom] !== undefined;
  }

  /** The part as text, in pieces: untouched rows as the slices of the original they are. */
  schrijf(): string[] {
    const stukken: string[] = [this.kop];
    const dim = this.nieuweDimensie();
    for (const kind of this.kids) {
      if (kind.naam === "sheetData") {
        stukken.push(this.dataStart);
        this.schrijfRijen(stukken);
        stukken.push(`</${this.p}sheetData>`);
      } else if (kind.naam === "dimension" && dim) stukken.push(zetAttr(kind.xml, "ref", dim));
      else stukken.push(kind.xml);
    }
    stukken.push(this.staart);
    return stukken;
  }

  private lees(gedeeld: readonly string[]): void {
    const p = this.p;
    const rijRe = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, "g");
    const celRe = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, "g");
    let rij = -1;
    for (const m of this.data.matchAll(rijRe)) {
      const r = attr(m[1]!, "r");
      rij = r !== undefined ? Number(r) - 1 : rij + 1;
      if (!m[2]) continue;
      const waarden: CellValue[] = [];
      const stijlen: number[] = [];
      let kolom = -1;
      let gestijld = false;
      for (const c of m[2].matchAll(celRe)) {
        const attrs = c[1]!;
        const ref = attr(attrs, "r");
        kolom = ref !== undefined ? (celVan(ref)?.kolom ?? kolom + 1) : kolom + 1;
        const waarde = celWaarde(attr(attrs, "t"), c[2], gedeeld);
        this.aantalCellen++;
        while (waarden.length < kolom) waarden.push(null);
        waarden[kolom] = waarde;
        const s = attrs.includes("s=") ? Number(attr(attrs, "s") ?? 0) : 0;
        if (s) {
          stijlen[kolom] = s;
          gestijld = true;
        }
      }
      while (this.cellen.length < rij) this.cellen.push([]);
      this.cellen[rij] = waarden;
      if (gestijld) this.stijlen[rij] = stijlen;
    }
    // Cells inside a merged area other than its top-left: no value, as Excel reports them.
    for (const kind of this.kids) {
      if (kind.naam !== "mergeCells") continue;
      for (const m of kind.xml.matchAll(/<(?:[\w.-]+:)?mergeCell\b[^>]*>/g)) {
        const [a, b] = (attr(m[0], "ref") ?? "").split(":");
        const van = a ? celVan(a) : undefined;
        const tot = b ? celVan(b) : van;
        if (!van || !tot) continue;
        for (let r = van.rij; r <= Math.min(tot.rij, this.cellen.length - 1); r++) {
          const waarden = this.cellen[r]!;
          for (let c = van.kolom; c <= Math.min(tot.kolom, waarden.length - 1); c++)
            if (r !== van.rij || c !== van.kolom) waarden[c] = null;
        }
      }
    }
  }

  private rij(r: number): CellValue[] {
    if (this.uitgegeven) {
      this.cellen = this.cellen.slice();
      this.gekopieerd.clear();
      this.uitgegeven = false;
    }
    while (this.cellen.length <= r) this.cellen.push([]);
    if (!this.gekopieerd.has(r)) {
      this.cellen[r] = this.cellen[r]!.slice();
      this.gekopieerd.add(r);
    }
    return this.cellen[r]!;
  }

  private bewerk(r: number, c: number, xml: Bewerking, waarde: CellValue, s: number): void {
    let rij = this.bewerkingen.get(r);
    if (!rij) this.bewerkingen.set(r, (rij = []));
    rij[c] = xml === null ? null : plat(xml);
    const waarden = this.rij(r);
    while (waarden.length < c) waarden.push(null);
    waarden[c] = waarde;
    if (s !== 0 || this.stijlen[r]?.[c]) (this.stijlen[r] ??= [])[c] = s;
    this.gewijzigd = true;
    this.breedteCache = undefined;
  }

  private kind(naam: string): Kind | undefined {
    return this.kids.find((k) => k.naam === naam);
  }

  /** Replaces the child `naam` (removes it when `xml` is undefined), or adds it in schema order. */
  private zet(naam: string, xml: string | undefined): void {
    const i = this.kids.findIndex((k) => k.naam === naam);
    if (i >= 0) {
      if (xml === undefined) this.kids.splice(i, 1);
      else this.kids[i]!.xml = xml;
    } else if (xml !== undefined) this.voegIn({ naam, xml });
    this.gewijzigd = true;
  }

  /** Adds a child after the last one that comes before it in schema order. */
  private voegIn(kind: Kind): void {
    const plek = VOLGORDE.indexOf(kind.naam);
    let i = this.kids.length;
    for (let j = 0; j < this.kids.length; j++) {
      const k = VOLGORDE.indexOf(this.kids[j]!.naam);
      if (k > plek) {
        i = j;
        break;
      }
    }
    this.kids.splice(i, 0, kind);
    this.gewijzigd = true;
  }

  /** Adds an item to a counted list element (mergeCells, dataValidations, tableParts). */
  private voegToeAanLijst(lijst: string, item: string): void {
    const kind = this.kind(lijst);
    if (!kind) {
      this.voegIn({ naam: lijst, xml: `<${this.p}${lijst} count="1">${item}</${this.p}${lijst}>` });
      return;
    }
    const start = eindeTag(kind.xml, 0);
    const open = kind.xml.slice(0, start);
    const leeg = open.endsWith("/>");
    const inhoud = leeg ? "" : kind.xml.slice(start, kind.xml.lastIndexOf("</"));
    const aantal = Number(attr(open, "count") ?? inhoud.match(/<[\w.:-]+\b[^>]*?(?:\/>|>)/g)?.length ?? 0) + 1;
    const nieuwOpen = zetAttr(leeg ? `${open.slice(0, -2).trimEnd()}>` : open, "count", String(aantal));
    kind.xml = `${nieuwOpen}${inhoud}${item}</${this.p}${lijst}>`;
    this.gewijzigd = true;
  }

  private nieuweDimensie(): string | undefined {
    if (this.bewerkingen.size === 0) return undefined;
    const dim = this.kind("dimension");
    if (!dim) return undefined;
    const [a, b] = (attr(dim.xml, "ref") ?? "A1").split(":");
    const van = celVan(a ?? "A1") ?? { rij: 0, kolom: 0 };
    const tot = celVan(b ?? a ?? "A1") ?? van;
    let rijen = tot.rij;
    let kolommen = tot.kolom;
    for (const [r, rij] of this.bewerkingen) {
      rij.forEach((xml, c) => {
        if (xml === null) return;
        if (r > rijen) rijen = r;
        if (c > kolommen) kolommen = c;
      });
    }
    const start = `${kolomLetters(Math.min(van.kolom, kolommen))}${Math.min(van.rij, rijen) + 1}`;
    return `${start}:${kolomLetters(kolommen)}${rijen + 1}`;
  }

  /** The rows of sheetData: originals merged with the edits, in row order. */
  private schrijfRijen(uit: string[]): void {
    const p = this.p;
    const teDoen = Array.from(new Set([...this.bewerkingen.keys(), ...this.hoogtes.keys()])).sort((a, b) => a - b);
    if (teDoen.length === 0) {
      uit.push(this.data);
      return;
    }
    const rijRe = new RegExp(`<${p}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}row>)`, "g");
    let volgende = 0;
    let vorige = 0;
    let rij = -1;
    for (const m of this.data.matchAll(rijRe)) {
      const r = attr(m[1]!, "r");
      rij = r !== undefined ? Number(r) - 1 : rij + 1;
      while (volgende < teDoen.length && teDoen[volgende]! < rij) uit.push(this.nieuweRij(teDoen[volgende++]!));
      if (teDoen[volgende] === rij) {
        volgende++;
        uit.push(this.data.slice(vorige, m.index));
        uit.push(this.herschrijfRij(rij, m[1]!, m[2] ?? ""));
        vorige = m.index + m[0].length;
      }
    }
    uit.push(this.data.slice(vorige));
    while (volgende < teDoen.length) uit.push(this.nieuweRij(teDoen[volgende++]!));
  }

  private rijStart(rij: number, attrs: string): string {
    let start = `<${this.p}row${attrs.replace(/\s*\/?$/, "")}>`;
    start = zonderAttr(zetAttr(start, "r", String(rij + 1)), "spans");
    const hoogte = this.hoogtes.get(rij);
    if (hoogte !== undefined) start = zetAttr(zetAttr(start, "ht", String(hoogte)), "customHeight", "1");
    return start;
  }

  private nieuweRij(rij: number): string {
    const cellen: string[] = [];
    this.bewerkingen.get(rij)?.forEach((xml) => {
      if (xml !== null) cellen.push(xml);
    });
    if (cellen.length === 0 && !this.hoogtes.has(rij)) return "";
    return `${this.rijStart(rij, "")}${cellen.join("")}</${this.p}row>`;
  }

  /**
   * The usual case, quickly: new cells only right of the row's last cell (helper columns beside
   * the table), so the row's cells stay as they are and ours follow them.
   */
  private achterDeRij(rij: number, attrs: string, inhoud: string, bewerkingen: RijBewerkingen): string | undefined {
    if (inhoud.includes("extLst")) return undefined;
    const laatste = inhoud.lastIndexOf(`<${this.p}c `);
    let kolom = -1;
    if (laatste >= 0) {
      const ref = attr(inhoud.slice(laatste, inhoud.indexOf(">", laatste) + 1), "r");
      const cel = ref === undefined ? undefined : celVan(ref);
      if (!cel) return undefined;
      kolom = cel.kolom;
    } else if (inhoud.includes(`<${this.p}c>`) || inhoud.includes(`<${this.p}c/>`)) return undefined;
    // Holes are skipped, so only the first edit needs finding.
    const eerste = bewerkingen.findIndex((xml) => xml !== undefined);
    if (eerste !== -1 && eerste <= kolom) return undefined;
    let uit = `${this.rijStart(rij, attrs)}${inhoud}`;
    bewerkingen.forEach((xml) => {
      if (xml !== null) uit += xml;
    });
    return `${uit}</${this.p}row>`;
  }

  private herschrijfRij(rij: number, attrs: string, inhoud: string): string {
    const p = this.p;
    const bewerkingen = this.bewerkingen.get(rij) ?? [];
    const snel = this.achterDeRij(rij, attrs, inhoud, bewerkingen);
    if (snel !== undefined) return snel;
    const celRe = new RegExp(`<${p}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${p}c>)`, "g");
    const cellen: [number, string][] = [];
    let kolom = -1;
    let rest = 0;
    for (const c of inhoud.matchAll(celRe)) {
      const ref = attr(c[1]!, "r");
      kolom = ref !== undefined ? (celVan(ref)?.kolom ?? kolom + 1) : kolom + 1;
      rest = c.index + c[0].length;
      if (bewerkingen[kolom] !== undefined) continue;
      cellen.push([
        kolom,
        ref !== undefined
          ? c[0]
          : c[0].replace(new RegExp(`^<${p}c\\b`), `<${p}c r="${kolomLetters(kolom)}${rij + 1}"`),
      ]);
    }
    bewerkingen.forEach((xml, c) => {
      if (xml !== null) cellen.push([c, xml]);
    });
    cellen.sort((a, b) => a[0] - b[0]);
    // What follows the cells in a row (an extLst) stays after them.
    return `${this.rijStart(rij, attrs)}${cellen.map((c) => c[1]).join("")}${inhoud.slice(rest)}</${p}row>`;
  }
}

/** The formulas of the rules in a piece of sheet XML, as text. */
function formules(xml: string): string[] {
  return Array.from(xml.matchAll(/<(?:[\w.-]+:)?formula\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?formula>/g), (m) =>
    unesc(m[1]!),
  );
}
