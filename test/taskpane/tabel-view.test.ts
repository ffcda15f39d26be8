import { describe, expect, it } from "vitest";
import { REGEL_MERK } from "../../src/core/groep/kleurplan";
import { kleurenVan } from "../../src/taskpane/tabel-view";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { kleurGroep } from "../../src/workbook/kleuring";
import { langOverzicht, rommeligOverzicht } from "../fixtures/overzichten";

/** Colours the sheet in a file, then lets the browser preview derive each cell's colour from the rules. */
async function voorbeeld(data: Uint8Array, blad: string) {
  const wb = await FileWorkbook.open(data);
  const r = await kleurGroep(wb, { blad, norm: "2F/1S" });
  if (r.status !== "klaar") throw new Error(r.status);
  const { sheets } = await wb.read({ sheets: [blad] });
  const cellen = sheets[0]!.cellen;
  return { r, cellen, regels: wb.rulesOf(blad, REGEL_MERK), kleuren: kleurenVan(cellen, wb.rulesOf(blad, REGEL_MERK)) };
}

describe("the browser preview of a coloured sheet", () => {
  it("colours each score and Kleur cell by the label of its own vaardigheid, from one rule per colour over several areas", async () => {
    const { r, cellen, regels, kleuren } = await voorbeeld(await rommeligOverzicht(), "Groep 5");
    expect(regels).toHaveLength(8);
    const kop = cellen[r.plan.kopRij]!;
    const labels = ["rekenen", "lezen"].map((v) => kop.indexOf(`Kleur ${v}`));
    for (let rij = r.plan.kopRij + 1; rij < cellen.length; rij++) {
      const inRij = [...kleuren].filter(([k]) => k.startsWith(`${rij}:`));
      const gevuld = labels.map((l) => cellen[rij]?.[l]).filter((v): v is string => typeof v === "string" && v !== "");
      // Per vaardigheid its latest score cell and its Kleur cell, each in the colour its label names.
      expect(inRij.map(([, v]) => v).sort()).toEqual([...gevuld, ...gevuld].sort());
      for (const l of labels) expect(kleuren.get(`${rij}:${l}`) ?? "").toBe(cellen[rij]?.[l] ?? "");
    }
  });

  it("colours a long export, whose one Kleur column serves every score", async () => {
    const { cellen, regels, kleuren } = await voorbeeld(await langOverzicht(), "Export IEP");
    expect(regels.length).toBeLessThanOrEqual(8);
    expect(kleuren.size).toBeGreaterThan(0);
    const kop = cellen.find((r) => r.includes("Kleur"))!;
    const label = kop.indexOf("Kleur");
    for (const [sleutel, kleur] of kleuren) expect(cellen[Number(sleutel.split(":")[0])]![label]).toBe(kleur);
  });

  it("still reads a rule an older version wrote over one column", () => {
    const cellen = [
      ["Naam", "Score", "Kleur"],
      ["Ada", 40, "groen"],
      ["Bram", 30, "blauw"],
    ];
    const kleuren = kleurenVan(cellen, [{ ref: "B2:B3", formula: 'AND(N("LVS Analyse")=0,$C2="groen")' }]);
    expect([...kleuren]).toEqual([["1:1", "groen"]]);
  });
});
