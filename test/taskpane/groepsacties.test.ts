import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { voerUit } from "../../src/taskpane/groepsacties";
import type { WorkbookPort } from "../../src/workbook/port";
import { rommeligOverzicht } from "../fixtures/overzichten";

describe("the group actions in the taskpane", () => {
  it("report what colouring did, with the mapping and what was noticed in the data", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    const melding = await voerUit(wb, "kleuren", "Groep 5", "2F/1S");
    expect(melding.soort).toBe("klaar");
    expect(melding.tekst).toBe("6 leerlingen gekleurd op ontwikkellijn 2F/1S; 1 score zonder vorige afname.");
    expect(melding.details).toContain("3 scores staan als tekst in de cel; LVS Analyse telt ze mee.");
    // No Normen sheet: the colours rest on the indicatieve lines, said apart from the details.
    expect(melding.letOp).toMatch(/^Groen en blauw rusten op de indicatieve lijn van LVS Analyse/);
    expect(melding.details.join(" ")).not.toMatch(/indicatieve lijn/);
  });

  it("ask before replacing, and replace once the user says yes", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    await voerUit(wb, "kleuren", "Groep 5", "2F/1S");
    const vraag = await voerUit(wb, "kleuren", "Groep 5", "geen");
    expect(vraag).toMatchObject({ soort: "vraag", bevestig: "kleuren" });
    expect((await voerUit(wb, "kleuren", "Groep 5", "geen", true)).tekst).toMatch(/op leergroei/);
  });

  it("say what went wrong and what to try when Excel refuses, instead of failing silently", async () => {
    const kapot: WorkbookPort = {
      sheetNames: async () => [],
      read: async () => {
        throw Object.assign(new Error("Access denied (English)"), { code: "AccessDenied" });
      },
      apply: async () => undefined,
    };
    const melding = await voerUit(kapot, "kleuren", "Groep 5", "2F/1S");
    expect(melding.soort).toBe("fout");
    expect(melding.tekst).toContain("beveiligd");
    expect(melding.tekst).not.toContain("English");
    expect(melding.tekst).toContain("probeer het opnieuw");
  });

  it("explain a sheet that holds no overview", async () => {
    const wb = await FileWorkbook.open(await rommeligOverzicht());
    expect(await voerUit(wb, "kleuren", "Notities", "2F/1S")).toMatchObject({
      soort: "fout",
      tekst: expect.stringMatching(/geen overzicht/),
    });
  });
});
