/**
 * The styles part (xl/styles.xml), added to but never changed: a written cell gets a new cell
 * format made from the format it had plus what the add-in sets (fill, font, number format, wrap,
 * border); every format already there keeps its number, so every cell of the user's keeps its look.
 * The part is written back only when something was added.
 */
import type { PlannedCell } from "../port";
import { attr, esc, zetAttr } from "./xml";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The styles of a new workbook: one font, the two fills Excel requires, no border. */
export const NIEUWE_STIJLEN = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

/** Number formats Excel knows by number, so they need no entry of their own. */
const INGEBOUWD: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

const LIJSTEN = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"] as const;
type Lijst = (typeof LIJSTEN)[number];
const ELEMENT: Readonly<Record<Lijst, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  cellStyles: "cellStyle",
  dxfs: "dxf",
};

/** The children of a list element, each as written. */
function elementen(inhoud: string, naam: string, p: string): string[] {
  const re = new RegExp(`<${p}${naam}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${naam}>)`, "g");
  return Array.from(inhoud.matchAll(re), (m) => m[0]);
}

const RAND = `<left style="thin"><color rgb="FFB0B0B0"/></left><right style="thin"><color rgb="FFB0B0B0"/></right><top style="thin"><color rgb="FFB0B0B0"/></top><bottom style="thin"><color rgb="FFB0B0B0"/></bottom><diagonal/>`;

export function argb(kleur: string): string {
  return `FF${kleur.replace("#", "").toUpperCase()}`;
}

function opmaakSleutel(p: PlannedCell): string {
  return `${p.numberFormat ?? ""}|${p.fill ?? ""}|${p.bold ? 1 : 0}${p.italic ? 1 : 0}|${p.fontColor ?? ""}|${p.wrap ? 1 : 0}${p.border ? 1 : 0}`;
}

/** Whether a planned cell sets any format (else it keeps the one the cell had). */
export function zetOpmaak(p: PlannedCell): boolean {
  return Boolean(p.numberFormat || p.fill || p.bold || p.italic || p.fontColor || p.wrap || p.border);
}

/** The number format, when that is the only format a planned cell sets. */
function alleenNotatie(p: PlannedCell): string | undefined {
  return p.fill || p.bold || p.italic || p.fontColor || p.wrap || p.border ? undefined : p.numberFormat;
}

