import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { maakGekozenKaarten } from "../../src/taskpane/kaartacties";
import { kleineGroep } from "../fixtures/overzichten";

const geen = { kaarten: [], instrumenten: [], eigenInstrument: "" };

describe("making kwaliteitskaarten from the taskpane", () => {
  it("asks for a choice before doing anything", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    expect(await maakGekozenKaarten(wb, { ...geen, eigenInstrument: "  " }, "Groep 5", "2F/1S")).toMatchObject({
      soort: "info",
    });
    expect(await wb.sheetNames()).toEqual(["Schoolinstellingen", "Groep 5"]);
  });

  it("makes the chosen cards and an instrument of the school's own, dated today", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    const m = await maakGekozenKaarten(
      wb,
      { kaarten: ["groepsanalyse"], instrumenten: [], eigenInstrument: "Veiligheid" },
      "Groep 5",
      "2F/1S",
      new Date(2026, 10, 23),
    );
    expect(m.soort).toBe("klaar");
    expect(m.tekst).toBe("2 kaarten klaar. Wat je zelf al invulde, is niet veranderd.");
    expect(await wb.sheetNames()).toEqual([
      "Schoolinstellingen",
      "Groep 5",
      "Groepsanalyse",
      "Instrument - Veiligheid",
    ]);
    const { sheets } = await wb.read({ sheets: ["Groepsanalyse"] });
    expect(sheets[0]!.cellen.find((r) => r[0] === "Datum")?.[1]).toBe("23-11-2026");
  });

  it("says what went wrong when a card cannot be made, and when the workbook refuses", async () => {
    const wb = await FileWorkbook.open(await kleineGroep());
    const zonderBlad = await maakGekozenKaarten(wb, { ...geen, kaarten: ["leerkracht"] }, undefined, "2F/1S");
    expect(zonderBlad).toMatchObject({ soort: "fout", tekst: "Er is geen kaart gemaakt." });
    expect(zonderBlad.details[0]).toMatch(/kies eerst het blad van de groep/);
    const weigert: WorkbookPort = {
      sheetNames: async () => [],
      read: async () => ({ sheets: [], settings: {} }),
      apply: async () => Promise.reject(Object.assign(new Error("Access denied (English)"), { code: "AccessDenied" })),
    };
    const m = await maakGekozenKaarten(weigert, { ...geen, kaarten: ["ib"] }, undefined, "2F/1S");
    expect(m).toMatchObject({ soort: "fout" });
    expect(m.tekst).toContain("beveiligd");
    expect(m.tekst).not.toContain("English");
  });
});
