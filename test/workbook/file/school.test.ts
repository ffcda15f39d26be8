import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { KLEUR_OPMAAK } from "../../../src/core/kleur";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakSchooloverzichten } from "../../../src/workbook/school";
import { kleineSchool } from "../../fixtures/overzichten";
import { snapshot } from "../snapshot";

async function school() {
  const wb = await FileWorkbook.open(await kleineSchool());
  const resultaten = await maakSchooloverzichten(wb, { norm: "2F/1S" });
  const uit = await wb.toBuffer();
  const terug = await FileWorkbook.open(uit);
  const blad = async (naam: string) => (await terug.read({ sheets: [naam] })).sheets[0]!.cellen;
  return { resultaten, uit, blad, wb };
}

const na = (cellen: CellValue[][], ...begin: CellValue[]) => cellen.find((r) => begin.every((b, i) => r[i] === b));

describe("the school overviews", () => {
  it("are made as sheets of their own, each saying what it did", async () => {
    const { resultaten } = await school();
    expect(resultaten.map((r) => [r.status, r.blad])).toEqual([
      ["klaar", "Dwarsdoorsnede"],
      ["klaar", "Trendanalyse"],
      ["klaar", "Eindresultaten"],
      ["klaar", "Hart en handen – groep 7"],
      ["klaar", "Bestuursoverzicht"],
    ]);
  });

  it("count pupils per colour in the dwarsdoorsnede and set the share of green against the ambitie, by hand", async () => {
    const { blad } = await school();
    const cellen = await blad("Dwarsdoorsnede");
    const kop = na(cellen, "Leerjaar", "Aantal")!;
    const groep5 = na(cellen, 5)!;
    const rij = Object.fromEntries(kop.map((k, i) => [k, groep5[i]]));
    // Ada donkergroen, Bram lichtblauw, Chris donkergroen, Dewi blauw: 2 of 4 green; growth is
    // measured for Ada, Bram and Chris only (Dewi has no earlier afname): 2 of 3 dark.
    expect(rij).toMatchObject({
      Aantal: 4,
      donkergroen: 2,
      lichtblauw: 1,
      blauw: 1,
      lichtgroen: 0,
      "% groen": 0.5,
      Ambitie: 0.6,
    });
    expect(rij["% donker"]).toBeCloseTo(2 / 3);
    expect(rij.Verschil).toBeCloseTo(-0.1);
  });

  it("colour each trend cell by majority, a tie going to green and dark, by hand", async () => {
    const { blad } = await school();
    const cellen = await blad("Trendanalyse");
    // 2025-2026, groep 5 at E5: (48 + 44 + 50 + 47) / 4 = 47.25; green 2 against blue 2, dark 2 against light 1.
    const kop = na(cellen, "Leerjaar")!;
    expect(na(cellen, "leerjaar 5")?.[kop.indexOf("2025-2026")]).toBe(47.3);
    expect(cellen.flat()).toContain("donkergroen (4)");
  });

  it("pool the end results as the inspectie does, filtered and not, against the signaleringswaarden, by hand", async () => {
    const { blad } = await school();
    const cellen = await blad("Eindresultaten");
    // Eva 82, 61, 59 and Fenna 60, 80, 79: 1F 5 of 6, 2F/1S 2 of 6. Without Fenna: 2 of 3 and 1 of 3.
    const niet = na(cellen, "Niet gefilterd")!;
    const wel = na(cellen, "Gefilterd")!;
    expect(niet[1]).toBeCloseTo(5 / 6);
    expect(niet.slice(2, 4)).toEqual([0.85, "onder signaleringswaarde"]);
    expect(niet[5]).toBeCloseTo(2 / 6);
    expect(niet.slice(6, 8)).toEqual([0.5, "onder signaleringswaarde"]);
    expect(wel[1]).toBeCloseTo(2 / 3);
    expect(na(cellen, "Fenna")).toEqual(["Fenna", "2025-2026", "korter dan vier jaar in Nederland"]);
  });

  it("show hart en handen per pupil with group means and the care flag, and no verdict", async () => {
    const { blad } = await school();
    const cellen = await blad("Hart en handen – groep 7");
    expect(na(cellen, "Groepsgemiddelde")?.slice(0, 5)).toEqual(["Groepsgemiddelde", 70, 50, 60, 80]);
    expect(na(cellen, "Hanna")?.at(-1)).toBe("ja"); // 65% > 58% in leerjaar 7
    const oordelen = /^(voldoende|onvoldoende|onder signaleringswaarde|code (rood|oranje)|groen|blauw)$/i;
    expect(cellen.flat().filter((v) => typeof v === "string" && oordelen.test(v.trim()))).toEqual([]);
  });

  it("give the board its indicator from the Cito results", async () => {
    const { blad } = await school();
    const cellen = await blad("Bestuursoverzicht");
    expect(na(cellen, "De Kleine Kaart")?.slice(-2)).toEqual(["4 van 5 voldoende", "voldoet"]);
    expect(na(cellen, "De Kleine Kaart", "RW4")?.slice(-2)).toEqual(["code oranje", "onvoldoende"]);
  });

  it("add valid native charts: stacked colours with the ambitie line, end results, and spider charts", async () => {
    const { uit } = await school();
    const zip = await JSZip.loadAsync(uit);
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    for (const c of charts) expect(XMLValidator.validate(c)).toBe(true);
    const bar = charts.find((c) => c.includes("<c:barChart>"))!;
    expect(bar).toContain("<c:lineChart>"); // the ambitie over the bars
    expect(bar).toContain(`<a:srgbClr val="${KLEUR_OPMAAK.donkergroen.achtergrond.slice(1)}"/>`); // donkergroen in its own colour
    expect(charts.filter((c) => c.includes("<c:radarChart>"))).toHaveLength(3); // the group and two pupils
  });

  it("leave the school's own sheets as they were, and ask before replacing their own", async () => {
    const { uit } = await school();
    const before = await snapshot(await kleineSchool());
    expect((await snapshot(uit, before)).cells).toEqual(before.cells);
    const wb = await FileWorkbook.open(uit);
    expect((await maakSchooloverzichten(wb, { norm: "geen" }))[0]?.status).toBe("bevestigen");
  });
});
