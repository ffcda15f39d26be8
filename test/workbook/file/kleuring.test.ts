import { unzipSync } from "fflate";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { GELEZEN_KOP, REGEL_MERK } from "../../../src/core/groep/kleurplan";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { kleurGroep, verwijderKleuring } from "../../../src/workbook/kleuring";
import { maakNormenblad } from "../../../src/workbook/normenblad";
import ExcelJS from "exceljs";
import { langOverzicht, opgemaaktOverzicht, rommeligOverzicht } from "../../fixtures/overzichten";
import { snapshot } from "../snapshot";
import { getoond, inEngine } from "../../core/groep/formules-in-engine";
import type { CellValue } from "../../../src/core/cell";

async function kleur(
  data: Uint8Array,
  norm: Parameters<typeof kleurGroep>[1]["norm"],
  blad = "Groep 5",
  vervangen = false,
) {
  const wb = await FileWorkbook.open(data);
  const resultaat = await kleurGroep(wb, { blad, norm, vervangen });
  return { wb, resultaat, uit: await wb.toBuffer() };
}

function kleurenVan(resultaat: Awaited<ReturnType<typeof kleurGroep>>, vaardigheid = "rekenen") {
  if (resultaat.status !== "klaar") throw new Error(resultaat.status);
  return Object.fromEntries(
    resultaat.plan.uitkomsten.filter((u) => u.vaardigheid === vaardigheid).map((u) => [u.leerling, u.kleur]),
  );
}

