import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { maakDemoSchool } from "../../../src/core/demo/school";
import { AFSPRAKEN, GESPREKSPUNTEN, VOORTGANG } from "../../../src/core/leerling/kaart";
import { maakDemoWerkmap } from "../../../src/workbook/demo";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakDetailoverzicht, maakLeerlingkaarten } from "../../../src/workbook/leerlingkaart";
import { kleineGroep } from "../../fixtures/overzichten";

const DATUM = "30-11-2026";

async function lees(wb: FileWorkbook, blad: string): Promise<CellValue[][]> {
  return (await wb.read({ sheets: [blad] })).sheets[0]!.cellen;
}

/** The card's table of afnames: per row label, per vaardigheid its Score, Niveau and Groei, and the norm columns. */
function tabel(cellen: CellValue[][]): Map<string, Record<string, CellValue>> {
  const start = cellen.findIndex((r) => r[0] === VOORTGANG);
  const boven = cellen[start + 1]!;
  const kop = cellen[start + 2]!;
  const namen: string[] = [];
  let groep = "";
  for (let c = 0; c < kop.length; c++) {
    if (typeof boven[c] === "string" && boven[c] !== "") groep = String(boven[c]);
    namen.push(
      c === 0
        ? "afname"
        : /^(Score|Niveau|Groei)$/.test(String(kop[c]))
          ? `${groep} ${String(kop[c])}`
          : String(kop[c]),
    );
  }
  const uit = new Map<string, Record<string, CellValue>>();
  for (let r = start + 3; cellen[r]?.[0] !== null && cellen[r]?.[0] !== undefined && cellen[r]?.[0] !== ""; r++) {
    uit.set(String(cellen[r]![0]), Object.fromEntries(namen.map((n, c) => [n, cellen[r]![c] ?? null])));
  }
  return uit;
}

describe("pupil cards from a wide group sheet", () => {
  it("show each pupil's afnames, niveau, leergroei and the 2F/1S line, as checked by hand", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    const r = await maakLeerlingkaarten(wb, { blad: "Groep 5", norm: "2F/1S", datum: DATUM });
    expect(r.status).toBe("klaar");
    if (r.status !== "klaar") return;
    expect(r.bladen).toEqual(["Kaart Ada", "Kaart Bram", "Kaart Chris", "Kaart Dewi"]);

    const ada = tabel(await lees(wb, "Kaart Ada"));
    expect([...ada.keys()]).toEqual(["5a", "5b"]);
    // Rekenen 40 → 48: the threshold of 5a and of 5b, growth 8 of the expected 8.
    expect(ada.get("5a")).toMatchObject({
      "rekenen Score": 40,
      "rekenen Niveau": "5a",
      "rekenen Groei": null,
      "2F/1S": 40,
      verwacht: null,
    });
    expect(ada.get("5b")).toMatchObject({
      "rekenen Score": 48,
      "rekenen Niveau": "5b",
      "rekenen Groei": 1,
      "lezen Score": 54,
      "lezen Groei": 1.25,
      "2F/1S": 48,
      verwacht: 1,
    });

    const bram = tabel(await lees(wb, "Kaart Bram"));
    expect(bram.get("5b")).toMatchObject({
      "rekenen Score": 44,
      "rekenen Niveau": "op weg naar 5b",
      "rekenen Groei": 0.5,
    });

    const chrisCellen = await lees(wb, "Kaart Chris");
    const chris = tabel(chrisCellen);
    // 36 is the lowest score of toets 5a: not yet 5a, and a lower toets may fit better.
    expect(chris.get("5a")).toMatchObject({ "rekenen Score": 36, "rekenen Niveau": "op weg naar 5a" });
    expect(chris.get("5b")).toMatchObject({ "rekenen Score": 50, "rekenen Niveau": "5b", "rekenen Groei": 1.75 });
    expect(chrisCellen.some((rij) => rij[0] === "rekenen: lagere toets overwegen bij 5a met toets 5a, score 36.")).toBe(
      true,
    );
  });

  it("print on A4 portrait with the pupil's name repeated at the top of the page and in its header, and draw native charts", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    await maakLeerlingkaarten(wb, { blad: "Groep 5", norm: "2F/1S", datum: DATUM });
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
    const ws = excel.getWorksheet("Kaart Ada")!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToWidth: 1, printTitlesRow: "1:1" });
    // One pupil per sheet: every printed page's header names the pupil and the group.
    expect(ws.headerFooter.oddHeader).toBe("&CLeerlingkaart Ada – Groep 5");
    expect(ws.getCell("A1").value).toBe("Leerlingkaart Ada");
    const onderdelen = Object.keys((await import("fflate")).unzipSync(await wb.toBuffer()));
    // Two vaardigheden × (voortgangsgrafiek + leergroeimeter) on each of the four cards.
    expect(onderdelen.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(16);
  });

  it("never write on a card a second time: what the teacher typed in the open fields stays", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    await maakLeerlingkaarten(wb, { blad: "Groep 5", norm: "2F/1S", datum: DATUM });
    const cellen = await lees(wb, "Kaart Ada");
    const veld = cellen.findIndex((r) => r[0] === GESPREKSPUNTEN) + 1;
    expect(cellen.findIndex((r) => r[0] === AFSPRAKEN)).toBeGreaterThan(veld);
    await wb.apply([
      { kind: "cells", sheet: "Kaart Ada", row: veld, col: 0, cells: [[{ value: "Tafels oefenen met mama" }]] },
    ]);

    const r = await maakLeerlingkaarten(wb, { blad: "Groep 5", norm: "2F/1S", datum: "01-03-2027" });
    expect(r.status).toBe("klaar");
    if (r.status !== "klaar") return;
    expect(r.bladen).toEqual([]);
    expect(r.details.join(" ")).toMatch(/Kaart Ada, Kaart Bram, Kaart Chris, Kaart Dewi/);
    expect((await lees(wb, "Kaart Ada"))[veld]![0]).toBe("Tafels oefenen met mama");
    expect((await wb.sheetNames()).filter((n) => n.startsWith("Kaart"))).toHaveLength(4);
  });

  it("make the card of one chosen pupil", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    const r = await maakLeerlingkaarten(wb, { blad: "Groep 5", norm: "2F/1S", datum: DATUM, leerlingen: ["dewi"] });
    expect(r.status === "klaar" && r.bladen).toEqual(["Kaart Dewi"]);
  });
});

