/**
 * The hostile-input sweep for everything that reads a sheet: random sheets with headers that look
 * like an overview and cells of every kind. Every reader and every action either does its work or
 * says why not; none throws, and none changes a cell of the user's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { planKleuring } from "../../../src/core/groep/kleurplan";
import { vatSamen } from "../../../src/core/groep/samenvatting";
import { leesNormtabel } from "../../../src/core/normtabel";
import { vindIndeling } from "../../../src/core/overzicht/indeling";
import { leesOverzicht } from "../../../src/core/overzicht/metingen";
import { leesCitoResultaten } from "../../../src/core/school/bestuur";
import { leesHartEnHanden } from "../../../src/core/school/hartenhanden";
import { leesInstellingen } from "../../../src/core/school/instellingen";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakGroepsoverzicht } from "../../../src/workbook/groepsoverzicht";
import { kleurGroep, verwijderKleuring } from "../../../src/workbook/kleuring";
import { maakKaarten } from "../../../src/workbook/kwaliteitskaart";
import { maakNormenblad } from "../../../src/workbook/normenblad";
import { maakSchoolinstellingen, maakSchooloverzichten } from "../../../src/workbook/school";
import { snapshot } from "../snapshot";

const KOPPEN = [
  "Naam",
  "Leerling",
  "Groep",
  "Rekenen 5a",
  "Rekenen 5b",
  "Rekenen",
  "M5",
  "E5",
  "Lezen E8",
  "Taalverzorging 8b",
  "Schooljaar",
  "Vaardigheid",
  "Afname",
  "Ontwikkelscore",
  "Uitgesloten",
  "Toets",
  "Datum",
  "Doorzettingsvermogen",
  "Plannen",
  "Organiserend vermogen",
  "Sociaalwenselijkheid",
  "School",
  "Moment",
  "Gemiddelde",
  "Gewogen leerlingen",
  "Versie",
  "landelijk",
  "2F/1S",
  "Naam van de school",
  "Ambitie 2F/1S",
];

const cel: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -50, max: 300 }) },
  fc.double(),
  fc.constantFrom(...KOPPEN),
  fc.constantFrom(
    "24,5",
    "1.234,5",
    "5b",
    "M5",
    "E8",
    "2025-2026",
    "24-1-2025",
    "ja",
    "nee",
    "#N/A",
    "WAAR",
    "  ",
    "Gemiddelde",
    "Totaal",
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 2_000, maxLength: 3_000 }),
  fc.boolean(),
  fc.constantFrom(null, ""),
  fc.constantFrom("#VALUE!", "#N/A", "#DIV/0!", "#REF!").map((e) => ({ cellError: e }) as CellValue),
);

/** A sheet: often a header row of known column names, then rows of anything. */
const blad: fc.Arbitrary<CellValue[][]> = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 20 }), fc.boolean())
  .chain(([kolommen, rijen, metKop]) =>
    fc.tuple(
      fc.array(metKop ? fc.constantFrom(...KOPPEN) : cel, { minLength: kolommen, maxLength: kolommen }),
      fc.array(fc.array(cel, { minLength: 0, maxLength: kolommen + 1 }), { minLength: rijen, maxLength: rijen }),
    ),
  )
  .map(([kop, rest]) => [kop as CellValue[], ...rest]);

describe("readers of sheets under hostile input", () => {
  it("never throw, whatever a sheet holds", () => {
    let gevonden = 0;
    fc.assert(
      fc.property(blad, (cellen) => {
        const indeling = vindIndeling({ naam: "Groep 5", cellen });
        if (indeling) {
          gevonden++;
          const overzicht = leesOverzicht({ naam: "Groep 5", cellen }, indeling);
          for (const norm of ["2F/1S", "1F", "geen", "landelijk"] as const) {
            const plan = planKleuring(
              overzicht,
              { norm, normen: { blad: "Normen", adres: "$A$1:$C$5", cellen } },
              cellen,
              12,
            );
            vatSamen(overzicht, plan, norm);
          }
        }
        leesInstellingen(cellen);
        leesCitoResultaten(cellen, "school");
        leesHartEnHanden(cellen);
        leesNormtabel(cellen).column({ basis: "2F/1S", vaardigheid: undefined, label: "2F/1S", key: "2f/1s" });
      }),
      { numRuns: 400 },
    );
    // The sweep must reach the colouring too, not only the refusal of unreadable sheets. About one
    // sheet in eight is read as an overview (39 to 69 of 400 over forty sweeps); 20 is far below that
    // by chance yet would still catch a reader that stopped recognising overviews.
    expect(gevonden).toBeGreaterThan(20);
  });
});

async function werkmap(groep: CellValue[][], tweede: CellValue[][]): Promise<FileWorkbook> {
  const wb = FileWorkbook.create();
  const vul = (cellen: CellValue[][]) => cellen.map((r) => r.map((value) => ({ value })));
  await wb.apply([
    { kind: "addSheet", sheet: "Groep 5" },
    { kind: "cells", sheet: "Groep 5", row: 0, col: 0, cells: vul(groep) },
    { kind: "addSheet", sheet: "Export" },
    { kind: "cells", sheet: "Export", row: 0, col: 0, cells: vul(tweede) },
  ]);
  return wb;
}

describe("every action on hostile sheets", () => {
  it("finishes or says why not, and leaves every cell of the user's as it was", async () => {
    await fc.assert(
      fc.asyncProperty(blad, blad, async (groep, tweede) => {
        const wb = await werkmap(groep, tweede);
        const voor = await snapshot(await wb.toBuffer());
        const meldingen = [
          await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S" }),
          await maakGroepsoverzicht(wb, { blad: "Groep 5", norm: "2F/1S" }),
          ...(await maakSchooloverzichten(wb, { norm: "2F/1S" })),
          ...(await maakKaarten(wb, {
            kaarten: ["leerkracht", "groepsanalyse", "ib", "beleid"],
            instrumenten: ["tussenopbrengsten", "cito"],
            blad: "Groep 5",
            norm: "2F/1S",
            datum: "01-02-2026",
          })),
          await maakNormenblad(wb),
          await maakSchoolinstellingen(wb),
          await verwijderKleuring(wb, "Groep 5"),
        ];
        for (const m of meldingen) expect(typeof ("tekst" in m ? m.tekst : m.vraag)).toBe("string");
        const na = await snapshot(await wb.toBuffer(), voor);
        expect(na.cells).toEqual(voor.cells);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
