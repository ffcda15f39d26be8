import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { HART_NODIG, HOE_HART_TOEVOEGEN } from "../../../src/core/leerling/hart";
import { HART_EN_HANDEN } from "../../../src/core/leerling/kaart";
import { maakDemoWerkmap } from "../../../src/workbook/demo";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakLeerlingkaarten } from "../../../src/workbook/leerlingkaart";

const DATUM = "30-11-2026";

async function lees(wb: FileWorkbook, blad: string): Promise<CellValue[][]> {
  return (await wb.read({ sheets: [blad] })).sheets[0]!.cellen;
}

/** On the card, per aspect of the spider charts: the pupil's percentage and the group's mean. */
function spinWaarden(cellen: CellValue[][], aspect: string): [CellValue, CellValue] | undefined {
  for (const rij of cellen) {
    const c = rij.indexOf(aspect);
    if (c < 0) continue;
    const getallen = rij.slice(c + 1).filter((v) => typeof v === "number");
    return [getallen[0] ?? null, getallen[1] ?? null];
  }
  return undefined;
}

/** The text line right under the card's Hart en handen section title. */
function hartRegel(cellen: CellValue[][]): string {
  const r = cellen.findIndex((rij) => rij[0] === HART_EN_HANDEN);
  return String(cellen[r + 1]?.[0] ?? "");
}

async function radarCharts(wb: FileWorkbook): Promise<string[]> {
  const delen = unzipSync(await wb.toBuffer());
  return Object.keys(delen)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .map((p) => strFromU8(delen[p]!))
    .filter((xml) => xml.includes("<c:radarChart>"));
}

async function groepMetHart(): Promise<FileWorkbook> {
  const wb = new ExcelJS.Workbook();
  const groep = wb.addWorksheet("Groep 7");
  groep.addRow(["Leerling", "Rekenen M7", "Rekenen E7"]);
  groep.addRow(["Ada", 66, 70]);
  groep.addRow(["Bram", 60, 66]);
  groep.addRow(["Chris", 62, 64]);
  const hart = wb.addWorksheet("Hart en handen 7");
  hart.addRow([
    "Leerling",
    "Leerjaar",
    "Zelfmanagement",
    "Sociale vaardigheden",
    "Empathie",
    "Plannen",
    "Sociaalwenselijkheid",
  ]);
  hart.addRow(["Ada", 7, 80, 60, 70, 50, 64]);
  hart.addRow(["Bram", 7, 40, 50, 30, 90, 20]);
  // Chris is not on the hart-en-handen sheet.
  hart.addRow(["Dewi", 7, 60, 70, 50, 40, 58]);
  return FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("hart en handen on the pupil card", () => {
  it("draws the pupil's answers as a spider chart against the group mean, values checked by hand", async () => {
    const wb = await groepMetHart();
    const r = await maakLeerlingkaarten(wb, { blad: "Groep 7", norm: "2F/1S", datum: DATUM });
    expect(r.status === "klaar" && r.bladen).toEqual(["Kaart Ada", "Kaart Bram", "Kaart Chris"]);
    const ada = await lees(wb, "Kaart Ada");
    // Means over Ada, Bram and Dewi on the sheet: (80+40+60)/3, (60+50+70)/3, (70+30+50)/3.
    expect(spinWaarden(ada, "Zelfmanagement")).toEqual([80, 60]);
    expect(spinWaarden(ada, "Sociale vaardigheden")).toEqual([60, 60]);
    expect(spinWaarden(ada, "Empathisch vermogen")).toEqual([70, 50]);
    // Leeraanpak has only one aspect here (Plannen): too few for a spider of its own.
    expect(spinWaarden(ada, "Plannen")).toBeUndefined();
    // Ada's sociaalwenselijkheid of 64% is above 58% in leerjaar 7: the flag beside the chart.
    expect(hartRegel(ada)).toMatch(
      /^Uit blad Hart en handen 7; .*Mogelijk sociaal wenselijk: sociaalwenselijkheid 64%/,
    );
    expect(hartRegel(await lees(wb, "Kaart Bram"))).toMatch(/Sociaalwenselijkheid 20%: niet boven de 58%\.$/);
    expect(hartRegel(await lees(wb, "Kaart Chris"))).toBe(
      "Op blad Hart en handen 7 staan geen antwoorden van hart en handen van Chris.",
    );

    const radar = await radarCharts(wb);
    // One questionnaire with enough aspects, on the cards of Ada and Bram.
    expect(radar).toHaveLength(2);
    const adaRadar = radar.find((x) => x.includes("Kaart Ada"))!;
    expect(adaRadar).toContain("Sociaal-emotionele ontwikkeling");
    expect(adaRadar).toContain('<a:prstDash val="dash"/>'); // the group mean, dashed
    expect(adaRadar).toMatch(/<c:max val="100"\/><c:min val="0"\/>/);
  });

  it("says in one sentence what it needs when the workbook holds no hart en handen", async () => {
    const wb = new ExcelJS.Workbook();
    const groep = wb.addWorksheet("Groep 7");
    groep.addRow(["Leerling", "Rekenen M7", "Rekenen E7"]);
    groep.addRow(["Ada", 66, 70]);
    const file = await FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await maakLeerlingkaarten(file, { blad: "Groep 7", norm: "2F/1S", datum: DATUM });
    expect(r.status === "klaar" && r.details.some((d) => d.endsWith(HOE_HART_TOEVOEGEN))).toBe(true);
    const ada = await lees(file, "Kaart Ada");
    expect(hartRegel(ada)).toBe(HART_NODIG);
    for (const zin of [HART_NODIG, HOE_HART_TOEVOEGEN])
      expect(zin.split(/[.!?](\s|$)/).filter((z) => z && z.trim() !== "")).toHaveLength(1);
    expect(await radarCharts(file)).toHaveLength(0);
  });

  it("shows a demo pupil of groep 6 with the answers on the demo's hart-en-handen sheet", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const r = await maakLeerlingkaarten(wb, {
      blad: "Groep 6",
      norm: "2F/1S",
      datum: DATUM,
      leerlingen: ["Wout Bakker", "Kiki Dekker", "Roos Visser"],
    });
    expect(r.status === "klaar" && r.bladen).toEqual(["Kaart Wout Bakker", "Kaart Kiki Dekker", "Kaart Roos Visser"]);
    const wout = await lees(wb, "Kaart Wout Bakker");
    // Read off the sheet Hart en handen groep 6: Wout's row, and the mean of the fourteen pupils' column.
    expect(spinWaarden(wout, "Zelfmanagement")).toEqual([62, 64.6]);
    expect(spinWaarden(wout, "Sociale vaardigheden")?.[0]).toBe(77);
    expect(spinWaarden(wout, "Empathisch vermogen")?.[0]).toBe(49);
    expect(hartRegel(wout)).toMatch(/Sociaalwenselijkheid 42%: niet boven de 58%\.$/);
    // Kiki answered 62% sociaal wenselijk: above 58%, flagged; Roos's 58% is not above it.
    expect(hartRegel(await lees(wb, "Kaart Kiki Dekker"))).toMatch(
      /Mogelijk sociaal wenselijk: sociaalwenselijkheid 62%/,
    );
    expect(hartRegel(await lees(wb, "Kaart Roos Visser"))).toMatch(/Sociaalwenselijkheid 58%: niet boven de 58%\.$/);
    // Three questionnaires, a spider chart each, on each of the three cards.
    expect(await radarCharts(wb)).toHaveLength(9);
  });
});
