/**
 * No data loss as an invariant, for every action the taskpane offers, on the demo school (with its
 * own formatting), on a messy overview and on one with borders drawn past its table: every cell of the user's keeps its value, formula and
 * format; doing an action twice gives the same workbook as doing it once; "Kleuring verwijderen"
 * gives back the workbook as it was before the colouring.
 */
import { describe, expect, it } from "vitest";
import { maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { maakGekozenKaarten } from "../../src/taskpane/kaartacties";
import { voerUit, type Actie } from "../../src/taskpane/groepsacties";
import { opgemaaktOverzicht, rommeligOverzicht } from "../fixtures/overzichten";
import { snapshot, type Snapshot } from "../workbook/snapshot";

type Werkmap = () => Promise<FileWorkbook>;

const WERKMAPPEN: Record<string, { maak: Werkmap; blad: string }> = {
  "the demo school": {
    maak: async () => {
      const wb = FileWorkbook.create();
      await maakDemoWerkmap(wb);
      return FileWorkbook.open(await wb.toBuffer());
    },
    blad: "Groep 5",
  },
  "a messy overview": { maak: async () => FileWorkbook.open(await rommeligOverzicht()), blad: "Groep 5" },
  "an overview with borders drawn past the table": {
    maak: async () => FileWorkbook.open(await opgemaaktOverzicht()),
    blad: "Groep 5",
  },
};

const ACTIES: readonly (Actie | "kaarten")[] = [
  "kleuren",
  "overzicht",
  "normen",
  "school",
  "instellingen",
  "verwijderen",
  "kaarten",
  "leerlingkaarten",
  "detailscores",
];

async function doe(wb: FileWorkbook, actie: Actie | "kaarten", blad: string, vervangen = false): Promise<string> {
  if (actie === "kaarten") {
    const m = await maakGekozenKaarten(
      wb,
      {
        kaarten: ["leerkracht", "groepsanalyse", "ib", "beleid"],
        instrumenten: ["tussenopbrengsten"],
        eigenInstrument: "",
      },
      blad,
      "2F/1S",
      new Date(2026, 1, 1),
    );
    return m.soort;
  }
  return (await voerUit(wb, actie, blad, "2F/1S", vervangen)).soort;
}

/** Cells and rules only: the order of sheets may differ after a sheet of ours was replaced. */
function inhoud(s: Snapshot) {
  return { cells: s.cells, rules: s.rules, sheets: [...s.sheets].sort() };
}

for (const [naam, { maak, blad }] of Object.entries(WERKMAPPEN)) {
  describe(`every taskpane action on ${naam}`, () => {
    for (const actie of ACTIES) {
      it(`${actie} keeps every cell of the user's, and a second time changes nothing more`, async () => {
        const wb = await maak();
        const voor = await snapshot(await wb.toBuffer());
        expect(await doe(wb, actie, blad)).not.toBe("fout");
        const eens = await snapshot(await wb.toBuffer());
        // Every cell that was there is exactly as it was.
        expect((await snapshot(await wb.toBuffer(), voor)).cells).toEqual(voor.cells);
        expect(Object.values(eens.rules)).toEqual(expect.arrayContaining(Object.values(voor.rules)));
        // Again without confirming, and again confirming a replacement: the same workbook as once.
        await doe(wb, actie, blad);
        expect(inhoud(await snapshot(await wb.toBuffer()))).toEqual(inhoud(eens));
        await doe(wb, actie, blad, true);
        expect(inhoud(await snapshot(await wb.toBuffer()))).toEqual(inhoud(eens));
      }, 180_000);
    }

    it("Kleuring verwijderen gives back the workbook as it was before the colouring", async () => {
      const wb = await maak();
      const voor = await snapshot(await wb.toBuffer());
      expect(await doe(wb, "kleuren", blad)).toBe("klaar");
      expect(await doe(wb, "verwijderen", blad)).toBe("klaar");
      const na = await snapshot(await wb.toBuffer());
      expect(na.cells).toEqual(voor.cells);
      expect(na.rules).toEqual(voor.rules);
      expect(na.sheets).toEqual(voor.sheets);
    }, 180_000);
  });
}
