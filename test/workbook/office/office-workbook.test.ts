import { describe, expect, it, vi } from "vitest";
import { REGEL_MERK } from "../../../src/core/groep/kleurplan";
import { KLEUR_OPMAAK } from "../../../src/core/kleur";
import { kleurGroep, verwijderKleuring } from "../../../src/workbook/kleuring";
import { OfficeWorkbook } from "../../../src/workbook/office/office-workbook";
import { maakKaarten } from "../../../src/workbook/kwaliteitskaart";
import { excelMock, groepRijen } from "./excel-mock";

async function kleur(leerlingen: number) {
  const excel = excelMock({ "Groep 5": groepRijen(leerlingen) });
  const sync = vi.spyOn(excel.context, "sync");
  const resultaat = await kleurGroep(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
  return { excel, syncs: sync.mock.calls.length, resultaat };
}

describe("colouring a group in Excel through Office.js", () => {
  it("costs one read (cells, formats and its own earlier rules) and one write, for 30 pupils as for 3,000", async () => {
    const klein = await kleur(30);
    const groot = await kleur(3000);
    expect(klein.resultaat.status).toBe("klaar");
    expect(groot.resultaat.status).toBe("klaar");
    expect(klein.syncs).toBe(2);
    expect(groot.syncs).toBe(2);
  }, 240_000);

  it("adds at most one rule per colour to the sheet, over every coloured column at once", async () => {
    const { excel } = await kleur(3000);
    expect(excel.recorded.rules.length).toBeLessThanOrEqual(8);
    expect(new Set(excel.recorded.rules.map((r) => r.address)).size).toBe(1);
  }, 240_000);

  it("replaces its earlier colouring in the same two round trips, deleting its old rules by id", async () => {
    const { excel } = await kleur(30);
    const again = excelMock(
      { "Groep 5": groepRijen(30) },
      { settings: excel.recorded.settings, rules: ['=AND(N("LVS Analyse")=0,$N2="groen")', "=$C2<20"] },
    );
    const sync = vi.spyOn(again.context, "sync");
    const r = await kleurGroep(new OfficeWorkbook(again.run), { blad: "Groep 5", norm: "geen", vervangen: true });
    expect(r.status).toBe("klaar");
    expect(sync.mock.calls.length).toBe(2);
    expect(again.recorded.deletedRules).toEqual(['=AND(N("LVS Analyse")=0,$N2="groen")']);
  });

  it("writes built-in formulas into new columns right of the table, never into the user's columns, and no LVS function", async () => {
    const { excel } = await kleur(30);
    const opGroep = excel.recorded.formulas.filter((w) => w.sheet === "Groep 5");
    expect(opGroep.every((w) => w.col >= 9)).toBe(true); // the table ends in column H (7)
    const niveau = opGroep.find((w) => w.values[0]?.[0] === "'Niveau rekenen")!;
    expect(niveau.col).toBe(9);
    expect(niveau.values[1]![0]).toMatch(/^=IF\(.*D2.*"5b","op weg naar 5b"/);
    const kleurKolom = opGroep.find((w) => w.values[0]?.[0] === "'Kleur rekenen")!;
    expect(kleurKolom.values[1]![0]).toMatch(/IF\(ISNUMBER\(M2\),IF\(M2>=1,"donker","licht"\),""\)&IF\(ISNUMBER\(L2\)/);
    expect(JSON.stringify(excel.recorded.formulas)).not.toMatch(/LVS\./);
    // The lookup sheet the Norm formulas read, with the indicatieve line.
    expect(excel.recorded.addedSheets).toContain("LVS-normen");
  });

  it("sends a helper column's formula once and lets Excel copy it down the column", async () => {
    const { excel } = await kleur(300);
    const niveau = excel.recorded.formulas.find(
      (w) => w.sheet === "Groep 5" && w.values[0]?.[0] === "'Niveau rekenen",
    )!;
    expect(niveau.values.slice(2).every((r) => r[0] === null)).toBe(true);
    expect(excel.recorded.copies).toContainEqual({
      sheet: "Groep 5",
      address: "J3:J301",
      from: "J2",
      type: "Formulas",
    });
  });

  it("writes right of borders drawn past the table, as far as the used range with formats reaches", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) }, { opgemaakt: { "Groep 5": 12 } });
    await kleurGroep(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
    expect(Math.min(...excel.recorded.formulas.filter((w) => w.sheet === "Groep 5").map((w) => w.col))).toBe(13);
  });

  it("adds conditional formats with built-in formulas over the Kleur label, marked as its own", async () => {
    const { excel } = await kleur(30);
    const groen = excel.recorded.rules.filter((r) => r.sheet === "Groep 5" && r.formula?.endsWith('="donkergroen")'));
    // One rule per colour over all coloured columns; each cell reads the label of its own vaardigheid.
    expect(groen.map((r) => r.address)).toEqual(["D2:D31,N2:N31,F2:F31,S2:S31,H2:H31,X2:X31"]);
    expect(groen[0]!.formula).toBe(
      `=AND(${REGEL_MERK},IF(OR(COLUMN()=4,COLUMN()=14),$N2,IF(OR(COLUMN()=6,COLUMN()=19),$S2,IF(OR(COLUMN()=8,COLUMN()=24),$X2,"")))="donkergroen")`,
    );
    expect(groen[0]!.fill).toBe(KLEUR_OPMAAK.donkergroen.achtergrond);
  });

  it("remembers the column mapping and what it made in the workbook's settings", async () => {
    const { excel } = await kleur(30);
    expect(JSON.parse(excel.recorded.settings["lvs.indeling.Groep 5"]!)).toMatchObject({
      indeling: "breed",
      kopRij: 0,
    });
    expect(JSON.parse(excel.recorded.settings["lvs.kleuring.Groep 5"]!).kolommen).toHaveLength(15);
  });

  /** Groep 5 as Excel shows it after colouring: the Niveau column with what its formulas compute, the rest typed over. */
  async function gekleurd(typ?: { rij: number; tekst: string }) {
    const { excel, resultaat } = await kleur(30);
    if (resultaat.status !== "klaar") throw new Error(resultaat.status);
    const niveau = resultaat.plan.hulpkolommen.find((k) => k.kop === "Niveau rekenen")!;
    const waarde = (rij: number) => niveau.cellen.find((c) => c.rij === rij)?.waarde ?? null;
    const rijen = groepRijen(30).map((r, i) => [
      ...r,
      null,
      i === 0 ? "Niveau rekenen" : i === typ?.rij ? typ.tekst : waarde(i),
    ]);
    return excelMock(
      { "Groep 5": rijen },
      { settings: excel.recorded.settings, rules: ['=AND(N("LVS Analyse")=0,$N2="groen")', "=$C2<20"] },
    );
  }

  it("removes only its own rules and columns, and forgets what it made", async () => {
    const again = await gekleurd();
    const resultaat = await verwijderKleuring(new OfficeWorkbook(again.run), "Groep 5");
    expect(again.recorded.deletedRules).toEqual(['=AND(N("LVS Analyse")=0,$N2="groen")']);
    expect(again.recorded.cleared).toEqual([{ sheet: "Groep 5", address: "J1:J31" }]);
    expect(again.recorded.widths).toEqual([{ sheet: "Groep 5", col: 9, width: undefined }]); // back to standard
    expect(resultaat.behouden).toHaveLength(14);
    expect(resultaat.getypt).toEqual([]);
    expect(again.recorded.settings["lvs.kleuring.Groep 5"]).toBeUndefined();
  });

  it("keeps a helper cell the user typed into, and says which, when removing the colouring", async () => {
    const again = await gekleurd({ rij: 4, tekst: "besproken met ouders" });
    const resultaat = await verwijderKleuring(new OfficeWorkbook(again.run), "Groep 5");
    expect(again.recorded.cleared).toEqual([
      { sheet: "Groep 5", address: "J1:J4" },
      { sheet: "Groep 5", address: "J6:J31" },
    ]);
    expect(resultaat.getypt).toEqual(["J5"]);
    expect(again.recorded.widths).toEqual([]); // the column keeps its width for the typed text
  });
});

