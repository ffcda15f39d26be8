/**
 * Native Excel charts in a file ExcelJS has written (ExcelJS cannot write charts). Each chart is
 * a DrawingML part referring to cell ranges, with the current values cached so that viewers that
 * do not recalculate (LibreOffice, previews) show them too. Charts go on sheets the add-in made,
 * which have no drawing of their own yet.
 */
import { strFromU8, strToU8, unzipSync } from "fflate";
import { bereikAdres, bladVerwijzing, type Bereik } from "../../core/adres";
import type { ChartSpec } from "../port";
import { zipParts } from "./zip-pack";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};

/** Line colours for series in order: the add-in's green and blue first, then calm greys. */
const SERIES_COLOURS = ["2E7D32", "1565C0", "9E9E9E", "F9A825", "6D4C41", "8E24AA", "00838F", "C62828"];

export interface PlacedChart {
  readonly sheet: string;
  readonly sheetIndex: number;
  readonly chart: ChartSpec;
}

type Cells = (row: number, col: number) => unknown;

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function cellsOf(range: Bereik): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let r = range.rij; r < range.rij + range.rijen; r++) {
    for (let c = range.kolom; c < range.kolom + range.kolommen; c++) out.push({ row: r, col: c });
  }
  return out;
}

function ref(sheet: string, range: Bereik): string {
  return esc(`${bladVerwijzing(sheet)}!${bereikAdres(range, true)}`);
}

function strRef(sheet: string, range: Bereik, cells: Cells): string {
  const points = cellsOf(range).map(({ row, col }, i) => `<c:pt idx="${i}"><c:v>${esc(String(cells(row, col) ?? ""))}</c:v></c:pt>`);
  return `<c:strRef><c:f>${ref(sheet, range)}</c:f><c:strCache><c:ptCount val="${points.length}"/>${points.join("")}</c:strCache></c:strRef>`;
}

