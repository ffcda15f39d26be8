import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { maakSchooloverzichten } from "../../../src/workbook/school";
import { kleineSchool } from "../../fixtures/overzichten";
import { excelMock } from "./excel-mock";

/** The small school's sheets as Excel would hand them to the adapter. */
async function schoolInExcel() {
  const wb = await FileWorkbook.open(await kleineSchool());
  const namen = await wb.sheetNames();
  const { sheets } = await wb.read({ sheets: namen });
  return excelMock(Object.fromEntries(sheets.map((s) => [s!.naam, s!.cellen.map((r) => r.map((v) => v ?? ""))])));
}

const aspecten = (xml: string) => /<c:cat><c:strRef><c:f>[^<]*!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)<\/c:f>/.exec(xml)!;

describe("hart en handen spider charts", () => {
  it("get one series per pupil or group in Excel, the aspects as its points", async () => {
    const excel = await schoolInExcel();
    await maakSchooloverzichten(new OfficeWorkbook(excel.run), { norm: "2F/1S" });
    const radar = excel.recorded.charts.filter((c) => c.type === "RadarMarkers");
    expect(radar.length).toBeGreaterThanOrEqual(3);
    for (const chart of radar) {
      expect(chart.seriesBy).toBe("Rows");
      expect(chart.series).toBe(1);
      expect(chart.points).toBeGreaterThanOrEqual(3);
    }
  });

  it("keep reading other charts by columns, where a series is a column of values", async () => {
    const excel = await schoolInExcel();
    await maakSchooloverzichten(new OfficeWorkbook(excel.run), { norm: "2F/1S" });
    const anders = excel.recorded.charts.filter((c) => c.type !== "RadarMarkers");
    expect(anders.length).toBeGreaterThan(0);
    const eenKolom = (adres: string) => new Set(adres.replace(/\d+/g, "").split(":")).size === 1;
    for (const chart of anders.filter((c) => eenKolom(c.source))) expect(chart.seriesBy).toBe("Columns");
  });

  it("get one series with the aspects as categories in the file too", async () => {
    const wb = await FileWorkbook.open(await kleineSchool());
    await maakSchooloverzichten(wb, { norm: "2F/1S" });
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    const radar = charts.filter((c) => c.includes("<c:radarChart>"));
    expect(radar.length).toBeGreaterThanOrEqual(3);
    for (const xml of radar) {
      expect(xml.match(/<c:ser>/g)).toHaveLength(1);
      const [, c0, r0, c1, r1] = aspecten(xml);
      expect(r0).toBe(r1); // the aspect names lie in one row…
      expect(c0).not.toBe(c1); // …across several columns
      const waarden = /<c:val><c:numRef><c:f>[^<]*!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)<\/c:f>/.exec(xml)!;
      expect([waarden[1], waarden[3]]).toEqual([c0, c1]); // one value per aspect, in the pupil's row
      expect(waarden[2]).toBe(waarden[4]);
    }
  });
});