describe("the group summary in Excel through Office.js", () => {
  it("adds a sheet with a voortgangsgrafiek and a spreiding chart per vaardigheid as native Excel charts", async () => {
    const { maakGroepsoverzicht } = await import("../../../src/workbook/groepsoverzicht");
    const excel = excelMock({ "Groep 5": groepRijen(30) });
    const sync = vi.spyOn(excel.context, "sync");
    const resultaat = await maakGroepsoverzicht(new OfficeWorkbook(excel.run), { blad: "Groep 5", norm: "2F/1S" });
    expect(resultaat.status).toBe("klaar");
    expect(excel.recorded.addedSheets).toEqual(["Groepsoverzicht Groep 5"]);
    expect(excel.recorded.charts.map((c) => [c.type, c.title])).toEqual([
      ["LineMarkers", "Voortgang van de groep"],
      ["XYScatter", "Spreiding rekenen"],
      ["XYScatter", "Spreiding lezen"],
      ["XYScatter", "Spreiding taalverzorging"],
    ]);
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
  });
});

describe("the school overviews in Excel through Office.js", () => {
  it("add their own sheets with native charts in a few round trips, and write nothing on the user's sheets", async () => {
    const { maakSchooloverzichten } = await import("../../../src/workbook/school");
    const export_: unknown[][] = [["Leerling", "Schooljaar", "Vaardigheid", "Afname", "Ontwikkelscore"]];
    for (let i = 0; i < 300; i++) {
      for (const [jaar, lj] of [
        ["2024-2025", 4],
        ["2025-2026", 5],
      ] as const) {
        export_.push(
          [`Leerling ${i}`, jaar, "Rekenen", `M${lj}`, 20 + (i % 20)],
          [`Leerling ${i}`, jaar, "Rekenen", `E${lj}`, 28 + (i % 22)],
        );
      }
    }
    const excel = excelMock({ Export: export_ });
    const sync = vi.spyOn(excel.context, "sync");
    const resultaten = await maakSchooloverzichten(new OfficeWorkbook(excel.run), { norm: "2F/1S" });
    expect(resultaten.map((r) => r.status)).toEqual(["klaar", "klaar", "klaar"]);
    expect(excel.recorded.addedSheets).toEqual(["Dwarsdoorsnede", "Trendanalyse", "Eindresultaten"]);
    expect(excel.recorded.charts.map((c) => c.type)).toEqual(["ColumnStacked"]);
    expect(excel.recorded.formulas.filter((w) => w.sheet === "Export")).toEqual([]);
    // Listing and reading the sheets, then a check and a write per overview sheet: not per pupil.
    expect(sync.mock.calls.length).toBeLessThanOrEqual(8);
  });
});

