import { describe, expect, it } from "vitest";
import { maakDemoSchool } from "../../src/core/demo/school";
import { GESPREKSPUNTEN } from "../../src/core/leerling/kaart";
import { STAPPEN } from "../../src/taskpane/stappenplan";
import { voerUit } from "../../src/taskpane/groepsacties";
import { maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";

const NU = new Date(2026, 10, 30);

describe("the pupil actions in the taskpane", () => {
  it("are offered at steps 1.1 to 1.5, and 1.3, 1.5, 2.6 and 2.7 each have an action of their own", () => {
    for (const id of ["1.1", "1.2", "1.3", "1.4", "1.5"])
      expect(STAPPEN.find((s) => s.id === id)!.acties, id).toEqual(
        expect.arrayContaining(["leerlingkaarten", "leerlingkaart"]),
      );
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

describe("the card of one chosen pupil", () => {
  const school = maakDemoSchool();

  it("first offers the names of the group sheet, in its order, and makes nothing yet", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const voor = await wb.sheetNames();
    const m = await voerUit(wb, "leerlingkaart", "Groep 5", "2F/1S", false, undefined, undefined, NU);
    expect(m.soort).toBe("vraag");
    const groep5 = school.groepen.find((g) => g.naam === "Groep 5")!;
    expect(m.leerlingen).toEqual(groep5.leerlingen.map((l) => ({ naam: l.naam })));
    expect(await wb.sheetNames()).toEqual(voor);
  });

  it("offers the current pupils of a long export by group, not those who left school", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const m = await voerUit(wb, "leerlingkaart", "IEP-export", "2F/1S", false, undefined, undefined, NU);
    const huidig = school.groepen.flatMap((g) => g.leerlingen.map((l) => ({ naam: l.naam, groep: g.naam })));
    expect(m.leerlingen).toHaveLength(huidig.length);
    expect(m.leerlingen).toEqual(expect.arrayContaining(huidig));
    expect(m.leerlingen!.map((l) => l.groep)).toEqual(
      [...huidig.map((l) => l.groep)].sort((a, b) => a.localeCompare(b, "nl", { numeric: true })),
    );
  });

  it("makes only that pupil's card, and leaves the cards already made and what was typed on them", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const [eerste, tweede] = school.groepen.find((g) => g.naam === "Groep 5")!.leerlingen;
    const een = await voerUit(wb, "leerlingkaart", "Groep 5", "2F/1S", false, undefined, undefined, NU, eerste!.naam);
    expect(een).toMatchObject({ soort: "klaar", tekst: expect.stringMatching(/^1 leerlingkaart gemaakt/) });
    const kaart = `Kaart ${eerste!.naam}`;
    const cellen = (await wb.read({ sheets: [kaart] })).sheets[0]!.cellen;
    const veld = cellen.findIndex((r) => r[0] === GESPREKSPUNTEN) + 1;
    await wb.apply([{ kind: "cells", sheet: kaart, row: veld, col: 0, cells: [[{ value: "Rustig gesprek" }]] }]);

    const ander = await voerUit(wb, "leerlingkaart", "Groep 5", "2F/1S", false, undefined, undefined, NU, tweede!.naam);
    expect(ander.soort).toBe("klaar");
    expect((await wb.sheetNames()).filter((n) => n.startsWith("Kaart "))).toEqual([kaart, `Kaart ${tweede!.naam}`]);

    const weer = await voerUit(wb, "leerlingkaart", "Groep 5", "2F/1S", false, undefined, undefined, NU, eerste!.naam);
    expect(weer.soort).toBe("info");
    expect(weer.details.join(" ")).toMatch(new RegExp(`bestond al .*${kaart}`));
    expect((await wb.read({ sheets: [kaart] })).sheets[0]!.cellen[veld]![0]).toBe("Rustig gesprek");
  });
});
