import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { INSTRUMENTEN, KAARTEN } from "../../../src/core/kaart/sjabloon";
import { maakDemoWerkmap } from "../../../src/workbook/demo";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakBeleidskaart, maakKaarten, schoolInvoer, vandaag } from "../../../src/workbook/kwaliteitskaart";
import { kleineGroep, kleineSchool } from "../../fixtures/overzichten";
import { snapshot } from "../snapshot";

const DATUM = "01-02-2026";

async function lees(wb: FileWorkbook, blad: string): Promise<CellValue[][]> {
  return (await wb.read({ sheets: [blad] })).sheets[0]!.cellen;
}

/** The row under `sectie` whose column A reads `label`, as header → value. */
function rijIn(cellen: CellValue[][], sectie: string, label: string): Record<string, CellValue> {
  const start = cellen.findIndex((r) => r[0] === sectie);
  const kop = cellen.findIndex((r, i) => i > start && r.includes("Bron"));
  const rij = cellen.find((r, i) => i > kop && r[0] === label)!;
  return Object.fromEntries(cellen[kop]!.map((k, i) => [String(k), rij[i]]));
}

function antwoord(cellen: CellValue[][], label: string): CellValue {
  return cellen.find((r) => r[0] === label)?.[1];
}

describe("the kwaliteitskaarten in a workbook", () => {
  it("are all built on the demo workbook, each with its sections, as an A4 form", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const r = await maakKaarten(wb, {
      kaarten: ["leerkracht", "groepsanalyse", "ib", "beleid"],
      instrumenten: INSTRUMENTEN.map((i) => i.id),
      blad: "Groep 5",
      norm: "2F/1S",
      datum: DATUM,
    });
    expect(r.map((x) => x.status)).toEqual(Array(4 + INSTRUMENTEN.length).fill("gemaakt"));
    expect(r.map((x) => x.blad)).toEqual([
      ...KAARTEN.map((k) => k.blad),
      ...INSTRUMENTEN.map((i) => `Instrument - ${i.naam}`),
    ]);

    const terug = await FileWorkbook.open(await wb.toBuffer());
    const leerkracht = await lees(terug, "Kwaliteitskaart leerkracht");
    for (const sectie of [
      "Gegevens",
      "Eerste indruk per vaardigheid",
      "Analysevragen",
      "Conclusies",
      "Doelen voor de leerlingen",
      "Acties",
      "Terugblik op de vorige periode",
    ]) {
      expect(
        leerkracht.some((rij) => rij[0] === sectie),
        sectie,
      ).toBe(true);
    }
    expect(antwoord(leerkracht, "School")).toBe("Basisschool De Vlinderboom");
    expect(antwoord(leerkracht, "Datum")).toBe(DATUM);
    const ib = await lees(terug, "Kwaliteitskaart IB");
    expect(ib.some((rij) => rij[0] === "Interventies")).toBe(true);
    const beleid = await lees(terug, "Kwaliteitskaart beleid");
    expect(rijIn(beleid, "Tussenopbrengsten per school", "Basisschool De Vlinderboom")["Cito-indicator"]).toMatch(
      /^\d van 5 voldoende$/,
    );

    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    for (const naam of r.map((x) => x.blad)) {
      const ws = excel.getWorksheet(naam)!;
      expect(ws.pageSetup, naam).toMatchObject({
        paperSize: 9,
        orientation: "portrait",
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:1",
      });
    }
    const kaart = excel.getWorksheet("Kwaliteitskaart leerkracht")!;
    const tabellen = (kaart as unknown as { tables: Record<string, { table: { columns: { name: string }[] } }> })
      .tables;
    expect(Object.keys(tabellen)).toEqual(["Acties_Kwaliteitskaart_leerkracht"]);
    expect(tabellen["Acties_Kwaliteitskaart_leerkracht"]!.table.columns.map((c) => c.name)).toEqual([
      "Actie",
      "Wie",
      "Wanneer",
      "Status",
      "Effect meten",
      "Evaluatie",
    ]);
    // The status column offers its three choices but accepts anything typed.
    const statusRij = leerkracht.findIndex((rij) => rij[0] === "Actie") + 2;
    expect(kaart.getCell(statusRij, 4).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"gepland,bezig,afgerond"'],
    });
    expect(kaart.getCell(statusRij, 4).dataValidation.showErrorMessage).toBeFalsy();
    // Answer cells wrap and are not locked behind protection.
    const schoolCel = kaart.getCell(leerkracht.findIndex((rij) => rij[0] === "School") + 1, 2);
    expect(schoolCel.alignment?.wrapText).toBe(true);
    expect(kaart.getCell(statusRij, 1).fill).toMatchObject({ fgColor: { argb: "FFFFF4CE" } });
    expect((kaart as unknown as { sheetProtection?: unknown }).sheetProtection).toBeFalsy();
  });

  it("pre-fill a group's cards with values checked by hand, each with its source", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    await maakKaarten(wb, { kaarten: ["leerkracht", "groepsanalyse"], blad: "Groep 5", norm: "2F/1S", datum: DATUM });
    const kaart = await lees(wb, "Kwaliteitskaart leerkracht");
    // Rekenen at E5: 48, 44, 50, 41 against the 2F/1S line 48; growth 8, 4, 14, 3 against 8.
    // Two of four at or above the line: a tie, which counts as op de norm (the majority rule).
    expect(rijIn(kaart, "Eerste indruk per vaardigheid", "rekenen")).toMatchObject({
      "Ten opzichte van de norm": "op de norm",
      "Gemiddelde en norm": "45,8 (norm 48,0)",
      Spreiding: "laagste 41, hoogste 50; middelste helft 43,3 tot 48,5 (4 leerlingen)",
      Leergroei: "0,9 × verwacht; 2 van 4 minder",
      "Wat valt je op?": null,
      Bron: "blad Groep 5, laatste afname, ontwikkellijn 2F/1S",
    });
    // Lezen: 54, 52, 55, 49, all at or above 48: op de norm.
    expect(rijIn(kaart, "Eerste indruk per vaardigheid", "lezen")["Ten opzichte van de norm"]).toBe("op de norm");
    expect(rijIn(kaart, "Leerlingen om samen naar te kijken", "rekenen")).toMatchObject({
      "Onder de norm": "Bram, Dewi (2 van 4)",
      "Onder de norm en minder groei dan verwacht": "Bram, Dewi",
    });
    expect(antwoord(kaart, "School")).toBe("De Kleine Kaart");
    expect(antwoord(kaart, "Periode")).toBe("eind groep 5 (5b)");

    const analyse = await lees(wb, "Groepsanalyse");
    const blok = analyse.findIndex((r) => r[0] === "Stap 1 – Vaardigheid: rekenen");
    const nietBehaald = analyse.find((r, i) => i > blok && String(r[0]).startsWith("Wie haalde de doelen niet?"));
    expect(nietBehaald?.[1]).toBe(
      "Onder de norm bij de laatste afname: Bram, Dewi (2 van 4). Van hen groeiden minder dan verwacht: Bram, Dewi.",
    );
  });

  it("pre-fill the school and board cards from the school's overviews, by hand", async () => {
    const wb = await FileWorkbook.open(await kleineSchool());
    await maakKaarten(wb, {
      kaarten: ["ib", "beleid"],
      instrumenten: ["eindresultaten", "cito"],
      norm: "2F/1S",
      datum: DATUM,
    });
    const ib = await lees(wb, "Kwaliteitskaart IB");
    // Leerjaar 5 rekenen: Ada and Chris green, Bram and Dewi blue: 50% against an ambitie of 60%.
    expect(rijIn(ib, "Resultaten per leerjaar en vaardigheid", "rekenen, leerjaar 5")).toMatchObject({
      "Op of boven de norm": 0.5,
      Ambitie: 0.6,
      "Ambitie gehaald?": "nee",
      "Kleur nu": "donkergroen",
    });
    const beleid = await lees(wb, "Kwaliteitskaart beleid");
    const een = rijIn(
      beleid,
      "Eindresultaten (LVS, leerjaar 8) tegen signaleringswaarde en ambitie",
      "De Kleine Kaart – 1F",
    );
    // 1F: 5 of 6 results, 2 of 3 without Fenna; the inspectie's 85%.
    expect(een["Alle leerlingen"]).toBeCloseTo(5 / 6);
    expect(een["Gefilterd"]).toBeCloseTo(2 / 3);
    expect(een).toMatchObject({ Signaleringswaarde: 0.85, "Boven de signaleringswaarde?": "nee" });
    expect(rijIn(beleid, "Tussenopbrengsten per school", "De Kleine Kaart")).toMatchObject({
      "Cito-indicator": "4 van 5 voldoende",
      Signalen: "RW4 (E4): code oranje",
    });
    const cito = await lees(wb, "Instrument - Cito LOVS");
    expect(
      rijIn(cito, "Indicatoren", "Meetpunten DMT3, DMT4, RW4, RW6 en BL6 op of boven de ondergrens"),
    ).toMatchObject({ Gemeten: "4 van 5 voldoende", "Voldaan?": "ja", Grenswaarde: "ten minste 4 van 5" });
  });

  it("keep what the user wrote on a second run and fill only the empty cells", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    await maakKaarten(wb, { kaarten: ["leerkracht"], blad: "Groep 5", norm: "2F/1S", datum: DATUM });
    const voor = await lees(wb, "Kwaliteitskaart leerkracht");
    const rekenen = voor.findIndex((r) => r[0] === "rekenen");
    const vraag = voor.findIndex((r) => r[0] === "Wat concludeer je voor de hele groep?");
    // The teacher disagrees with one value, clears another, and answers a question.
    await wb.apply([
      {
        kind: "cells",
        sheet: "Kwaliteitskaart leerkracht",
        row: rekenen,
        col: 1,
        cells: [[{ value: "onder de norm" }]],
      },
      { kind: "clear", sheet: "Kwaliteitskaart leerkracht", range: { rij: rekenen, kolom: 3, rijen: 1, kolommen: 1 } },
      {
        kind: "cells",
        sheet: "Kwaliteitskaart leerkracht",
        row: vraag,
        col: 1,
        cells: [[{ value: "Rekenen blijft achter bij de andere vakken." }]],
      },
    ]);
    const bewerkt = await snapshot(await wb.toBuffer());

    const r = await maakKaarten(wb, { kaarten: ["leerkracht"], blad: "Groep 5", norm: "2F/1S", datum: "15-03-2026" });
    expect(r[0]).toMatchObject({ status: "aangevuld", blad: "Kwaliteitskaart leerkracht" });
    expect(r[0]!.tekst).toBe(
      "Blad Kwaliteitskaart leerkracht bestond al: 1 lege cel aangevuld; 1 cel met jouw tekst niet aangeraakt.",
    );
    const na = await lees(wb, "Kwaliteitskaart leerkracht");
    expect(na[rekenen]![1]).toBe("onder de norm");
    expect(na[rekenen]![3]).toBe("laagste 41, hoogste 50; middelste helft 43,3 tot 48,5 (4 leerlingen)");
    expect(na[vraag]![1]).toBe("Rekenen blijft achter bij de andere vakken.");
    expect(antwoord(na, "Datum")).toBe(DATUM);
    // Everything else is exactly as the user left it.
    const nu = await snapshot(await wb.toBuffer(), bewerkt);
    const veranderd = Object.keys(bewerkt.cells).filter((k) => nu.cells[k] !== bewerkt.cells[k]);
    expect(veranderd).toEqual([`Kwaliteitskaart leerkracht!D${rekenen + 1}`]);
    expect(await wb.sheetNames()).not.toContain("Kwaliteitskaart leerkracht (2)");
  });

  it("never touch a sheet of the user's with a card's name, and give another group its own card", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    await wb.apply([
      { kind: "addSheet", sheet: "Groepsanalyse" },
      { kind: "cells", sheet: "Groepsanalyse", row: 0, col: 0, cells: [[{ value: "mijn eigen analyse" }]] },
    ]);
    await wb.apply([
      { kind: "addSheet", sheet: "Groep 6" },
      {
        kind: "cells",
        sheet: "Groep 6",
        row: 0,
        col: 0,
        cells: [
          ["Leerling", "Rekenen M6", "Rekenen E6"],
          ["Ada", 50, 58],
        ].map((r) => r.map((value) => ({ value }))),
      },
    ]);
    const eerst = await maakKaarten(wb, { kaarten: ["groepsanalyse"], blad: "Groep 5", norm: "2F/1S", datum: DATUM });
    const dan = await maakKaarten(wb, { kaarten: ["groepsanalyse"], blad: "Groep 6", norm: "2F/1S", datum: DATUM });
    const weer = await maakKaarten(wb, { kaarten: ["groepsanalyse"], blad: "Groep 6", norm: "2F/1S", datum: DATUM });
    expect([eerst[0]!.blad, dan[0]!.blad, weer[0]!.blad]).toEqual([
      "Groepsanalyse (2)",
      "Groepsanalyse (3)",
      "Groepsanalyse (3)",
    ]);
    expect(weer[0]!.status).toBe("aangevuld");
    expect((await lees(wb, "Groepsanalyse"))[0]).toEqual(["mijn eigen analyse"]);
    expect(antwoord(await lees(wb, "Groepsanalyse (3)"), "Groep")).toBe("Groep 6");
    // Two cards, two action tables with names of their own.
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    expect(excel.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables: object }).tables))).toEqual([
      "Acties_Groepsanalyse_2",
      "Acties_Groepsanalyse_3",
    ]);
  });

  it("say clearly when a group card has no group sheet to work from", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    const r = await maakKaarten(wb, {
      kaarten: ["leerkracht"],
      blad: "Schoolinstellingen",
      norm: "2F/1S",
      datum: vandaag(new Date(2026, 1, 1)),
    });
    expect(r[0]).toMatchObject({ status: "geenGegevens" });
    expect(r[0]!.tekst).toMatch(/geen overzicht met scores/);
    expect(await wb.sheetNames()).not.toContain("Kwaliteitskaart leerkracht");
    expect(vandaag(new Date(2026, 1, 1))).toBe("01-02-2026");
  });
});

