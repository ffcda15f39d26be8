import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { DETAIL_TITEL } from "../../../src/core/groep/detailscores";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakGroepsoverzicht } from "../../../src/workbook/groepsoverzicht";
import { maakLeerlingkaarten } from "../../../src/workbook/leerlingkaart";
import { createWorkbookEngine } from "../../harness/hyperformula-lvs";
import { engineCel } from "../../core/groep/formules-in-engine";

/** Groep 7 with domain columns: getallen as fractions, verhoudingen as percentages, meten with a text cell. */
async function groep7(metDetails = true): Promise<FileWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Groep 7");
  ws.addRow([
    "Leerling",
    "Rekenen M7",
    "Rekenen E7",
    ...(metDetails ? ["Rekenen – getallen", "Rekenen – verhoudingen", "Rekenen – meten"] : []),
  ]);
  ws.addRow(["Ada", 66, 70, ...(metDetails ? [0.5, 75, "80%"] : [])]);
  ws.addRow(["Bram", 60, 66, ...(metDetails ? [1, 25, 0.4] : [])]);
  ws.addRow(["Chris", 62, 64, ...(metDetails ? [0.8, 60, 0.6] : [])]);
  ws.addRow(["Dewi", 58, 61, ...(metDetails ? [null, 40, null] : [])]);
  return FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function blok(cellen: CellValue[][]): Map<string, CellValue[]> {
  const start = cellen.findIndex((r) => r[0] === DETAIL_TITEL);
  const uit = new Map<string, CellValue[]>();
  for (let r = start + 2; cellen[r]?.[0]; r++) uit.set(String(cellen[r]![1]), cellen[r]!.slice(2, 7));
  return uit;
}

async function formules(wb: FileWorkbook): Promise<string> {
  const delen = unzipSync(await wb.toBuffer());
  return Object.keys(delen)
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
    .map((p) => strFromU8(delen[p]!))
    .find((x) => x.includes("AVERAGE"))!
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
}

describe("detail scores in the group overview", () => {
  it("give per domain column the count, mean, lowest and highest percentage goed, checked by hand", async () => {
    const wb = await groep7();
    const r = await maakGroepsoverzicht(wb, { blad: "Groep 7", norm: "2F/1S" });
    expect(r.status).toBe("klaar");
    const cellen = (await wb.read({ sheets: ["Groepsoverzicht Groep 7"] })).sheets[0]!.cellen;
    const d = blok(cellen);
    // getallen: 0.5, 1, 0.8 → 3 pupils, (50 + 100 + 80) / 3 = 76.67, lowest 50, highest 100.
    expect(d.get("getallen")![0]).toBe("");
    expect(d.get("getallen")!.slice(1, 3)).toEqual([3, expect.closeTo(76.67, 2)]);
    expect(d.get("getallen")!.slice(3)).toEqual([50, 100]);
    // verhoudingen in percentages: 75, 25, 60, 40 → 4 pupils, mean 50.
    expect(d.get("verhoudingen")!.slice(1)).toEqual([4, 50, 25, 75]);
    // meten: "80%", 0.4, 0.6 → mean 60, from the text cell too.
    expect(d.get("meten")!.slice(1)).toEqual([3, 60, 40, 80]);
  });

  it("writes them as built-in formulas over the group sheet's own columns where those hold only numbers", async () => {
    const wb = await groep7();
    await maakGroepsoverzicht(wb, { blad: "Groep 7", norm: "2F/1S" });
    const xml = await formules(wb);
    // Rekenen – getallen is column D, the pupils rows 2 to 5; fractions, so times 100.
    expect(xml).toMatch(/<f>COUNT\('Groep 7'!\$D\$2:\$D\$5\)<\/f><v>3<\/v>/);
    expect(xml).toMatch(/<f>IF\(COUNT\('Groep 7'!\$D\$2:\$D\$5\)=0,"",AVERAGE\('Groep 7'!\$D\$2:\$D\$5\)\*100\)<\/f>/);
    expect(xml).toMatch(/<f>IF\(COUNT\('Groep 7'!\$E\$2:\$E\$5\)=0,"",MAX\('Groep 7'!\$E\$2:\$E\$5\)\)<\/f><v>75<\/v>/);
    // Meten holds a text cell ("80%") a formula would skip: values only there.
    expect(xml).not.toMatch(/'Groep 7'!\$F\$/);
    expect(xml).not.toMatch(/LVS\./);

    // A spreadsheet engine computes each formula over the group sheet to the value the file carries.
    const groep = (await wb.read({ sheets: ["Groep 7"] })).sheets[0]!.cellen;
    const paren = [...xml.matchAll(/<f>([^<]*'Groep 7'[^<]*)<\/f><v>([^<]*)<\/v>/g)].map((m) => [m[1]!, Number(m[2])]);
    expect(paren.length).toBe(8);
    const engine = createWorkbookEngine({
      "Groep 7": groep.map((rij) => rij.map(engineCel)),
      Uit: paren.map(([f]) => [`=${String(f)}`]),
    });
    const uit = engine.getSheetId("Uit")!;
    paren.forEach(([f, v], r) =>
      expect(engine.getCellValue({ sheet: uit, row: r, col: 0 }), String(f)).toBeCloseTo(Number(v), 9),
    );
  });

  it("leaves the table out when the sheet has no such columns, and the pupil card shows the same domains", async () => {
    const zonder = await groep7(false);
    await maakGroepsoverzicht(zonder, { blad: "Groep 7", norm: "2F/1S" });
    const leeg = (await zonder.read({ sheets: ["Groepsoverzicht Groep 7"] })).sheets[0]!.cellen;
    expect(leeg.some((r) => r[0] === DETAIL_TITEL)).toBe(false);

    const wb = await groep7();
    await maakLeerlingkaarten(wb, { blad: "Groep 7", norm: "2F/1S", datum: "30-11-2026" });
    const ada = (await wb.read({ sheets: ["Kaart Ada"] })).sheets[0]!.cellen;
    const getallen = ada.find((rij) => rij[1] === "getallen")!;
    // Ada 50% goed on getallen; the group's mean 76.7, as in the overview.
    expect(getallen.filter((v) => typeof v === "number")).toEqual([50, 76.7]);
    expect(ada.find((rij) => rij[1] === "verhoudingen")!.filter((v) => typeof v === "number")).toEqual([75, 50]);
  });
});
