import { describe, expect, it, vi } from "vitest";
import { maakLeerlingkaarten } from "../../../src/workbook/leerlingkaart";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { excelMock, groepRijen } from "./excel-mock";

async function kaarten(leerlingen: number) {
  const excel = excelMock({ "Groep 5": groepRijen(leerlingen) });
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

  it("add a sheet per pupil with native charts and only values, no LVS formulas", async () => {
    const { excel } = await kaarten(3);
    expect(excel.recorded.addedSheets).toEqual(["Kaart Leerling 1", "Kaart Leerling 2", "Kaart Leerling 3"]);
    // Three vaardigheden: a voortgangsgrafiek and a leergroeimeter each.
    expect(excel.recorded.charts.filter((c) => c.sheet === "Kaart Leerling 1").map((c) => c.title)).toEqual([
      "Voortgang rekenen",
      "Leergroeimeter rekenen",
      "Voortgang lezen",
      "Leergroeimeter lezen",
      "Voortgang taalverzorging",
      "Leergroeimeter taalverzorging",
    ]);
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