describe("the board card over several schools", () => {
  it("puts every school's end results and tussenopbrengsten on one card", async () => {
    const klein = await FileWorkbook.open(await kleineSchool());
    const demo = FileWorkbook.create();
    await maakDemoWerkmap(demo);
    const scholen = [
      { naam: "De Kleine Kaart", invoer: await schoolInvoer(klein, "2F/1S", DATUM) },
      { naam: "Basisschool De Vlinderboom", invoer: await schoolInvoer(demo, "2F/1S", DATUM) },
    ];
    const bestuur = FileWorkbook.create();
    const r = await maakBeleidskaart(bestuur, scholen, DATUM);
    expect(r).toMatchObject({ status: "gemaakt", blad: "Kwaliteitskaart beleid" });
    const kaart = await lees(bestuur, "Kwaliteitskaart beleid");
    expect(antwoord(kaart, "Scholen")).toBe("De Kleine Kaart, Basisschool De Vlinderboom");
    const labels = kaart.map((rij) => rij[0]);
    expect(labels).toEqual(
      expect.arrayContaining([
        "De Kleine Kaart – 1F",
        "De Kleine Kaart – 2F/1S",
        "Basisschool De Vlinderboom – 1F",
        "Basisschool De Vlinderboom – 2F/1S",
      ]),
    );
    expect(
      rijIn(kaart, "Eindresultaten (LVS, leerjaar 8) tegen signaleringswaarde en ambitie", "De Kleine Kaart – 1F")[
        "Gefilterd"
      ],
    ).toBeCloseTo(2 / 3);
    expect(rijIn(kaart, "Tussenopbrengsten per school", "Basisschool De Vlinderboom")["Op of boven de norm"]).toEqual(
      expect.any(Number),
    );
  });
});