function numRef(sheet: string, range: Bereik, cells: Cells): string {
  const all = cellsOf(range);
  const points = all.flatMap(({ row, col }, i) => {
    const v = cells(row, col);
    return typeof v === "number" && Number.isFinite(v) ? [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`] : [];
  });
  return `<c:numRef><c:f>${ref(sheet, range)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${all.length}"/>${points.join("")}</c:numCache></c:numRef>`;
}

function richText(text: string, size = 1200): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="nl-NL" sz="${size}" b="1"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function line(colour: string, dashed: boolean | undefined = false): string {
  return `<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>${dashed ? '<a:prstDash val="dash"/>' : ""}</a:ln></c:spPr>`;
}

function fill(colour: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr>`;
}

const CAT_AX = 500100;
const VAL_AX = 500200;

function catAx(position: "b" | "l" = "b"): string {
  return `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
}

function valAx(id: number, cross: number, position: "b" | "l", title?: string, gridlines = true, grenzen?: Pick<ChartSpec, "yMin" | "yMax" | "yFormaat">): string {
  const titel = title ? `<c:title>${richText(title, 900)}<c:overlay val="0"/></c:title>` : "";
  // Schema order inside c:scaling: orientation, then max, then min.
  const max = grenzen?.yMax !== undefined ? `<c:max val="${grenzen.yMax}"/>` : "";
  const min = grenzen?.yMin !== undefined ? `<c:min val="${grenzen.yMin}"/>` : "";
  const formaat = grenzen?.yFormaat ? `<c:numFmt formatCode="${esc(grenzen.yFormaat)}" sourceLinked="0"/>` : '<c:numFmt formatCode="General" sourceLinked="1"/>';
  return `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling><c:delete val="0"/><c:axPos val="${position}"/>${gridlines ? "<c:majorGridlines/>" : ""}${titel}${formaat}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:crossBetween val="${position === "b" ? "midCat" : "between"}"/></c:valAx>`;
}

function plot(spec: ChartSpec, sheet: string, cells: Cells): string {
  const series = spec.series.map((s, i) => {
    const colour = s.kleur?.replace("#", "").toUpperCase() ?? SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
    const cat = strRef(sheet, spec.categories, cells);
    const val = numRef(sheet, s.values, cells);
    switch (spec.type) {
      case "line": {
        const marker = s.referentie ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:marker><c:symbol val="circle"/><c:size val="7"/></c:marker>';
        return `<c:ser>${head}${line(colour, s.referentie)}${marker}<c:cat>${cat}</c:cat><c:val>${val}</c:val><c:smooth val="0"/></c:ser>`;
      }
      case "scatter": {
        const look = !s.referentie
          ? `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`
          : `${line(colour, true)}<c:marker><c:symbol val="none"/></c:marker>`;
        return `<c:ser>${head}${look}<c:xVal>${numRef(sheet, spec.categories, cells)}</c:xVal><c:yVal>${val}</c:yVal><c:smooth val="0"/></c:ser>`;
      }
      case "barStacked":
        // A reference series in a bar chart is a line on the same axes (the ambitie over the bars).
        return s.referentie
          ? `<c:ser>${head}${line(colour, true)}<c:marker><c:symbol val="none"/></c:marker><c:cat>${cat}</c:cat><c:val>${val}</c:val><c:smooth val="0"/></c:ser>`
          : `<c:ser>${head}${fill(colour)}<c:invertIfNegative val="0"/><c:cat>${cat}</c:cat><c:val>${val}</c:val></c:ser>`;
      case "radar":
        return `<c:ser>${head}${line(colour)}<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker><c:cat>${cat}</c:cat><c:val>${val}</c:val></c:ser>`;
    }
  });
  const axes = `<c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/>`;
  switch (spec.type) {
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join("")}<c:marker val="1"/>${axes}</c:lineChart>${catAx()}${valAx(VAL_AX, CAT_AX, "l", spec.yTitle, true, spec)}`;
    case "scatter":
      return `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series.join("")}${axes}</c:scatterChart>${valAx(CAT_AX, VAL_AX, "b", undefined, false)}${valAx(VAL_AX, CAT_AX, "l", spec.yTitle, true, spec)}`;
    case "barStacked": {
      const bars = series.filter((_, i) => !spec.series[i]!.referentie).join("");
      const lines = series.filter((_, i) => spec.series[i]!.referentie).join("");
      const lineChart = lines ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>` : "";
      return `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${bars}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>${lineChart}${catAx()}${valAx(VAL_AX, CAT_AX, "l", spec.yTitle, true, spec)}`;
    }
    case "radar":
      return `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series.join("")}${axes}</c:radarChart>${catAx()}${valAx(VAL_AX, CAT_AX, "l")}`;
  }
}

export function chartXml(spec: ChartSpec, sheet: string, cells: Cells): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:lang val="nl-NL"/><c:roundedCorners val="0"/><c:chart><c:title>${richText(spec.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot(spec, sheet, cells)}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function anchor(spec: ChartSpec, id: number, relId: string): string {
  const { rij, kolom, rijen, kolommen } = spec.anchor;
  const at = (r: number, c: number) => `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(rij, kolom)}</xdr:from><xdr:to>${at(rij + rijen, kolom + kolommen)}</xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${esc(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

/** The worksheet part of each sheet name, through workbook.xml and its relationships. */
/** The parts of an .xlsx in memory, read and written as text. */
class Delen {
  constructor(readonly bestanden: Record<string, Uint8Array>) {}

  tekst(naam: string): string | undefined {
    const data = this.bestanden[naam];
    return data === undefined ? undefined : strFromU8(data);
  }

  zet(naam: string, tekst: string): void {
    this.bestanden[naam] = strToU8(tekst);
  }

  namen(): string[] {
    return Object.keys(this.bestanden);
  }
}

function sheetParts(zip: Delen): Map<string, string> {
  const workbook = zip.tekst("xl/workbook.xml")!;
  const rels = zip.tekst("xl/_rels/workbook.xml.rels")!;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && id && targets.has(id)) parts.set(name, `xl/${targets.get(id)}`);
  }
  return parts;
}

function cellReader(xml: string, shared: string[]): Cells {
  const values = new Map<string, unknown>();
  for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, letters, row, attrs, body] = m;
    const v = /<v>([\s\S]*?)<\/v>/.exec(body ?? "")?.[1];
    const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body ?? "")?.[1];
    const type = /t="([^"]+)"/.exec(attrs ?? "")?.[1];
    let value: unknown = undefined;
    if (type === "s" && v !== undefined) value = shared[Number(v)];
    else if (type === "inlineStr" || type === "str") value = inline ?? v;
    else if (v !== undefined) value = Number(v);
    const col = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    values.set(`${Number(row) - 1}:${col}`, value);
  }
  return (row, col) => values.get(`${row}:${col}`);
}

function sharedStrings(zip: Delen): string[] {
  const xml = zip.tekst("xl/sharedStrings.xml");
  if (xml === undefined) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescape(t[1]!)).join(""),
  );
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Adds the charts to a finished .xlsx and returns the new file. */
export async function injectCharts(xlsx: Uint8Array, charts: readonly PlacedChart[]): Promise<Uint8Array> {
  const zip = new Delen(unzipSync(xlsx));
  const parts = sheetParts(zip);
  const shared = sharedStrings(zip);
  let types = zip.tekst("[Content_Types].xml")!;
  const bySheet = new Map<string, PlacedChart[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);

  let chartNo = zip.namen().filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
  let drawingNo = zip.namen().filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n)).length;
  for (const [sheet, placed] of bySheet) {
    const part = parts.get(esc(sheet)) ?? parts.get(sheet);
    if (!part) throw new Error(`Blad ${sheet} staat niet in het bestand`);
    let sheetXml = zip.tekst(part)!;
    if (/<drawing\b/.test(sheetXml)) throw new Error(`Blad ${sheet} heeft al een tekening; grafieken horen op een eigen blad`);
    const cells = cellReader(sheetXml, shared);
    const drawing = `xl/drawings/drawing${++drawingNo}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    placed.forEach((p, i) => {
      const chartPart = `xl/charts/chart${++chartNo}.xml`;
      zip.zet(chartPart, chartXml(p.chart, p.sheet, cells));
      types = types.replace("</Types>", `<Override PartName="/${chartPart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${NS.chartRel}" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchor(p.chart, i + 1, `rId${i + 1}`));
    });
    zip.zet(drawing, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`);
    zip.zet(drawing.replace("drawings/", "drawings/_rels/") + ".rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${drawingRels.join("")}</Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);

    const relsPath = part.replace("worksheets/", "worksheets/_rels/") + ".rels";
    const existing = zip.tekst(relsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}"></Relationships>`;
    const relId = `rIdLvsDrawing${drawingNo}`;
    zip.zet(relsPath, existing.replace("</Relationships>", `<Relationship Id="${relId}" Type="${NS.drawingRel}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    // <drawing> must come before legacyDrawing, tableParts and extLst in a worksheet.
    const tag = `<drawing r:id="${relId}"/>`;
    const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
    sheetXml = before ? sheetXml.slice(0, before.index) + tag + sheetXml.slice(before.index) : sheetXml.replace("</worksheet>", `${tag}</worksheet>`);
    if (!/xmlns:r=/.test(sheetXml.slice(0, 500))) sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
    zip.zet(part, sheetXml);
  }
  zip.zet("[Content_Types].xml", types);
  return zipParts(zip.bestanden);
}
