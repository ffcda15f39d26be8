import { describe, expect, it } from "vitest";
import { foutTekst } from "../../src/taskpane/foutmelding";
import { knopActie, type KnopBron } from "../../src/taskpane/groepsacties";
import { kaartKnop } from "../../src/taskpane/kaartacties";
import { klik } from "../../src/taskpane/klik";
import { OfficeWorkbook } from "../../src/workbook/office/office-workbook";
import { excelMock, groepRijen } from "../workbook/office/excel-mock";

/** What Office.js throws: an OfficeExtension.Error with Excel's code and English text. */
function excelFout(code: string): Error {
  return Object.assign(new Error(`RichApi.Error: ${code} happened at Range.formulas (English technical text)`), {
    name: "RichApi.Error",
    code,
    debugInfo: { code, message: "English", errorLocation: "Range.formulas" },
  });
}

const CODES = [
  "InvalidArgument",
  "ItemNotFound",
  "GeneralException",
  "InvalidOperationInCellEditMode",
  "AccessDenied",
  "RequestPayloadSizeLimitExceeded",
  "SomethingNew",
];

/** A click's sources, with an Excel whose n-th step throws. */
function bron(faalt: "blad" | "run" | "sync", code: string): KnopBron {
  const excel = excelMock({ "Groep 5": groepRijen(10) });
  if (faalt === "sync") excel.context.sync = () => Promise.reject(excelFout(code));
  const run = faalt === "run" ? () => Promise.reject(excelFout(code)) : excel.run;
  return {
    port: () => new OfficeWorkbook(run as never),
    blad: faalt === "blad" ? () => Promise.reject(excelFout(code)) : async () => "Groep 5",
    norm: () => "2F/1S",
    indeling: () => undefined,
  };
}

function teller() {
  const stand = { begin: 0, einde: 0 };
  return { stand, bezig: { begin: () => void stand.begin++, einde: () => void stand.einde++ } };
}

describe("a click in the pane", () => {
  for (const waar of ["blad", "run", "sync"] as const) {
    for (const code of CODES) {
      it(`says in Dutch what to do when ${waar === "blad" ? "reading the active sheet" : waar === "run" ? "Excel.run" : "context.sync"} throws ${code}, and is never left busy`, async () => {
        for (const actie of ["kleuren", "verwijderen", "overzicht", "normen", "school", "instellingen"] as const) {
          const { stand, bezig } = teller();
          const melding = await klik(bezig, () => knopActie(bron(waar, code), actie));
          expect(melding.soort).toBe("fout");
          expect(melding.tekst).toBe(foutTekst(excelFout(code)));
          expect(melding.tekst).not.toMatch(/RichApi|English|Range\.formulas|happened|Error/);
          expect(stand).toEqual({ begin: 1, einde: 1 });
        }
        const { stand, bezig } = teller();
        const kaart = await klik(bezig, () =>
          kaartKnop(bron(waar, code), { kaarten: ["leerkracht"], instrumenten: [], eigenInstrument: "" }),
        );
        expect(kaart.soort).toBe("fout");
        expect(kaart.tekst).toBe(foutTekst(excelFout(code)));
        expect(stand).toEqual({ begin: 1, einde: 1 });
      });
    }
  }

  it("shows the file adapter's own Dutch reason when a workbook outside Excel cannot take the colouring", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { FileWorkbook } = await import("../../src/workbook/file/file-workbook");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Groep 5");
    for (const rij of groepRijen(10)) ws.addRow(rij);
    ws.getCell("XFD1").value = "notitie in de laatste kolom";
    const port = await FileWorkbook.open(new Uint8Array(await wb.xlsx.writeBuffer()));
    const { bezig } = teller();
    const melding = await klik(bezig, () =>
      knopActie(
        { port: () => port, blad: async () => "Groep 5", norm: () => "2F/1S", indeling: () => undefined },
        "kleuren",
      ),
    );
    expect(melding.soort).toBe("fout");
    expect(melding.tekst).toContain("Op blad Groep 5 is geen ruimte meer voor de kolommen van LVS Analyse");
    expect(melding.tekst).toContain("Maak rechts van de tabel kolommen vrij");
  });

  it("tells a user who is editing a cell to press Enter or Esc", () => {
    expect(foutTekst(excelFout("InvalidOperationInCellEditMode"))).toBe(
      "Je bent een cel aan het bewerken: druk op Enter of Esc en probeer het opnieuw.",
    );
  });

  it("gives every known Excel code its own advice, and anything else a general one that still says what to do", () => {
    const teksten = [
      "InvalidOperationInCellEditMode",
      "AccessDenied",
      "ItemNotFound",
      "RequestPayloadSizeLimitExceeded",
    ].map((c) => foutTekst(excelFout(c)));
    expect(new Set(teksten).size).toBe(teksten.length);
    for (const tekst of [
      foutTekst(excelFout("GeneralException")),
      foutTekst(new TypeError("Cannot read properties of undefined")),
      foutTekst("kapot"),
    ]) {
      expect(tekst).toMatch(/probeer het (opnieuw|nog eens)/);
      expect(tekst).not.toMatch(/undefined|Cannot|kapot/);
    }
  });

  it("comes back from a failure that is no Error at all", async () => {
    const { stand, bezig } = teller();
    const melding = await klik(bezig, () => Promise.reject(42));
    expect(melding.soort).toBe("fout");
    expect(stand.einde).toBe(1);
  });
});
