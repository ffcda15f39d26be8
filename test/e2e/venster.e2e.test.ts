/**
 * The browser mode on a laptop window (1366×900): the pane at the side, the sheet as a grid over the
 * rest of the window, the add-in's charts drawn on their sheets, nothing lost without asking, and
 * every view checked with axe-core. Screenshots go to test-results/e2e/venster-*.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toegankelijkheidsfouten } from "./axe";
import { naarBuiten, openTaakvenster, type Sessie } from "./browser";

const SCREENSHOTS = join(__dirname, "..", "..", "test-results", "e2e");
mkdirSync(SCREENSHOTS, { recursive: true });

let sessie: Sessie;
beforeAll(async () => {
  sessie = await openTaakvenster(1366);
});
afterAll(async () => {
  await sessie?.sluit();
});

const box = async (selector: string) => (await sessie.page.locator(selector).first().boundingBox())!;

async function naarStap(id: string) {
  const { page } = sessie;
  await page.click(".stappenlijst summary");
  await page.click(`.stapknop:has-text('${id} ')`);
}

describe("the browser mode on a 1366×900 window", () => {
  it("puts the pane at taskpane width at the side and gives the sheet the rest of the window", async () => {
    const { page } = sessie;
    expect(await toegankelijkheidsfouten(page)).toEqual([]);
    await page.getByRole("button", { name: "Voorbeeldwerkmap" }).click();
    await page.selectOption("#blad", "Groep 5");
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Groep 5");
    const paneel = await box("main");
    const blad = await box(".tabel-omhulsel");
    expect(paneel.width).toBeLessThanOrEqual(440);
    expect(blad.x).toBeGreaterThanOrEqual(paneel.x + paneel.width);
    expect(blad.width).toBeGreaterThan(850);
    expect(blad.height).toBeGreaterThan(700);
  });

  it("shows the demo's merged headers, bold titles and header fills as Excel does", async () => {
    const { page } = sessie;
    await page.selectOption("#blad", "Groep 3"); // two header rows: the vaardigheid over its M and E columns
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Groep 3");
    const kop = page.locator("table.blad td", { hasText: /^Rekenen$/ });
    expect(await kop.getAttribute("colspan")).toBe("2");
    expect(await kop.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe("rgb(221, 235, 247)");
    expect(
      await page
        .locator("table.blad td", { hasText: /^Groep 3 – IEP/ })
        .evaluate((td) => getComputedStyle(td).fontWeight),
    ).toBe("600");
  });

  it("keeps the header rows and the name column in view while the grid scrolls, and reaches the legend at the far right", async () => {
    const { page } = sessie;
    await page.selectOption("#blad", "Groep 5");
    await page.waitForFunction(() => document.querySelector("#tabel h2")?.textContent === "Blad Groep 5");
    // The walk starts at 0.1 Voorbereiden; colouring is offered from 1.1 on.
    await naarStap("1.1");
    await page.getByRole("button", { name: "Dit blad kleuren" }).click();
    await page.waitForSelector(".uitkomst.klaar");
    await page.waitForSelector("td[data-kleur]");
    const naam = page.locator("table.blad td", { hasText: /^Tess Mulder$/ });
    const kop = page.locator("table.blad td", { hasText: /^Leerling$/ });
    // Positions within the grid: the window itself may scroll too (a long report in the pane makes the page taller).
    const binnen = async (l: typeof naam) => {
      const [cel, rooster] = [(await l.boundingBox())!, await box(".tabel-omhulsel")];
      return { x: cel.x - rooster.x, y: cel.y - rooster.y };
    };
    const [naamVoor, kopVoor] = [await binnen(naam), await binnen(kop)];
    // Scrolling with the keyboard: the grid is a focusable region.
    await page.focus(".tabel-omhulsel");
    for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
    // Chromium scrolls by key smoothly (animated): wait for the scroll rather than read it at once.
    await page.waitForFunction(() => document.querySelector(".tabel-omhulsel")!.scrollLeft > 0, null, {
      timeout: 5000,
    });
    await page.evaluate(() => {
      const o = document.querySelector(".tabel-omhulsel")!;
      o.scrollLeft = o.scrollWidth;
      o.scrollTop = 200;
    });
    const [naamNa, kopNa] = [await binnen(naam), await binnen(kop)];
    // The header rows stay in view while the grid scrolls down.
    expect(kopNa.y).toBeCloseTo(kopVoor.y, 0);
    // The name column stays in view while the grid scrolls sideways, up to the far right: the legend's
    // meanings run on into empty columns of the grid, not past the table's edge, which would push the
    // frozen cells (sticky only within the table) out of view.
    expect(naamNa.x).toBeCloseTo(naamVoor.x, 0);
    expect(
      await page.evaluate(() => {
        const o = document.querySelector(".tabel-omhulsel")!;
        return o.scrollWidth - document.querySelector("table.blad")!.getBoundingClientRect().width;
      }),
    ).toBeLessThanOrEqual(0);
    const legenda = await page.locator("table.blad td", { hasText: /^Legenda LVS Analyse$/ }).boundingBox();
    const blad = await box(".tabel-omhulsel");
    expect(legenda!.x + legenda!.width).toBeLessThanOrEqual(blad.x + blad.width);
    // The colours and what they mean are also above the grid, whatever is scrolled.
    expect(await page.locator(".blad-legenda li").count()).toBeGreaterThanOrEqual(4);
    await page.evaluate(() => document.querySelector(".tabel-omhulsel")!.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, "venster-groep-gekleurd.png") });
    expect(await toegankelijkheidsfouten(page)).toEqual([]);
  });

  it("draws the group overview's charts on its sheet, one per spec, each reachable with Tab and named", async () => {
    const { page } = sessie;
    await naarStap("2.1");
    await page.getByRole("button", { name: "Groepsoverzicht maken" }).click();
    await page.waitForSelector(".uitkomst.klaar");
    const melding = (await page.textContent(".uitkomst.klaar p")) ?? "";
    const spreiding = Number(/en (\d+) spreidingsgrafieken/.exec(melding)?.[1]);
    await page.selectOption("#blad", "Groepsoverzicht Groep 5");
    await page.waitForSelector("svg.grafiek");
    const grafieken = page.locator("svg.grafiek");
    expect(await grafieken.count()).toBe(1 + spreiding);
    expect(await grafieken.first().getAttribute("tabindex")).toBe("0");
    expect(await page.locator("svg.grafiek title").first().textContent()).toBe("Voortgang van de groep");
    await grafieken.nth(1).focus();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOTS, "venster-groepsoverzicht.png") });
    expect(await toegankelijkheidsfouten(page)).toEqual([]);
  });

  it("draws the school sheets' charts where the workbook places them, with the values of their cells", async () => {
    const { page } = sessie;
    await naarStap("3.1");
    await page.getByRole("button", { name: "Schooloverzichten maken" }).click();
    await page.waitForSelector(".uitkomst.klaar", { timeout: 60_000 });
    await page.selectOption("#blad", "Dwarsdoorsnede");
    await page.waitForSelector("svg.grafiek[data-type=barStacked]");
    const staaf = page.locator("svg.grafiek[data-type=barStacked]").first();
    await staaf.focus();
    await page.waitForTimeout(200);
    // The chart's series are the colour words, and the bars of donkergroen carry the shares in column C.
    const reeksen = await staaf.locator("g.reeks").evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.reeks));
    expect(reeksen.slice(0, 6)).toEqual(["donkergroen", "lichtgroen", "donkerblauw", "lichtblauw", "groen", "blauw"]);
    const getekend = (await staaf.locator("g.reeks[data-reeks=donkergroen]").getAttribute("data-waarden"))!
      .split(";")
      .map(Number);
    const { inCellen, onderkant } = await page.evaluate(() => {
      const rijen = [...document.querySelectorAll("table.blad tbody tr")];
      const start = rijen.findIndex((tr) => tr.textContent?.includes("aandeel per kleur (voor de grafiek)"));
      const data = rijen.slice(start + 2, start + 8);
      return {
        inCellen: data.map((tr) => tr.querySelector("td[data-kolom=B]")?.textContent ?? ""),
        onderkant: data[data.length - 1]!.getBoundingClientRect().bottom,
      };
    });
    expect(getekend.map((v) => `${Math.round(v * 100)}%`)).toEqual(inCellen);
    // Placed as in the workbook: under its figures, in the first column.
    const plek = await staaf.boundingBox();
    expect(plek!.y).toBeGreaterThan(onderkant);
    expect(plek!.x).toBeLessThan((await box(".tabel-omhulsel")).x + 60);
    await page.screenshot({ path: join(SCREENSHOTS, "venster-school-grafieken.png") });
    expect(await toegankelijkheidsfouten(page)).toEqual([]);

    await page.selectOption("#blad", "Hart en handen – groep 6");
    await page.waitForSelector("svg.grafiek[data-type=radar]");
    await page.locator("svg.grafiek[data-type=radar]").first().focus();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOTS, "venster-hart-en-handen.png") });
    expect(await toegankelijkheidsfouten(page)).toEqual([]);
  });

  it("asks before opening the demo again over a result that is not downloaded, and can be answered with the keyboard", async () => {
    const { page } = sessie;
    await page.getByRole("button", { name: "Voorbeeldwerkmap" }).click();
    const dialoog = page.getByRole("dialog", { name: "Je resultaat is nog niet bewaard" });
    await dialoog.waitFor();
    expect(await dialoog.textContent()).toContain("Download resultaat");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Eerst downloaden");
    await page.screenshot({ path: join(SCREENSHOTS, "venster-bewaren.png") });
    expect(await toegankelijkheidsfouten(page)).toEqual([]);
    await page.keyboard.press("Escape");
    expect(await dialoog.count()).toBe(0);
    expect(await page.locator("#blad option", { hasText: "Dwarsdoorsnede" }).count()).toBe(1);

    await page.getByRole("button", { name: "Voorbeeldwerkmap" }).click();
    // First the download, then what the user asked for: the demo opens again, fresh.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Eerst downloaden" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Voorbeeldwerkmap De Vlinderboom - LVS Analyse.xlsx");
    await page.waitForFunction(
      () => ![...document.querySelectorAll("#blad option")].some((o) => o.textContent === "Dwarsdoorsnede"),
    );
    // Nothing made yet in the fresh demo: no question.
    await page.getByRole("button", { name: "Voorbeeldwerkmap" }).click();
    await page.waitForFunction(() => document.querySelector("#werkmap-melding")?.textContent?.endsWith("is geopend."));
    expect(await page.getByRole("dialog").count()).toBe(0);
  });

  it("lets the browser ask before the page is closed or reloaded over a result that is not downloaded", async () => {
    const { page } = sessie;
    await page.selectOption("#blad", "Groep 5");
    await naarStap("1.1");
    await page.getByRole("button", { name: "Dit blad kleuren" }).click();
    await page.waitForSelector(".uitkomst.klaar");
    const soort = new Promise<string>((klaar) => page.once("dialog", (d) => klaar(d.type())));
    await page.close({ runBeforeUnload: true });
    expect(await soort).toBe("beforeunload");
  });

  it("sends nothing anywhere and throws no errors", () => {
    expect(naarBuiten(sessie)).toEqual([]);
    expect(sessie.fouten).toEqual([]);
  });
});

describe("the pane at taskpane width (360 px)", () => {
  it("stays one column, with the sheet under the steps as before", async () => {
    const smal = await openTaakvenster(360);
    try {
      await smal.page.getByRole("button", { name: "Voorbeeldwerkmap" }).click();
      await smal.page.waitForSelector("table.blad");
      const blad = (await smal.page.locator(".tabel-omhulsel").boundingBox())!;
      expect(blad.width).toBeLessThanOrEqual(360);
      expect(blad.y).toBeGreaterThan((await smal.page.locator("#stappenplan").boundingBox())!.y);
      await smal.page.screenshot({ path: join(SCREENSHOTS, "smal-360.png"), fullPage: true });
      expect(await toegankelijkheidsfouten(smal.page)).toEqual([]);
    } finally {
      await smal.sluit();
    }
  });
});