describe("a kwaliteitskaart in Excel through Office.js", () => {
  async function kaart() {
    const excel = excelMock({ "Groep 5": groepRijen(30) });
    const sync = vi.spyOn(excel.context, "sync");
    const r = await maakKaarten(new OfficeWorkbook(excel.run), {
      kaarten: ["leerkracht"],
      blad: "Groep 5",
      norm: "2F/1S",
      datum: "01-02-2026",
    });
    return { excel, r, syncs: sync.mock.calls.length };
  }

  it("is made as a new sheet with an action table, dropdowns, row heights and repeated print titles", async () => {
    const { excel, r } = await kaart();
    expect(r[0]).toMatchObject({ status: "gemaakt", blad: "Kwaliteitskaart leerkracht" });
    expect(excel.recorded.addedSheets).toEqual(["Kwaliteitskaart leerkracht"]);
    expect(excel.recorded.tables).toEqual([
      expect.objectContaining({
        sheet: "Kwaliteitskaart leerkracht",
        name: "Acties_Kwaliteitskaart_leerkracht",
        headers: [["'Actie", "'Wie", "'Wanneer", "'Status", "'Effect meten", "'Evaluatie"]],
      }),
    ]);
    const status = excel.recorded.validations.find((v) => JSON.stringify(v.rule).includes("gepland"))!;
    expect(status.rule).toEqual({ list: { inCellDropDown: true, source: "gepland,bezig,afgerond" } });
    expect(status.errorAlert).toEqual({ showAlert: false });
    expect(excel.recorded.printTitles).toEqual([{ sheet: "Kwaliteitskaart leerkracht", rows: "$1:$1" }]);
    expect(excel.recorded.rowHeights.length).toBeGreaterThan(5);
    // Nothing is written on the user's group sheet.
    expect(excel.recorded.formulas.every((w) => w.sheet === "Kwaliteitskaart leerkracht")).toBe(true);
  });

  it("costs a handful of round trips, whatever the size of the group", async () => {
    const { syncs } = await kaart();
    // Settings, sheet names, the group and its Normen sheet, then one write.
    expect(syncs).toBeLessThanOrEqual(4);
  });
});

