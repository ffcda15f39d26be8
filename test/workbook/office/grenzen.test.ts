import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { kleurGroep } from "../../../src/workbook/kleuring";
import { maakKaarten } from "../../../src/workbook/kwaliteitskaart";
import { vi } from "vitest";
import { breedteInPunten, MAX_BATCH_BYTES, OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { VERVOLG } from "../../../src/core/kaart/formulier";
import type { Change } from "../../../src/workbook/port";
import { excelMock, groepRijen } from "./excel-mock";

/** A group so large that the card's list of pupils below the norm needs far more than 409 points. */
function groteGroep(): unknown[][] {
  return groepRijen(600).map((r, i) =>
    i === 0 ? r : [`${r[0]} met een lange achternaam van meerdere woorden`, ...r.slice(1)],
  );
}

/**
 * Every list of pupils below the norm on the card is whole: its row and the "(vervolg)" rows below
 * it together name as many pupils as the list says it has ("(12 van 600)").
 */
function heelOpVervolgRijen(cellen: readonly (readonly unknown[])[]): void {
  let lijsten = 0;
  cellen.forEach((rij, r) => {
    if (rij[0] === VERVOLG || typeof rij[1] !== "string" || !/ met een lange achternaam/.test(rij[1])) return;
    let tekst = rij[1];
    for (let i = r + 1; cellen[i]?.[0] === VERVOLG; i++) tekst += ` ${String(cellen[i]![1])}`;
    const aantal = /\((\d+) van \d+\)$/.exec(tekst);
    if (!aantal) return;
    lijsten++;
    expect(tekst.match(/Leerling \d+ met een lange achternaam van meerdere woorden/g)).toHaveLength(Number(aantal[1]));
    if (tekst.length > 3000) expect(cellen[r + 1]?.[0]).toBe(VERVOLG);
  });
  expect(lijsten).toBeGreaterThan(0);
}

describe("Excel's limits", () => {
  it("converts a width in characters to Excel's points as Excel does (7 px a character, 5 px margin, 0.75 pt a pixel)", async () => {
    expect(breedteInPunten(16)).toBe(87.75);
    expect(breedteInPunten(8.43)).toBe(48); // Excel's standard column: 64 pixels
    const excel = excelMock({ "Groep 5": groepRijen(10) });
    await kleurGroep(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
    expect(excel.recorded.widths.find((w) => w.sheet === "Groep 5" && w.col === 9)!.width).toBe(87.75);
  });

  it("continues a card's answer that needs more than 409 points on the rows below, in Excel", async () => {
    const excel = excelMock({ "Groep 5": groteGroep() });
    const port = new OfficeWorkbook(excel.run);
    const gepland: Change[] = [];
    const apply = port.apply.bind(port);
    port.apply = (changes) => {
      for (const c of changes) gepland.push(c);
      return apply(changes);
    };
    await maakKaarten(port, { kaarten: ["leerkracht"], blad: "Groep 5", norm: "2F/1S", datum: "01-02-2026" });
    // Planned no higher than Excel allows, so the adapter never has to cut a row short.
    const hoogtes = gepland.flatMap((c) => (c.kind === "rowHeight" ? [c.height] : []));
    expect(hoogtes.length).toBeGreaterThan(0);
    expect(hoogtes.every((h) => h <= 409)).toBe(true);
    const kaart = excel.recorded.formulas.find((w) => w.sheet === "Kwaliteitskaart leerkracht")!;
    heelOpVervolgRijen(kaart.values.map((r) => r.map((v) => (typeof v === "string" ? v.replace(/^'/, "") : v))));
    const direct = excelMock({ Blad: [["x"]] });
    await new OfficeWorkbook(direct.run).apply([{ kind: "rowHeight", sheet: "Blad", row: 0, height: 2000 }]);
    expect(direct.recorded.rowHeights).toEqual([{ sheet: "Blad", row: 0, height: 409 }]);
  });

  it("continues a card's answer that needs more than 409 points on the rows below, in a written file", async () => {
    const wb = FileWorkbook.create();
    await wb.apply([
      { kind: "addSheet", sheet: "Groep 5" },
      {
        kind: "cells",
        sheet: "Groep 5",
        row: 0,
        col: 0,
        cells: groteGroep().map((r) => r.map((value) => ({ value: value as string | number }))),
      },
    ]);
    await maakKaarten(wb, { kaarten: ["leerkracht"], blad: "Groep 5", norm: "2F/1S", datum: "01-02-2026" });
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await wb.toBuffer()) as never);
    const hoogtes: number[] = [];
    const blad = excel.getWorksheet("Kwaliteitskaart leerkracht")!;
    blad.eachRow((row) => row.height && hoogtes.push(row.height));
    expect(hoogtes.length).toBeGreaterThan(0);
    expect(Math.max(...hoogtes)).toBeLessThanOrEqual(409);
    const cellen = (await (await FileWorkbook.open(await wb.toBuffer())).read({ sheets: [blad.name] })).sheets[0]!
      .cellen;
    heelOpVervolgRijen(cellen);
  });

  it("reads a workbook too large for one answer again in blocks of rows that stay under the limit, with the same cells", async () => {
    const groot = {
      "Groep 5": groepRijen(30_000),
      Normen: [
        ["Moment", "landelijk"],
        ["5a", 40],
      ],
    };
    const gewoon = await new OfficeWorkbook(excelMock(groot).run).read({ sheets: ["Groep 5", "Normen"] });
    const excel = excelMock(groot, { faalSync: { n: 1, code: "ResponsePayloadSizeLimitExceeded" } });
    const sync = vi.spyOn(excel.context, "sync");
    const opnieuw = await new OfficeWorkbook(excel.run).read({ sheets: ["Groep 5", "Normen"] });
    expect(opnieuw.sheets).toEqual(gewoon.sheets);
    // The failed try, the sizes, then blocks: 30,001 rows × 8 cells need more than one.
    const blokken = sync.mock.calls.length - 2;
    expect(blokken).toBeGreaterThan(1);
    expect(blokken).toBeLessThanOrEqual(Math.ceil((30_001 * 8 * 48) / MAX_BATCH_BYTES) + 1);
  });

  it("splits a read too large for one answer before Excel is asked, so Excel never refuses it", async () => {
    const groot = {
      "Groep 5": groepRijen(30_000),
      Normen: [
        ["Moment", "landelijk"],
        ["5a", 40],
      ],
      // Wider than either window of the first round trip: read in blocks too.
      Breed: Array.from({ length: 40 }, (_, r) => Array.from({ length: 90 }, (_, c) => r * 100 + c)),
    };
    const sheets = ["Groep 5", "Normen", "Breed"];
    const gewoon = await new OfficeWorkbook(excelMock(groot).run).read({ sheets });
    // As Excel on the web: an answer of more than about 5 MB (here in cells) is refused.
    const excel = excelMock(groot, { maxCellen: 150_000 });
    const sync = vi.spyOn(excel.context, "sync");
    const gelezen = await new OfficeWorkbook(excel.run).read({ sheets });
    const uitkomsten = await Promise.allSettled(sync.mock.results.map((r) => r.value as Promise<void>));
    expect(uitkomsten.map((u) => u.status)).not.toContain("rejected");
    expect(gelezen.sheets).toEqual(gewoon.sheets);
    expect(gelezen.sheets[0]!.cellen).toHaveLength(30_001);
    expect(gelezen.sheets[2]!.cellen[39]![89]).toBe(3989);
    // The sizes and the windows, then the blocks: 30,001 rows × 8 cells and 40 × 90 in a few.
    expect(uitkomsten.length).toBeGreaterThan(1);
    expect(uitkomsten.length).toBeLessThanOrEqual(1 + Math.ceil((30_001 * 8 + 40 * 90) / 100_000) + 1);
  });

  it("reads a group of 3,000 pupils with the norms in one round trip, under the limit", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(3000), Normen: [["Moment"], ["5a"]] }, { maxCellen: 150_000 });
    const sync = vi.spyOn(excel.context, "sync");
    const gelezen = await new OfficeWorkbook(excel.run).read({ sheets: ["Groep 5", "Normen", "Opzoeken"] });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(gelezen.sheets[0]!.cellen).toHaveLength(3001);
    expect(gelezen.sheets[2]).toBeUndefined();
  });

  it("still says in Dutch what to do when a single read is refused for another reason", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(10) }, { faalSync: { n: 1, code: "ItemNotFound" } });
    await expect(new OfficeWorkbook(excel.run).read({ sheets: ["Groep 5"] })).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
