/**
 * Native Excel charts in a file. Each chart is a DrawingML part referring to cell ranges, with the
 * current values cached so that viewers that do not recalculate (LibreOffice, previews) show them
 * too. Charts go on sheets the add-in made, which have no drawing of their own yet.
 */
import { bereikAdres, bladVerwijzing, type Bereik } from "../../core/adres";
import type { ChartSpec } from "../port";
import { esc } from "./xml";

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};

/** Line colours for series in order: the add-in's green and blue first, then calm greys. */
const SERIES_COLOURS = ["2E7D32", "1565C0", "9E9E9E", "F9A825", "6D4C41", "8E24AA", "00838F", "C62828"];

type Cells = (row: number, col: number) => unknown;

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
  const points = cellsOf(range).map(
    ({ row, col }, i) => `<c:pt idx="${i}"><c:v>${esc(String(cells(row, col) ?? ""))}</c:v></c:pt>`,
  );
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

function valAx(
  id: number,
  cross: number,
  position: "b" | "l",
  title?: string,
  gridlines = true,
  grenzen?: Pick<ChartSpec, "yMin" | "yMax" | "yFormaat">,
): string {
  const titel = title ? `<c:title>${richText(title, 900)}<c:overlay val="0"/></c:title>` : "";
  // Schema order inside c:scaling: orientation, then max, then min.
  const max = grenzen?.yMax !== undefined ? `<c:max val="${grenzen.yMax}"/>` : "";
  const min = grenzen?.yMin !== undefined ? `<c:min val="${grenzen.yMin}"/>` : "";
  const formaat = grenzen?.yFormaat
    ? `<c:numFmt formatCode="${esc(grenzen.yFormaat)}" sourceLinked="0"/>`
    : '<c:numFmt formatCode="General" sourceLinked="1"/>';
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
        const marker = s.referentie
          ? '<c:marker><c:symbol val="none"/></c:marker>'
          : '<c:marker><c:symbol val="circle"/><c:size val="7"/></c:marker>';
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
      case "radar": {
        // A reference series (the group mean beside a pupil) is dashed, without markers, as in a line chart.
        const marker = s.referentie ? '<c:symbol val="none"/>' : '<c:symbol val="circle"/><c:size val="5"/>';
        return `<c:ser>${head}${line(colour, s.referentie)}<c:marker>${marker}</c:marker><c:cat>${cat}</c:cat><c:val>${val}</c:val></c:ser>`;
      }
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
      const lineChart = lines
        ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>`
        : "";
      return `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${bars}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>${lineChart}${catAx()}${valAx(VAL_AX, CAT_AX, "l", spec.yTitle, true, spec)}`;
    }
    case "radar":
      return `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series.join("")}${axes}</c:radarChart>${catAx()}${valAx(VAL_AX, CAT_AX, "l", undefined, true, spec)}`;
  }
}

/** A white chart area: cells under a chart (a spider chart's own data) do not show through in LibreOffice. */
const WIT =
  '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>';

export function chartXml(spec: ChartSpec, sheet: string, cells: Cells): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:lang val="nl-NL"/><c:roundedCorners val="0"/><c:chart><c:title>${richText(spec.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot(spec, sheet, cells)}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${WIT}</c:chartSpace>`;
}

export function anchor(spec: ChartSpec, id: number, relId: string): string {
  const { rij, kolom, rijen, kolommen } = spec.anchor;
  const at = (r: number, c: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(rij, kolom)}</xdr:from><xdr:to>${at(rij + rijen, kolom + kolommen)}</xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${esc(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}