describe("undo in Excel", () => {
  it("makes an action one step of Ongedaan maken where Excel can (ExcelApi 1.20)", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) });
    await kleurGroep(new OfficeWorkbook(excel.run, { ongedaanInEen: true }), { blad: "Groep 5", norm: "2F/1S" });
    // Reads stay plain; the one apply is merged into a single undo group.
    expect(excel.recorded.runs.filter((o) => o?.mergeUndoGroup)).toHaveLength(1);
    const zonder = excelMock({ "Groep 5": groepRijen(30) });
    await kleurGroep(new OfficeWorkbook(zonder.run), { blad: "Groep 5", norm: "2F/1S" });
    expect(zonder.recorded.runs.every((o) => o === undefined)).toBe(true);
  });

  it("never groups a batch that deletes a sheet, which Excel cannot undo and the user was asked about", async () => {
    const excel = excelMock({ Blad: [["x"]] });
    await new OfficeWorkbook(excel.run, { ongedaanInEen: true }).apply([
      { kind: "removeSheet", sheet: "Blad" },
      { kind: "addSheet", sheet: "Blad" },
    ]);
    expect(excel.recorded.runs).toEqual([undefined]);
    expect(excel.recorded.deletedSheets).toEqual(["Blad"]);
  });

  it("keeps the remembered step for the next action instead of writing it on every click", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(30) });
    const wb = new OfficeWorkbook(excel.run, { ongedaanInEen: true });
    wb.bijVolgendeWijziging({ kind: "setting", key: "lvs.stap", value: "1.2" });
    wb.bijVolgendeWijziging({ kind: "setting", key: "lvs.stap", value: "1.3" });
    expect(excel.recorded.runs).toEqual([]);
    expect(excel.recorded.settings["lvs.stap"]).toBeUndefined();
    await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S" });
    expect(excel.recorded.settings["lvs.stap"]).toBe("1.3");
  });
});

describe("print setup in Excel through Office.js", () => {
  it("fits a sheet to two pages wide with narrow side margins, repeats title rows and columns, and heads every page", async () => {
    const excel = excelMock({});
    await new OfficeWorkbook(excel.run).apply([
      { kind: "addSheet", sheet: "Overzicht" },
      {
        kind: "pageSetup",
        sheet: "Overzicht",
        landscape: true,
        titleRows: 5,
        pagesWide: 2,
        titleColumns: 2,
        header: "Groep 5 & 6",
      },
    ]);
    expect(excel.recorded.pageLayouts["Overzicht"]).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 },
      leftMargin: 18,
      rightMargin: 18,
    });
    expect(excel.recorded.printTitles).toEqual([
      { sheet: "Overzicht", rows: "$1:$5" },
      { sheet: "Overzicht", columns: "$A:$B" },
    ]);
    // A literal & is doubled: Excel reads a single one as the start of a header code.
    expect(excel.recorded.headers).toEqual([{ sheet: "Overzicht", text: "Groep 5 && 6" }]);
  });

  it("keeps one page wide and Excel's own margins when nothing else is asked", async () => {
    const excel = excelMock({});
    await new OfficeWorkbook(excel.run).apply([
      { kind: "addSheet", sheet: "Kaart" },
      { kind: "pageSetup", sheet: "Kaart", landscape: false, titleRows: 1 },
    ]);
    expect(excel.recorded.pageLayouts["Kaart"]).toMatchObject({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(excel.recorded.pageLayouts["Kaart"]!.leftMargin).toBeUndefined();
    expect(excel.recorded.headers).toEqual([]);
  });
});