export class Stijlen {
  private readonly p: string;
  private readonly bestaand: Record<Lijst, string[]>;
  private readonly nieuw: Record<Lijst, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellStyleXfs: [],
    cellXfs: [],
    cellStyles: [],
    dxfs: [],
  };
  private readonly gemaakt = new Map<string, number>();
  private readonly notaties = new Map<string, Map<number, number>>();
  private readonly getalnotaties = new Map<string, number>();
  private volgendeNotatie = 164;

  constructor(private readonly xml: string) {
    this.p = /<([\w.-]+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    this.bestaand = Object.fromEntries(
      LIJSTEN.map((lijst) => [lijst, elementen(this.inhoud(lijst), ELEMENT[lijst], this.p)]),
    ) as Record<Lijst, string[]>;
    for (const nf of this.bestaand.numFmts) {
      const id = Number(attr(nf, "numFmtId"));
      const code = attr(nf, "formatCode");
      if (code !== undefined) this.getalnotaties.set(code, id);
      if (id >= this.volgendeNotatie) this.volgendeNotatie = id + 1;
    }
  }

  get gewijzigd(): boolean {
    return LIJSTEN.some((lijst) => this.nieuw[lijst].length > 0);
  }

  /** The cell format a cell gets when `planned` is written over its format `basis`. */
  voor(basis: number, planned: PlannedCell): number {
    if (!zetOpmaak(planned)) return basis;
    // A helper column's cells set only a number format: found without building a key per cell.
    const notatie = alleenNotatie(planned);
    if (notatie === undefined) return this.maak(basis, planned);
    let perBasis = this.notaties.get(notatie);
    if (!perBasis) this.notaties.set(notatie, (perBasis = new Map()));
    let s = perBasis.get(basis);
    if (s === undefined) perBasis.set(basis, (s = this.maak(basis, planned)));
    return s;
  }

  private maak(basis: number, planned: PlannedCell): number {
    const sleutel = `${basis}|${opmaakSleutel(planned)}`;
    const bekend = this.gemaakt.get(sleutel);
    if (bekend !== undefined) return bekend;
    const xf =
      this.element("cellXfs", basis) ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    let start = /^<[^>]*>/.exec(xf)![0];
    let kinderen = start.endsWith("/>") ? "" : xf.slice(start.length, xf.lastIndexOf("<"));
    if (start.endsWith("/>")) start = `${start.slice(0, -2).trimEnd()}>`;
    if (planned.numberFormat)
      start = zetAttr(
        zetAttr(start, "numFmtId", String(this.getalnotatie(planned.numberFormat))),
        "applyNumberFormat",
        "1",
      );
    if (planned.fill) {
      const fill = `<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${argb(planned.fill)}"/><${this.p}bgColor indexed="64"/></${this.p}patternFill></${this.p}fill>`;
      start = zetAttr(zetAttr(start, "fillId", String(this.voegToe("fills", fill))), "applyFill", "1");
    }
    if (planned.bold || planned.italic || planned.fontColor) {
      const font = this.afgeleideFont(Number(attr(start, "fontId") ?? 0), planned);
      start = zetAttr(zetAttr(start, "fontId", String(this.voegToe("fonts", font))), "applyFont", "1");
    }
    if (planned.border)
      start = zetAttr(
        zetAttr(
          start,
          "borderId",
          String(
            this.voegToe(
              "borders",
              `<${this.p}border>${RAND.replace(/<(\/?)(\w)/g, `<$1${this.p}$2`)}</${this.p}border>`,
            ),
          ),
        ),
        "applyBorder",
        "1",
      );
    if (planned.wrap) {
      kinderen = `<${this.p}alignment wrapText="1" vertical="top"/>${kinderen.replace(new RegExp(`<${this.p}alignment\\b[^>]*?(?:/>|>[\\s\\S]*?</${this.p}alignment>)`), "")}`;
      start = zetAttr(start, "applyAlignment", "1");
    }
    const id = this.voegToe("cellXfs", `${start}${kinderen}</${this.p}xf>`);
    this.gemaakt.set(sleutel, id);
    return id;
  }

  /** A differential format for a conditional-format rule: fill and font colour. */
  dxf(fill: string, fontColor: string): number {
    const p = this.p;
    return this.voegToe(
      "dxfs",
      `<${p}dxf><${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font><${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(fill)}"/><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  /** The styles part with what was added; the original text where nothing was. */
  schrijf(): string {
    let xml = this.xml;
    for (const lijst of LIJSTEN) {
      const nieuw = this.nieuw[lijst];
      if (nieuw.length === 0) continue;
      const aantal = this.bestaand[lijst].length + nieuw.length;
      const re = new RegExp(`<${this.p}${lijst}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${this.p}${lijst}>)`);
      const m = re.exec(xml);
      if (m) {
        const start = zetAttr(`<${this.p}${lijst}${m[1]!.replace(/\s*$/, "")}>`, "count", String(aantal));
        xml = `${xml.slice(0, m.index)}${start}${m[2] ?? ""}${nieuw.join("")}</${this.p}${lijst}>${xml.slice(m.index + m[0].length)}`;
      } else {
        xml = this.plaats(xml, lijst, `<${this.p}${lijst} count="${aantal}">${nieuw.join("")}</${this.p}${lijst}>`);
      }
    }
    return xml;
  }

  private inhoud(lijst: Lijst): string {
    const m = new RegExp(`<${this.p}${lijst}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${this.p}${lijst}>)`).exec(this.xml);
    return m?.[1] ?? "";
  }

  private element(lijst: Lijst, index: number): string | undefined {
    const bestaand = this.bestaand[lijst];
    return index < bestaand.length ? bestaand[index] : this.nieuw[lijst][index - bestaand.length];
  }

  private voegToe(lijst: Lijst, xml: string): number {
    const alle = this.bestaand[lijst].length + this.nieuw[lijst].length;
    const eerder = this.nieuw[lijst].indexOf(xml);
    if (eerder >= 0) return this.bestaand[lijst].length + eerder;
    this.nieuw[lijst].push(xml);
    return alle;
  }

  private getalnotatie(code: string): number {
    const ingebouwd = INGEBOUWD[code];
    if (ingebouwd !== undefined) return ingebouwd;
    let id = this.getalnotaties.get(code);
    if (id === undefined) {
      id = this.volgendeNotatie++;
      this.getalnotaties.set(code, id);
      this.nieuw.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    }
    return id;
  }

  /** The font of the cell with bold, italic or a colour set; its face and size kept. */
  private afgeleideFont(fontId: number, planned: PlannedCell): string {
    const p = this.p;
    const font = this.element("fonts", fontId) ?? `<${p}font/>`;
    let inhoud = font.endsWith("/>") ? "" : font.slice(font.indexOf(">") + 1, font.lastIndexOf("<"));
    const weg = (naam: string) =>
      (inhoud = inhoud.replace(new RegExp(`<${p}${naam}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${naam}>)`, "g"), ""));
    if (planned.bold) weg("b");
    if (planned.italic) weg("i");
    if (planned.fontColor) weg("color");
    const voor = `${planned.bold ? `<${p}b/>` : ""}${planned.italic ? `<${p}i/>` : ""}`;
    const kleur = planned.fontColor ? `<${p}color rgb="${argb(planned.fontColor)}"/>` : "";
    // Excel writes a font's colour after its size and before its name.
    const naam = inhoud.search(new RegExp(`<${p}(name|family|charset|scheme)\\b`));
    inhoud = naam >= 0 ? inhoud.slice(0, naam) + kleur + inhoud.slice(naam) : inhoud + kleur;
    return `<${p}font>${voor}${inhoud}</${p}font>`;
  }

  private plaats(xml: string, lijst: Lijst, element: string): string {
    // Schema order of the styleSheet's children; a missing list goes before the first that follows it.
    const volgorde = [
      "numFmts",
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
      "dxfs",
      "tableStyles",
      "colors",
      "extLst",
    ];
    for (const volgende of volgorde.slice(volgorde.indexOf(lijst) + 1)) {
      const m = new RegExp(`<${this.p}${volgende}\\b`).exec(xml);
      if (m) return xml.slice(0, m.index) + element + xml.slice(m.index);
    }
    return xml.replace(new RegExp(`</${this.p}styleSheet>\\s*$`), `${element}</${this.p}styleSheet>`);
  }
}
