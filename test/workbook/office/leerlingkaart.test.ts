import { describe, expect, it, vi } from "vitest";
import { maakLeerlingkaarten } from "../../../src/workbook/leerlingkaart";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { excelMock, groepRijen } from "./excel-mock";

/** Hart en handen of every pupil of groepRijen: five aspects of the first questionnaire. */
function hartRijen(leerlingen: number): unknown[][] {
  const kop = ["Leerling", "Leerjaar", "Zelfmanagement", "Sociale vaardigheden", "Uiting van gevoelens"];
  const aspecten = ["Beheersing van gevoelens", "Empathisch vermogen", "Sociaalwenselijkheid"];
  const rijen: unknown[][] = [[...kop, ...aspecten]];
  for (let i = 0; i < leerlingen; i++) rijen.push([`Leerling ${i + 1}`, 5, 50, 60, 70, 40 + (i % 20), 55, 30]);
  return rijen;
}

async function kaarten(leerlingen: number, metHart = false) {
  const excel = excelMock({
    "Groep 5": groepRijen(leerlingen),
    ...(metHart ? { "Hart en handen": hartRijen(leerlingen) } : {}),
  });
  const sync = vi.spyOn(excel.context, "sync");
  const r = await maakLeerlingkaarten(new OfficeWorkbook(excel.run), {
    blad: "Groep 5",
    norm: "2F/1S",
    datum: "30-11-2026",
  });
  return { excel, r, syncs: sync.mock.calls.length };
}

describe("pupil cards in Excel", () => {
  it("cost the same few round trips for a group of 30 as for 300 pupils", async () => {
    const klein = await kaarten(30);
    const groot = await kaarten(300);
    expect(klein.r.status === "klaar" && klein.r.bladen.length).toBe(30);
    expect(groot.r.status === "klaar" && groot.r.bladen.length).toBe(300);
    expect(klein.syncs).toBeLessThanOrEqual(4);
    expect(groot.syncs).toBe(klein.syncs);
  });

  it("read the hart-en-handen sheet along in the same round trips", async () => {
    const zonder = await kaarten(30);
    const met = await kaarten(30, true);
    expect(met.excel.recorded.charts.filter((c) => c.type === "RadarMarkers")).toHaveLength(30);
    expect(met.syncs).toBe(zonder.syncs);
  });

  it("add a sheet per pupil with native charts and only values, no LVS formulas", async () => {
    const { excel } = await kaarten(3, true);
    expect(excel.recorded.addedSheets).toEqual(["Kaart Leerling 1", "Kaart Leerling 2", "Kaart Leerling 3"]);
    // Three vaardigheden: a voortgangsgrafiek and a leergroeimeter each.
    expect(excel.recorded.charts.filter((c) => c.sheet === "Kaart Leerling 1").map((c) => c.title)).toEqual([
      "Voortgang rekenen",
      "Leergroeimeter rekenen",
      "Voortgang lezen",
      "Leergroeimeter lezen",
      "Voortgang taalverzorging",
      "Leergroeimeter taalverzorging",
      "Sociaal-emotionele ontwikkeling",
    ]);
    // The spider chart: the pupil's five aspects in a column, the group mean added as a second series.
    const spin = excel.recorded.charts.find((c) => c.sheet === "Kaart Leerling 1" && c.type === "RadarMarkers")!;
    expect(spin).toMatchObject({ seriesBy: "Columns", series: 2, points: 5 });
    const geschreven = excel.recorded.formulas
      .filter((f) => f.sheet.startsWith("Kaart"))
      .flatMap((f) => f.values.flat());
    expect(geschreven.some((v) => typeof v === "string" && /LVS\./i.test(v))).toBe(false);
    expect(excel.recorded.formulas.some((f) => f.sheet === "Groep 5")).toBe(false);
    expect(excel.recorded.printTitles.filter((p) => p.sheet === "Kaart Leerling 1")).toEqual([
      { sheet: "Kaart Leerling 1", rows: "$1:$1" },
    ]);
    expect(excel.recorded.headers.find((h) => h.sheet === "Kaart Leerling 1")?.text).toMatch(
      /^Leerlingkaart Leerling 1 – /,
    );
  });
});