describe("colouring a messy wide overview in a file", () => {
  it("finds the table under the title rows and colours named pupils by the 2F/1S line", async () => {
    const { resultaat } = await kleur(await rommeligOverzicht(), "2F/1S");
    expect(resultaat.status).toBe("klaar");
    expect(kleurenVan(resultaat)).toEqual({
      Ada: "donkergroen",
      Bram: "lichtblauw",
      Chris: "groen",
      Dewi: "donkerblauw",
      Fenna: "donkergroen",
    });
    expect(kleurenVan(resultaat, "lezen")).toEqual({
      Ada: "donkergroen",
      Bram: "lichtblauw",
      Chris: "donkergroen",
      Dewi: "lichtblauw",
      Eva: "lichtblauw",
      Fenna: "lichtgroen",
    });
  });

  it("colours by growth only for norm geen and for 1F in groep 5", async () => {
    for (const norm of ["geen", "1F"] as const) {
      const { resultaat } = await kleur(await rommeligOverzicht(), norm);
      expect(kleurenVan(resultaat)).toEqual({
        Ada: "donker",
        Bram: "licht",
        Chris: "",
        Dewi: "donker",
        Fenna: "donker",
      });
    }
  });

  it("reports what it read: text numbers, the error cell, the summary row, and what it coloured", async () => {
    const { resultaat } = await kleur(await rommeligOverzicht(), "2F/1S");
    if (resultaat.status !== "klaar") throw new Error();
    expect(resultaat.meldingen.map((m) => m.soort).sort()).toEqual([
      "bovenBereik",
      "bovenBereik",
      "foutwaarde",
      "samenvattingsrij",
      "tekstgetal",
      "tekstgetal",
      "tekstgetal",
    ]);
    // Fenna's 60 (rekenen) and 52 (lezen) at E5 are above toets 5b's highest score, 51: coloured, and named.
    expect(resultaat.meldingen.filter((m) => m.soort === "bovenBereik").map((m) => m.inhoud)).toEqual([
      "60 (boven bereik 5b)",
      "52 (boven bereik 5b)",
    ]);
    expect(resultaat.tekst).toBe("6 leerlingen gekleurd op ontwikkellijn 2F/1S; 1 score zonder vorige afname");
    expect(resultaat.indeling).toMatchObject({ kopRij: 4, kopRijen: 2, laatsteKolom: 4 });
  });

  it("writes the Kleur labels, the helper columns past the second table, the legend and the rules into the new file", async () => {
    const { uit } = await kleur(await rommeligOverzicht(), "2F/1S");
    const wb = await FileWorkbook.open(uit);
    const { sheets } = await wb.read({ sheets: ["Groep 5"] });
    const cellen = sheets[0]!.cellen;
    const kop = cellen[4]!;
    const kleurRekenen = kop.indexOf("Kleur rekenen");
    expect(kop.indexOf("Niveau rekenen")).toBe(9); // H holds the notes: one blank column after them
    // Eva's #N/A is no score: an empty label, as for the blank row.
    expect(cellen.slice(5, 12).map((r) => r[kleurRekenen] ?? "")).toEqual([
      "donkergroen",
      "lichtblauw",
      "groen",
      "donkerblauw",
      "",
      "",
      "donkergroen",
    ]);
    expect(cellen[5]![kop.indexOf("Niveau rekenen")]).toBe("5b");
    expect(cellen[8]![kop.indexOf("Niveau rekenen")]).toBe("geen resultaat"); // Dewi "40" as text: below 5b's lowest, 44
    expect(cellen.flat()).toContain("Legenda LVS Analyse");
    expect(Object.keys((await snapshot(uit)).rules)).toHaveLength(1); // the user's own rule, untouched
    const xml = await (await JSZip.loadAsync(uit)).file("xl/worksheets/sheet1.xml")!.async("string");
    // One rule per colour, each over all coloured columns (2 score + 2 label columns) as one multi-area range.
    expect(xml.match(/N\(&quot;LVS Analyse&quot;\)=0/g)?.length).toBe(8);
    const sqrefs = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((r) => r.includes(" "));
    expect(sqrefs).toHaveLength(8);
    expect(sqrefs[0]!.split(" ")).toHaveLength(4);
  });

  it("writes its legend in lines that fit the legend's column, each sentence whole over its lines", async () => {
    const { uit, resultaat } = await kleur(await rommeligOverzicht(), "2F/1S");
    if (resultaat.status !== "klaar") throw new Error(resultaat.status);
    const cellen = (await (await FileWorkbook.open(uit)).read({ sheets: ["Groep 5"] })).sheets[0]!.cellen;
    const { rij, kolom, regels } = resultaat.plan.legenda;
    const lijnen = cellen.slice(rij).map((r) => r[kolom]);
    const leeg = lijnen.findIndex((t) => t === undefined || t === null || t === "");
    const geschreven = leeg < 0 ? lijnen : lijnen.slice(0, leeg);
    // Text running on past the column would be printed too, and make the sheet print smaller.
    for (const t of geschreven) expect(String(t).length, String(t)).toBeLessThanOrEqual(64);
    expect(geschreven.length).toBeGreaterThan(regels.length);
    expect(geschreven.join(" ")).toBe(regels.map((r) => r.tekst).join(" "));
  });

  it("leaves every cell, format, merge and rule of the user exactly as it was", async () => {
    const before = await snapshot(await rommeligOverzicht());
    for (const norm of ["2F/1S", "geen"] as const) {
      const { uit } = await kleur(await rommeligOverzicht(), norm);
      const after = await snapshot(uit, before);
      expect(after.cells).toEqual(before.cells);
      expect(after.rules).toEqual(before.rules);
    }
  });

  it("asks before replacing its own earlier colouring, and gives the same workbook when the user agrees", async () => {
    const eerste = await kleur(await rommeligOverzicht(), "2F/1S");
    const nogmaals = await kleur(eerste.uit, "geen");
    expect(nogmaals.resultaat.status).toBe("bevestigen");
    const vervangen = await kleur(eerste.uit, "2F/1S", "Groep 5", true);
    expect(await snapshot(vervangen.uit)).toEqual(await snapshot(eerste.uit));
  });

  it("removes only what it made, giving back the workbook as it was", async () => {
    const origineel = await rommeligOverzicht();
    const { uit } = await kleur(origineel, "2F/1S");
    const wb = await FileWorkbook.open(uit);
    const verwijderd = await verwijderKleuring(wb, "Groep 5");
    expect(verwijderd.tekst).toMatch(/verwijderd/);
    const terug = await snapshot(await wb.toBuffer());
    const voor = await snapshot(origineel);
    expect(terug.rules).toEqual(voor.rules);
    const gevuld = (s: typeof voor) =>
      Object.fromEntries(Object.entries(s.cells).filter(([, v]) => JSON.parse(v).value !== null));
    expect(gevuld(terug)).toEqual(gevuld(voor));
  });

  it("keeps a helper column the user has typed over when removing", async () => {
    const { uit } = await kleur(await rommeligOverzicht(), "2F/1S");
    const wb = await FileWorkbook.open(uit);
    await wb.apply([{ kind: "cells", sheet: "Groep 5", row: 4, col: 9, cells: [[{ value: "Mijn eigen kolom" }]] }]);
    const verwijderd = await verwijderKleuring(wb, "Groep 5");
    expect(verwijderd.behouden).toEqual(["Niveau rekenen"]);
    const { sheets } = await wb.read({ sheets: ["Groep 5"] });
    expect(sheets[0]!.cellen[4]![9]).toBe("Mijn eigen kolom");
  });

  it("keeps every part of the original, and those it did not change byte for byte", async () => {
    const origineel = await rommeligOverzicht();
    const { uit } = await kleur(origineel, "2F/1S");
    const voor = unzipSync(origineel);
    const na = unzipSync(uit);
    const gewijzigd = [
      "xl/worksheets/sheet1.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "[Content_Types].xml",
    ];
    // Folder entries some writers put in the zip are not parts.
    for (const deel of Object.keys(voor).filter((d) => !d.endsWith("/"))) {
      expect(na[deel], deel).toBeDefined();
      if (!gewijzigd.includes(deel)) expect(na[deel], deel).toEqual(voor[deel]);
    }
  });
});

