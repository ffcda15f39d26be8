import { describe, expect, it } from "vitest";
import { STAPPEN } from "../../src/taskpane/stappenplan";
import { voerUit } from "../../src/taskpane/groepsacties";
import { maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";

const NU = new Date(2026, 10, 30);

describe("the pupil actions in the taskpane", () => {
  it("are offered at steps 1.1 to 1.5, and 1.3, 1.5, 2.6 and 2.7 each have an action of their own", () => {
    for (const id of ["1.1", "1.2", "1.3", "1.4", "1.5"])
      expect(STAPPEN.find((s) => s.id === id)!.acties, id).toContain("leerlingkaarten");
    for (const id of ["1.3", "1.5", "2.6", "2.7"])
      expect(STAPPEN.find((s) => s.id === id)!.acties, id).toContain("detailscores");
  });

  it("ask for the group on an export of the whole school, then make that group's cards", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const vraag = await voerUit(wb, "leerlingkaarten", "IEP-export", "2F/1S", false, undefined, undefined, NU);
    expect(vraag.soort).toBe("vraag");
    expect(vraag.groepen).toContain("Groep 3");
    const klaar = await voerUit(wb, "leerlingkaarten", "IEP-export", "2F/1S", false, undefined, "Groep 3", NU);
    expect(klaar.soort).toBe("klaar");
    expect(klaar.tekst).toMatch(/^\d+ leerlingkaarten gemaakt/);
    const kaart = (await wb.sheetNames()).find((n) => n.startsWith("Kaart "))!;
    const cellen = (await wb.read({ sheets: [kaart] })).sheets[0]!.cellen;
    expect(String(cellen[1]![0])).toMatch(
      /^Groep 3 · uit blad IEP-export · kleur op ontwikkellijn 2F\/1S · gemaakt op 30-11-2026$/,
    );
  });

  it("say precisely what is missing when a group sheet has no percentage goed or detail scores", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const m = await voerUit(wb, "detailscores", "Groep 5", "2F/1S");
    expect(m.soort).toBe("info");
    expect(m.tekst).toMatch(/kolom met als kop de vaardigheid, '% goed' en het moment/);
    expect(m.tekst).toMatch(/kolommen met als kop de vaardigheid, een streepje en het onderdeel/);
  });
});
