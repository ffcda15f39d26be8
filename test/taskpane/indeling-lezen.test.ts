import { describe, expect, it } from "vitest";
import type { Kolomindeling } from "../../src/core/overzicht/indeling";
import { voerUit } from "../../src/taskpane/groepsacties";
import { leesIndeling } from "../../src/taskpane/indeling-lezen";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { excelMock, groepRijen } from "../workbook/office/excel-mock";

describe("the column mapping inside Excel", () => {
  it("is read from the sheet in Excel as it is found, to show and correct in the pane", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(10) });
    const { blad, indeling, cellen } = await leesIndeling(new OfficeWorkbook(excel.run), "Groep 5");
    expect(blad).toBe("Groep 5");
    expect(cellen).toHaveLength(11);
    expect(indeling?.scores.map((s) => s.vaardigheid)).toEqual([
      "rekenen",
      "rekenen",
      "lezen",
      "lezen",
      "taalverzorging",
      "taalverzorging",
    ]);
  });

  it("is corrected once and then used by the colouring in Excel, and remembered in the workbook for next time", async () => {
    const excel = excelMock({ "Groep 5": groepRijen(10) });
    const wb = new OfficeWorkbook(excel.run);
    const gevonden = (await leesIndeling(wb, "Groep 5")).indeling!;
    // The user says the taalverzorging columns are woordenschat and leaves lezen out.
    const gecorrigeerd: Kolomindeling = {
      ...gevonden,
      scores: gevonden.scores
        .filter((s) => s.vaardigheid !== "lezen")
        .map((s) => (s.vaardigheid === "taalverzorging" ? { ...s, vaardigheid: "woordenschat" } : s)),
    };
    const melding = await voerUit(wb, "kleuren", "Groep 5", "2F/1S", false, gecorrigeerd);
    expect(melding.soort).toBe("klaar");
    const kop = excel.recorded.formulas.map((w) => w.values[0]?.[0]);
    expect(kop).toContain("'Kleur woordenschat");
    expect(kop).not.toContain("'Kleur lezen");
    // A new session on the same workbook finds the corrected mapping in the workbook's settings.
    const later = excelMock({ "Groep 5": groepRijen(10) }, { settings: excel.recorded.settings });
    expect((await leesIndeling(new OfficeWorkbook(later.run), "Groep 5")).indeling).toEqual(gecorrigeerd);
  });

  it("says there is no overview on a sheet without one, instead of failing", async () => {
    const excel = excelMock({ Notities: [["Vergadering dinsdag"]] });
    expect((await leesIndeling(new OfficeWorkbook(excel.run), "Notities")).indeling).toBeUndefined();
    expect((await leesIndeling(new OfficeWorkbook(excel.run), "Bestaat niet")).indeling).toBeUndefined();
  });
});