describe("where the helper columns go", () => {
  const eersteHulpkolom = (r: Awaited<ReturnType<typeof kleurGroep>>) =>
    r.status === "klaar" ? r.plan.hulpkolommen[0]!.kolom : -1;

  it("right of the borders a teacher drew past the table, also when coloured again", async () => {
    const { wb, resultaat } = await kleur(await opgemaaktOverzicht(), "2F/1S");
    // Borders reach column L (12 columns): one blank column, then ours from N.
    expect(eersteHulpkolom(resultaat)).toBe(13);
    expect(eersteHulpkolom(await kleurGroep(wb, { blad: "Groep 5", norm: "1F", vervangen: true }))).toBe(13);
  });

  it("right of the values when a whole row was formatted far beyond the table", async () => {
    const boek = new ExcelJS.Workbook();
    const ws = boek.addWorksheet("Groep 5");
    [
      ["Naam", "Rekenen M5", "Rekenen E5"],
      ["Ada", 40, 48],
      ["Bram", 40, 44],
    ].forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 1, c + 1).value = v)));
    for (let c = 1; c <= 200; c++) ws.getCell(1, c).font = { bold: true };
    const { resultaat } = await kleur(new Uint8Array(await boek.xlsx.writeBuffer()), "2F/1S");
    expect(eersteHulpkolom(resultaat)).toBe(4);
  });
});

describe("the Normen sheet", () => {
  it("is made on demand with the indicatieve lines marked as such, and never over an existing one", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    expect((await maakNormenblad(wb)).status).toBe("gemaakt");
    expect((await maakNormenblad(wb)).status).toBe("bestaat");
    const { sheets } = await wb.read({ sheets: ["Normen"] });
    const cellen = sheets[0]!.cellen;
    expect(cellen[0]!.slice(0, 5)).toEqual(["moment", "2F/1S", "1F", "landelijk", "schoolweging"]);
    expect(cellen[12]!.slice(0, 3)).toEqual(["8b", 80, 60]);
    expect(cellen[0]![6]).toBe("Indicatieve waarden");
  });

  it("is then used by the colouring, with the values the school typed in", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    await maakNormenblad(wb);
    // The school copies its landelijk line for rekenen from IEP LVS.
    await wb.apply([{ kind: "cells", sheet: "Normen", row: 0, col: 5, cells: [[{ value: "landelijk rekenen" }]] }]);
    await wb.apply([{ kind: "cells", sheet: "Normen", row: 5, col: 5, cells: [[{ value: 38 }], [{ value: 45 }]] }]);
    const resultaat = await kleurGroep(wb, { blad: "Groep 5", norm: "landelijk" });
    // Bram: 47 ≥ 45 and growth 7 against 45 − 38 = 7: both reached.
    expect(kleurenVan(resultaat).Bram).toBe("donkergroen");
    if (resultaat.status !== "klaar") throw new Error();
    expect(resultaat.plan.waarschuwingen).toEqual([]);
  });
});