describe("pupil cards from the demo's long export", () => {
  const school = maakDemoSchool();

  it("ask which group first, then make a card for every pupil of that group", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const vraag = await maakLeerlingkaarten(wb, { blad: "IEP-export", norm: "2F/1S", datum: DATUM });
    expect(vraag.status).toBe("kiesGroep");
    if (vraag.status !== "kiesGroep") return;
    expect(vraag.groepen).toEqual(
      school.groepen.map((g) => g.naam).sort((a, b) => a.localeCompare(b, "nl", { numeric: true })),
    );

    const groep = school.groepen.find((g) => g.naam === "Groep 5")!;
    const r = await maakLeerlingkaarten(wb, { blad: "IEP-export", norm: "2F/1S", datum: DATUM, groep: "Groep 5" });
    expect(r.status === "klaar" && r.bladen.length).toBe(groep.leerlingen.length);

    // The pupil who repeated a year (groep 3): every afname over the years in the table, the repeated year apart.
    const doublure = groep.leerlingen.find((l) => l.doublureIn)!;
    const eigen = school.afnames.filter((a) => a.leerling === doublure.naam);
    const kaart = tabel(await lees(wb, `Kaart ${doublure.naam}`));
    const rekenen = eigen.filter((a) => a.vaardigheid === "rekenen");
    expect(kaart.size).toBe(new Set(rekenen.map((a) => `${a.schooljaar}${a.moment}`)).size);
    expect([...kaart.keys()]).toEqual(["3a (22/23)", "3b (22/23)", "3a (23/24)", "3b (23/24)", "4a", "4b", "5a", "5b"]);
    const score = (moment: string, schooljaar: string) =>
      rekenen.find((a) => a.moment === moment && a.schooljaar === schooljaar)!.score;
    expect(kaart.get("3a (23/24)")!["rekenen Score"]).toBe(score("3a", "2023-2024"));
    expect(kaart.get("5b")!["rekenen Score"]).toBe(score("5b", "2025-2026"));
    // The indicatieve 2F/1S line: the threshold of the half year up to 6b; no 1F line before groep 6.
    expect([...kaart.values()].map((r) => r["2F/1S"])).toEqual([8, 16, 8, 16, 24, 32, 40, 48]);
    expect([...kaart.values()].every((r) => !("1F" in r))).toBe(true);
    // The meter 5a → 5b: the score's rise over the 8 points the line rises.
    const groei = (score("5b", "2025-2026") - score("5a", "2025-2026")) / 8;
    expect(kaart.get("5b")!["rekenen Groei"]).toBeCloseTo(groei, 2);
  });

  it("show a groep 8 pupil's 1F line from groep 6 on, and the niveau of the reference-level toetsen", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const groep = school.groepen.find((g) => g.naam === "Groep 8a")!;
    const pupil = groep.leerlingen[0]!;
    const r = await maakLeerlingkaarten(wb, {
      blad: "IEP-export",
      norm: "2F/1S",
      datum: DATUM,
      groep: "Groep 8a",
      leerlingen: [pupil.naam],
    });
    expect(r.status === "klaar" && r.bladen).toEqual([`Kaart ${pupil.naam}`]);
    const kaart = tabel(await lees(wb, `Kaart ${pupil.naam}`));
    expect([...kaart.keys()]).toEqual(["3a", "3b", "4a", "4b", "5a", "5b", "6a", "6b", "7a", "7b", "8a", "8b"]);
    expect([...kaart.values()].map((r) => r["1F"])).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      42,
      48,
      51,
      54,
      57,
      60,
    ]);
    const e8 = school.afnames.find((a) => a.leerling === pupil.naam && a.vaardigheid === "lezen" && a.moment === "8b")!;
    expect(kaart.get("8b")!["lezen Score"]).toBe(e8.score);
    const niveau = e8.score >= 80 ? "2F" : e8.score >= 60 ? "1F" : "op weg naar 1F";
    expect(kaart.get("8b")!["lezen Niveau"]).toBe(niveau);
  });
});

