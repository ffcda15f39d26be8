/** The browser mode answers a file that is no workbook in Dutch, as the command line does. */
import { describe, expect, it } from "vitest";
import { openBestand } from "../../src/taskpane/bestandsmodus";
import { Gebruikersfout } from "../../src/workbook/gebruikersfout";
import { rommeligOverzicht } from "../fixtures/overzichten";
import { csv, oudExcel, pdf, versleuteld } from "../fixtures/vreemde-bestanden";

const bestand = (inhoud: Uint8Array, naam: string) => new File([inhoud as BlobPart], naam);

describe("openBestand", () => {
  it("opens a workbook", async () => {
    const geopend = await openBestand(bestand(await rommeligOverzicht(), "Groep 5.xlsx"));
    expect(geopend.naam).toBe("Groep 5");
    expect(await geopend.wb.sheetNames()).toContain("Groep 5");
  });

  it("says what a csv, pdf, old .xls or locked workbook is and what to do, in Dutch", async () => {
    await expect(openBestand(bestand(csv(), "export.csv"))).rejects.toThrow(
      /^het is een csv-bestand .*sla het op als Excel-werkmap/,
    );
    // A Gebruikersfout, so the taskpane shows the reason instead of its general sentence.
    await expect(openBestand(bestand(csv(), "export.csv"))).rejects.toBeInstanceOf(Gebruikersfout);
    await expect(openBestand(bestand(pdf(), "uitslag.pdf"))).rejects.toThrow(/^het is een pdf/);
    await expect(openBestand(bestand(oudExcel(), "oud.xls"))).rejects.toThrow(/^het is een oud Excel-bestand/);
    await expect(openBestand(bestand(versleuteld(), "groep5.xlsx"))).rejects.toThrow(
      /^de werkmap is beveiligd met een wachtwoord/,
    );
  });

  it("gives no English reader text for a damaged workbook", async () => {
    const heel = await rommeligOverzicht();
    const kapot = heel.slice(0, Math.floor(heel.length / 2));
    await expect(openBestand(bestand(kapot, "kapot.xlsx"))).rejects.toThrow(
      /^het lijkt een Excel-werkmap, maar hij is misschien beschadigd/,
    );
  });
});