describe("colouring a long export in a file", () => {
  it("colours every afname with the growth since the pupil's previous one", async () => {
    const { resultaat, uit } = await kleur(await langOverzicht(), "2F/1S", "Export IEP");
    expect(kleurenVan(resultaat)).toEqual({ Ada: "donkergroen", Bram: "donkergroen" });
    const { sheets } = await (await FileWorkbook.open(uit)).read({ sheets: ["Export IEP"] });
    const cellen = sheets[0]!.cellen;
    const kleurKolom = cellen[0]!.indexOf("Kleur");
    expect(cellen.slice(1, 7).map((r) => r[kleurKolom])).toEqual([
      "groen",
      "donkergroen",
      "blauw",
      "lichtblauw",
      "blauw",
      "donkergroen",
    ]);
  });

  it("replaces a colouring made before the Ingelezen score column, finding nothing typed in it", async () => {
    // A colouring as the version before made it: the same columns by header, without ours.
    const { wb } = await kleur(await langOverzicht(), "2F/1S", "Export IEP");
    const { settings, sheets } = await wb.read({ sheets: ["Export IEP"] });
    const sleutel = "lvs.kleuring.Export IEP";
    const record = JSON.parse(settings[sleutel]!) as { kolommen: { kolom: number; kop: string }[] };
    const gelezen = record.kolommen.find((k) => k.kop === GELEZEN_KOP)!;
    const rijen = sheets[0]!.cellen.length;
    await wb.apply([
      {
        kind: "cells",
        sheet: "Export IEP",
        row: 0,
        col: gelezen.kolom,
        cells: Array.from({ length: rijen }, () => [{ value: null }]),
      },
      {
        kind: "setting",
        key: sleutel,
        value: JSON.stringify({ ...record, kolommen: record.kolommen.filter((k) => k !== gelezen) }),
      },
    ]);
    const oud = await wb.toBuffer();
    const opnieuw = await kleur(oud, "2F/1S", "Export IEP", true);
    if (opnieuw.resultaat.status !== "klaar") throw new Error(opnieuw.resultaat.status);
    expect(opnieuw.resultaat.meldingen.filter((m) => m.soort === "getypt")).toEqual([]);
    const kop = (await (await FileWorkbook.open(opnieuw.uit)).read({ sheets: ["Export IEP"] })).sheets[0]!.cellen[0]!;
    expect(kop.filter((k) => k === GELEZEN_KOP)).toHaveLength(1);
    expect(kop.filter((k) => k === "Niveau")).toHaveLength(1);
    expect(kop.filter((k) => k === "Kleur")).toHaveLength(1);
  });

  it("takes a corrected Ingelezen score for the one cell typed, not for the formulas that follow it", async () => {
    const invoer = await langOverzicht();
    const origineel = (await (await FileWorkbook.open(invoer)).read({ sheets: ["Export IEP"] })).sheets[0]!.cellen;
    const { wb, resultaat } = await kleur(invoer, "2F/1S", "Export IEP");
    if (resultaat.status !== "klaar") throw new Error(resultaat.status);
    const { plan } = resultaat;
    const gelezen = plan.hulpkolommen.find((k) => k.kop === GELEZEN_KOP)!;
    // An afname whose Ingelezen score the next afname's leergroei reads as well.
    const leergroei = plan.hulpkolommen.find((k) => k.kop === "Leergroei")!;
    const volgende = leergroei.cellen.find((c) => c.expr.kind === "leergroei")!;
    if (volgende.expr.kind !== "leergroei") throw new Error("geen leergroei");
    const rij = volgende.expr.vorige.rij;
    expect(volgende.expr.vorige.kolom).toBe(gelezen.kolom);

    // Excel after the user typed a score into that cell: the engine computes every helper cell again.
    const engine = inEngine("Export IEP", origineel, plan);
    const blad = engine.getSheetId("Export IEP")!;
    const getypt = Number(gelezen.cellen.find((c) => c.rij === rij)!.waarde) + 5;
    engine.setCellContents({ sheet: blad, row: rij, col: gelezen.kolom }, getypt);
    const nu = plan.hulpkolommen.flatMap((k) =>
      k.cellen.map((c) => ({ rij: c.rij, kolom: k.kolom, voor: c.waarde, na: getoond(engine, blad, c.rij, k.kolom) })),
    );
    const gevolgd = nu.filter((c) => c.kolom !== gelezen.kolom && c.voor !== c.na);
    expect(gevolgd.length).toBeGreaterThanOrEqual(2); // the row's own cells and the next afname's leergroei
    expect(gevolgd.some((c) => c.rij !== rij)).toBe(true);
    await wb.apply(
      nu.map((c) => ({
        kind: "cells" as const,
        sheet: "Export IEP",
        row: c.rij,
        col: c.kolom,
        cells: [[{ value: c.na === "" ? null : (c.na as CellValue) }]],
      })),
    );

    const opnieuw = await kleur(await wb.toBuffer(), "2F/1S", "Export IEP", true);
    if (opnieuw.resultaat.status !== "klaar") throw new Error(opnieuw.resultaat.status);
    expect(opnieuw.resultaat.meldingen.filter((m) => m.soort === "getypt").map((m) => m.cel)).toEqual([
      { rij, kolom: gelezen.kolom },
    ]);
  });

  it("marks its conditional formats so they can be found again", async () => {
    const { wb } = await kleur(await langOverzicht(), "2F/1S", "Export IEP");
    expect(REGEL_MERK).toContain("LVS Analyse");
    expect(wb.rulesOf("Export IEP", REGEL_MERK).length).toBeGreaterThan(0);
    expect(wb.rulesOf("Export IEP", REGEL_MERK).every((r) => r.formula.includes(REGEL_MERK))).toBe(true);
  });
});