describe("detail scores and the percentage goed", () => {
  async function groep7(metDetails: boolean): Promise<FileWorkbook> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Groep 7");
    ws.addRow([
      "Leerling",
      "Rekenen M7",
      "Rekenen E7",
      ...(metDetails ? ["Rekenen % goed E7", "Rekenen – getallen", "Rekenen – verhoudingen"] : []),
    ]);
    ws.addRow(["Ada", 66, 70, ...(metDetails ? ["38%", 0.5, 0.75] : [])]);
    ws.addRow(["Bram", 60, 66, ...(metDetails ? [90, 1, 0.25] : [])]);
    ws.addRow(["Chris", 62, 64, ...(metDetails ? [60, 0.8, 0.6] : [])]);
    return FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  it("give the passende-toets advice of a 1F/2F/3F toets and put the domains on the card, against the group", async () => {
    const wb = await groep7(true);
    const r = await maakLeerlingkaarten(wb, { blad: "Groep 7", norm: "2F/1S", datum: DATUM });
    expect(r.status).toBe("klaar");
    const ada = await lees(wb, "Kaart Ada");
    expect(ada.some((rij) => rij[0] === "rekenen: lagere toets overwegen bij 7b met toets 1F-1S, 38% goed.")).toBe(
      true,
    );
    const getallen = ada.find((rij) => rij[1] === "getallen")!;
    expect(getallen.filter((v) => typeof v === "number")).toEqual([50, 76.7]);
    // The domain columns are no scores: the table holds only the two afnames.
    expect([...tabel(ada).keys()]).toEqual(["7a", "7b"]);
  });

  it("list them for the whole group on a sheet of its own", async () => {
    const wb = await groep7(true);
    const r = await maakDetailoverzicht(wb, { blad: "Groep 7", norm: "2F/1S" });
    expect(r).toMatchObject({ status: "klaar", blad: "Detailscores Groep 7" });
    const cellen = await lees(wb, "Detailscores Groep 7");
    const rij = (naam: string) => cellen.find((x) => x[0] === naam && typeof x[1] === "number");
    expect(cellen.find((x) => x[0] === "Bram" && x[1] === "rekenen")!.slice(0, 6)).toEqual([
      "Bram",
      "rekenen",
      "7b",
      "1F-1S",
      90,
      "hogere toets overwegen",
    ]);
    expect(rij("Gemiddelde groep")!.slice(0, 3)).toEqual(["Gemiddelde groep", 76.7, 53.3]);
  });

  it("say in one sentence how to add them when the overview has none", async () => {
    const wb = await groep7(false);
    const r = await maakDetailoverzicht(wb, { blad: "Groep 7", norm: "2F/1S" });
    expect(r.status).toBe("ontbreekt");
    expect("tekst" in r && r.tekst).toMatch(/'Rekenen % goed E7'.*'Rekenen – getallen'/);
    expect(await wb.sheetNames()).not.toContain("Detailscores Groep 7");
  });
});