describe("norm choices and the column mapping", () => {
  it("colours by the schoolweging line of the Normen sheet", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    await maakNormenblad(wb);
    // schoolweging for 5b typed in by the school: 47
    await wb.apply([{ kind: "cells", sheet: "Normen", row: 6, col: 4, cells: [[{ value: 47 }]] }]); // row 6 is 5b
    const resultaat = await kleurGroep(wb, { blad: "Groep 5", norm: "schoolweging" });
    // Bram 47 equals the line: green; growth 7/8 below expected: light.
    expect(kleurenVan(resultaat)).toMatchObject({ Ada: "donkergroen", Bram: "lichtgroen", Dewi: "donkerblauw" });
  });

  it("uses a mapping the user corrected, and remembers it for the next time", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    const eerste = await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S" });
    if (eerste.status !== "klaar") throw new Error();
    // The user says column C is not rekenen but taalverzorging.
    const indeling = {
      ...eerste.indeling,
      scores: eerste.indeling.scores.map((s) =>
        s.vaardigheid === "rekenen" ? { ...s, vaardigheid: "taalverzorging" as const } : s,
      ),
    };
    const tweede = await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S", indeling, vervangen: true });
    expect(kleurenVan(tweede, "taalverzorging").Ada).toBe("donkergroen");
    const derde = await kleurGroep(wb, { blad: "Groep 5", norm: "geen", vervangen: true });
    if (derde.status !== "klaar") throw new Error();
    expect(derde.indeling.scores.map((s) => s.vaardigheid)).toContain("taalverzorging");
    await verwijderKleuring(wb, "Groep 5");
    const vierde = await kleurGroep(wb, { blad: "Groep 5", norm: "geen" });
    if (vierde.status !== "klaar") throw new Error();
    expect(vierde.indeling.scores.map((s) => s.vaardigheid)).toContain("taalverzorging"); // kept: the user set it
  });

  it("leaves the user's cells alone when making a Normen sheet", async () => {
    const origineel = await rommeligOverzicht();
    const wb = await FileWorkbook.open(origineel);
    await maakNormenblad(wb);
    const before = await snapshot(origineel);
    expect((await snapshot(await wb.toBuffer(), before)).cells).toEqual(before.cells);
  });
});
