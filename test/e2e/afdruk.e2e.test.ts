/**
 * What a printed card looks like: the demo's cards rendered by LibreOffice to PDF, as a school
 * without Excel would print them. Checks A4 portrait, the title on every page and all columns of a
 * table side by side on one page; PNGs of every page go to test-results/afdruk/ to look at. Then the
 * sheets with charts and a coloured group sheet (below), in test-results/afdruk/bladen/.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Grafiek } from "../../src/core/grafiek";
import { INSTRUMENTEN, KAARTEN } from "../../src/core/kaart/sjabloon";
import { Weergave } from "../../src/taskpane/blad-opmaak";
import { Geopend } from "../../src/taskpane/bestandsmodus";
import { maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { maakGroepsoverzicht } from "../../src/workbook/groepsoverzicht";
import { kleurGroep } from "../../src/workbook/kleuring";
import { OPZOEKBLAD } from "../../src/core/groep/opzoekblad";
import { maakKaarten } from "../../src/workbook/kwaliteitskaart";
import { maakLeerlingkaarten } from "../../src/workbook/leerlingkaart";
import { maakSchooloverzichten } from "../../src/workbook/school";

const UIT = join(__dirname, "..", "..", "test-results", "afdruk");
const SOFFICE = ["soffice", "libreoffice"].find((p) => {
  try {
    execFileSync("which", [p]);
    return true;
  } catch {
    return false;
  }
});

interface Pagina {
  readonly breed: number;
  readonly hoog: number;
  readonly tekst: string;
}

let paginas: Pagina[] = [];

beforeAll(async () => {
  if (!SOFFICE)
    throw new Error("LibreOffice ontbreekt: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils");
  // Without Calibri's widths LibreOffice prints with a wider font: other scales, other page breaks.
  if (!execFileSync("fc-list", { encoding: "utf8" }).includes("Carlito"))
    throw new Error(
      "Het lettertype Carlito ontbreekt: apt-get install -y --no-install-recommends fonts-crosextra-carlito",
    );
  rmSync(UIT, { recursive: true, force: true });
  mkdirSync(UIT, { recursive: true });
  // The demo with every card, then only the cards kept, so the PDF holds just them.
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  const kaarten = await maakKaarten(wb, {
    kaarten: ["leerkracht", "groepsanalyse", "ib", "beleid"],
    instrumenten: INSTRUMENTEN.map((i) => i.id),
    blad: "Groep 5",
    norm: "2F/1S",
    datum: "23-11-2026",
  });
  const bewaar = new Set(kaarten.map((k) => k.blad));
  await wb.apply(
    (await wb.sheetNames()).filter((n) => !bewaar.has(n)).map((sheet) => ({ kind: "removeSheet" as const, sheet })),
  );
  const xlsx = join(UIT, "kaarten.xlsx");
  writeFileSync(xlsx, await wb.toBuffer());
  execFileSync(
    SOFFICE,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(UIT, "lo-profiel")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      UIT,
      xlsx,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const pdf = join(UIT, "kaarten.pdf");
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const maten = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
    (m) => [Number(m[1]), Number(m[2])] as const,
  );
  paginas = maten.map(([breed, hoog], i) => ({
    breed,
    hoog,
    tekst: execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
      encoding: "utf8",
    }),
  }));
  execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(UIT, "pagina")]);
  rmSync(join(UIT, "lo-profiel"), { recursive: true, force: true });
}, 240_000);

describe("the cards printed from the demo workbook", () => {
  it("are all there, on A4 portrait pages", () => {
    expect(paginas.length).toBeGreaterThanOrEqual(KAARTEN.length + INSTRUMENTEN.length);
    for (const p of paginas) {
      expect(Math.round(p.breed)).toBe(595);
      expect(Math.round(p.hoog)).toBe(842);
    }
    for (const k of KAARTEN)
      expect(
        paginas.some((p) => p.tekst.includes(k.titel)),
        k.titel,
      ).toBe(true);
    expect(readdirSync(UIT).filter((f) => f.endsWith(".png")).length).toBe(paginas.length);
  });

  it("repeat the card's title at the top of every page", () => {
    const titels = [...KAARTEN.map((k) => k.titel), ...INSTRUMENTEN.map((i) => `Instrument: ${i.naam}`)];
    for (const [i, p] of paginas.entries()) {
      const eerste = p.tekst
        .split("\n")
        .find((r) => r.trim() !== "")
        ?.trim();
      expect(titels, `pagina ${i + 1}`).toContain(eerste);
    }
  });

  it("keep every column of a table on the same page, from the first column to the sources", () => {
    const koppen = [
      ["Vaardigheid", "Ten opzichte", "Spreiding", "Bron"],
      ["Leerjaar en vaardigheid", "Kleur nu", "Ambitie", "Bron"],
      ["School en niveau", "Alle", "Gefilterd", "Signalerings", "Bron"],
      ["Indicator", "Grenswaarde", "Gemeten", "Bron"],
    ];
    for (const rij of koppen) {
      const regel = paginas.flatMap((p) => p.tekst.split("\n")).find((r) => r.trimStart().startsWith(`${rij[0]!} `));
      expect(regel, rij[0]).toBeDefined();
      for (const kop of rij) expect(regel, `${rij[0]} … ${kop}`).toContain(kop);
    }
    expect(existsSync(join(UIT, "kaarten.pdf"))).toBe(true);
  });
});

/**
 * The sheets with charts and a coloured group sheet, printed by LibreOffice as a school without
 * Excel would: pages per sheet, the coloured group sheet two pages wide at a readable size, and
 * every chart on one page (its title and its legend on the same page, the legend below the title).
 */
interface Woord {
  readonly tekst: string;
  readonly x: number;
  readonly y: number;
  /** The height of the word's box, in points: 1.3 times the printed font size in Carlito (measured). */
  readonly hoogte: number;
}

interface BladPagina {
  readonly blad: string;
  readonly tekst: string;
  readonly woorden: readonly Woord[];
}

const BLADEN = [
  "Groep 5",
  "Groepsoverzicht Groep 5",
  "Dwarsdoorsnede",
  "Trendanalyse",
  "Eindresultaten",
  "Hart en handen – groep 6",
] as const;
/** The title each sheet repeats at the top of every printed page. */
const TITELS: Record<(typeof BLADEN)[number], string> = {
  "Groep 5": "Groep 5 – IEP-resultaten",
  "Groepsoverzicht Groep 5": "Groepsoverzicht Groep 5",
  Dwarsdoorsnede: "Dwarsdoorsnede Basisschool",
  Trendanalyse: "Trendanalyse Basisschool",
  Eindresultaten: "Eindresultaten Basisschool",
  "Hart en handen – groep 6": "Hart en handen: Hart en handen groep 6",
};

let bladPaginas: BladPagina[] = [];
let grafieken: { blad: string; grafiek: Grafiek }[] = [];

function woordenVan(pdf: string, pagina: number): Woord[] {
  const html = execFileSync("pdftotext", ["-bbox", "-f", String(pagina), "-l", String(pagina), pdf, "-"], {
    encoding: "utf8",
  });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      hoogte: Number(m[3]) - Number(m[2]),
      tekst: m[4]!
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    }),
  );
}

/** Where the words of `zin` stand one after another on a page (the first word's place), also when a chart wraps them over two lines. */
function vind(woorden: readonly Woord[], zin: string): Woord[] {
  const [eerste, ...rest] = zin.split(/\s+/);
  return woorden.filter((w, i) => {
    if (w.tekst !== eerste) return false;
    let vorige = w;
    let j = i;
    for (const deel of rest) {
      // The next word of the phrase: after this one, close by (the same chart), on the same or the next line.
      j = woorden.findIndex(
        (v, k) =>
          k > j && v.tekst === deel && v.y - vorige.y > -2 && v.y - vorige.y < 30 && Math.abs(v.x - vorige.x) < 250,
      );
      if (j < 0) return false;
      vorige = woorden[j]!;
    }
    return true;
  });
}

describe("the demo's coloured group sheet and its sheets with charts, printed", () => {
  beforeAll(async () => {
    const uit = join(UIT, "bladen");
    rmSync(uit, { recursive: true, force: true });
    mkdirSync(uit, { recursive: true });
    const weergave = new Weergave();
    const wb = FileWorkbook.create();
    const port = new Geopend(wb, "demo", weergave);
    await maakDemoWerkmap(port);
    await kleurGroep(port, { blad: "Groep 5", norm: "2F/1S" });
    await maakGroepsoverzicht(port, { blad: "Groep 5", norm: "2F/1S" });
    await maakSchooloverzichten(port, { norm: "2F/1S" });
    // The lookup sheet stays: the group sheet's formulas read it (without it a spreadsheet that
    // recalculates shows an error in every Norm cell).
    await wb.apply(
      (await wb.sheetNames())
        .filter((n) => !(BLADEN as readonly string[]).includes(n) && n !== OPZOEKBLAD)
        .map((sheet) => ({ kind: "removeSheet" as const, sheet })),
    );
    grafieken = BLADEN.flatMap((blad) => weergave.blad(blad).grafieken.map((grafiek) => ({ blad, grafiek })));
    const xlsx = join(uit, "bladen.xlsx");
    // Hidden for this print only (a hidden sheet is not printed); its formulas still compute.
    const delen = unzipSync(await wb.toBuffer());
    delen["xl/workbook.xml"] = strToU8(
      strFromU8(delen["xl/workbook.xml"]!).replace(
        `<sheet name="${OPZOEKBLAD}"`,
        `<sheet name="${OPZOEKBLAD}" state="hidden"`,
      ),
    );
    writeFileSync(xlsx, zipSync(delen));
    execFileSync(
      SOFFICE!,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${join(uit, "lo-profiel")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        uit,
        xlsx,
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
    const pdf = join(uit, "bladen.pdf");
    const aantal = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
    bladPaginas = Array.from({ length: aantal }, (_, i) => {
      const tekst = execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
        encoding: "utf8",
      });
      const eerste =
        tekst
          .split("\n")
          .find((r) => r.trim() !== "")
          ?.trim() ?? "";
      const blad = BLADEN.find((b) => eerste.startsWith(TITELS[b])) ?? `onbekend: ${eerste}`;
      return { blad, tekst, woorden: woordenVan(pdf, i + 1) };
    });
    execFileSync("pdftoppm", ["-png", "-r", "50", pdf, join(uit, "pagina")]);
    rmSync(join(uit, "lo-profiel"), { recursive: true, force: true });
  }, 360_000);

  it("print every sheet with its title at the top of each page, in a sensible number of pages", () => {
    const perBlad = Object.fromEntries(BLADEN.map((b) => [b, bladPaginas.filter((p) => p.blad === b).length]));
    expect(bladPaginas.filter((p) => p.blad.startsWith("onbekend"))).toEqual([]);
    // Every formula computes in LibreOffice: no error value on any page (LibreOffice shows Err:5xx).
    for (const p of bladPaginas) expect(p.tekst, p.blad).not.toMatch(/Err:\d|#(REF|NAME|VALUE|WAARDE|N\/A)/);
    const tussen: Record<(typeof BLADEN)[number], readonly [number, number]> = {
      "Groep 5": [2, 2],
      "Groepsoverzicht Groep 5": [2, 5],
      Dwarsdoorsnede: [2, 5],
      Trendanalyse: [1, 3],
      Eindresultaten: [1, 2],
      "Hart en handen – groep 6": [3, 12],
    };
    for (const b of BLADEN) {
      expect(perBlad[b], b).toBeGreaterThanOrEqual(tussen[b][0]);
      expect(perBlad[b], b).toBeLessThanOrEqual(tussen[b][1]);
    }
  });

  it("print the coloured group sheet two pages wide at a readable size: header rows and names on both, the legend on the second", () => {
    const [links, rechts, ...meer] = bladPaginas.filter((p) => p.blad === "Groep 5");
    expect(meer).toEqual([]);
    // One page high: the left half first, then the right half with the name column repeated.
    for (const tekst of ["Leerling", "Tess Mulder", "Pim Kaya", "Kleur rekenen", "Kleur lezen"])
      expect(links!.tekst, tekst).toContain(tekst);
    for (const tekst of ["Leerling", "Tess Mulder", "Pim Kaya", "Kleur technisch lezen", "Legenda LVS Analyse"])
      expect(rechts!.tekst, tekst).toContain(tekst);
    expect(rechts!.tekst).toContain("donkergroen: op of boven de norm");
    // Printed at 54% or more of its size (11 pt text at least 5.9 pt), not at a third as one page wide.
    for (const pagina of [links!, rechts!]) {
      const namen = pagina.woorden.filter((w) => w.tekst === "Tess" || w.tekst === "Pim");
      expect(namen).toHaveLength(2);
      for (const w of namen) expect(w.hoogte / 1.3).toBeGreaterThanOrEqual(5.9);
    }
  });

  it("print every chart whole on one page: its title and, below it, its legend", () => {
    expect(grafieken.length).toBeGreaterThan(20);
    for (const { blad, grafiek } of grafieken) {
      const paginas = bladPaginas.filter((p) => p.blad === blad);
      // The chart's own title: the last place its words stand (a block title with the same words stands above it).
      const plekken = paginas.flatMap((p) => vind(p.woorden, grafiek.title).map((w) => ({ p, w })));
      expect(plekken.length, `${blad}: ${grafiek.title}`).toBeGreaterThan(0);
      const { p, w } = plekken[plekken.length - 1]!;
      for (const reeks of grafiek.series) {
        const onder = vind(p.woorden, reeks.name).filter((v) => v.y > w.y + 20);
        expect(onder.length, `${blad}: ${grafiek.title} — legenda ${reeks.name} op dezelfde pagina`).toBeGreaterThan(0);
      }
    }
  });
});

describe("the pupil cards of a group, printed", () => {
  const map = join(UIT, "leerlingkaarten");
  let kaarten: string[] = [];
  let bladen: (Pagina & { woorden: Woord[] })[] = [];

  beforeAll(async () => {
    mkdirSync(map, { recursive: true });
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const r = await maakLeerlingkaarten(wb, { blad: "Groep 5", norm: "2F/1S", datum: "23-11-2026" });
    if (r.status !== "klaar") throw new Error(r.tekst);
    // And one pupil of groep 6, whose card has the spider charts of hart en handen.
    const hart = await maakLeerlingkaarten(wb, {
      blad: "Groep 6",
      norm: "2F/1S",
      datum: "23-11-2026",
      leerlingen: ["Kiki Dekker"],
    });
    if (hart.status !== "klaar") throw new Error(hart.tekst);
    kaarten = [...r.bladen, ...hart.bladen];
    const bewaar = new Set(kaarten);
    await wb.apply(
      (await wb.sheetNames()).filter((n) => !bewaar.has(n)).map((sheet) => ({ kind: "removeSheet" as const, sheet })),
    );
    const xlsx = join(map, "leerlingkaarten.xlsx");
    writeFileSync(xlsx, await wb.toBuffer());
    execFileSync(
      SOFFICE!,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${join(map, "lo-profiel")}`,
        "--convert-to",
        "pdf",
        "--outdir",
        map,
        xlsx,
      ],
      { stdio: "ignore", timeout: 180_000 },
    );
    const pdf = join(map, "leerlingkaarten.pdf");
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    const maten = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map(
      (m) => [Number(m[1]), Number(m[2])] as const,
    );
    bladen = maten.map(([breed, hoog], i) => ({
      breed,
      hoog,
      tekst: execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], {
        encoding: "utf8",
      }),
      woorden: woordenVan(pdf, i + 1),
    }));
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "2", pdf, join(map, "kaart")]);
    // The card with spider charts, to look at.
    const laatste = String(kaarten.length);
    execFileSync("pdftoppm", ["-png", "-r", "100", "-f", laatste, "-l", laatste, pdf, join(map, "kaart-hart")]);
    rmSync(join(map, "lo-profiel"), { recursive: true, force: true });
  }, 240_000);

  it("take one A4 portrait page per pupil, with the pupil's name and group in the page header and the name at the top", () => {
    expect(kaarten.length).toBeGreaterThan(10);
    expect(bladen.length).toBe(kaarten.length);
    for (const [i, p] of bladen.entries()) {
      expect(Math.round(p.breed)).toBe(595);
      expect(Math.round(p.hoog)).toBe(842);
      const naam = kaarten[i]!.replace(/^Kaart /, "");
      const [kop, titel] = p.tekst
        .split("\n")
        .map((r) => r.trim())
        .filter((r) => r !== "");
      // The last card is the one pupil of groep 6.
      const groep = naam === "Kiki Dekker" ? "Groep 6" : "Groep 5";
      expect(kop, `pagina ${i + 1}`).toBe(`Leerlingkaart ${naam} – ${groep}`);
      expect(titel, `pagina ${i + 1}`).toBe(`Leerlingkaart ${naam}`);
    }
  });

  it("hold every chart and every section inside the pupil's own page", () => {
    for (const [i, p] of bladen.entries()) {
      for (const v of ["rekenen", "lezen", "taalverzorging", "technisch lezen"]) {
        expect(p.tekst, `pagina ${i + 1}: ${v}`).toContain(`Voortgang ${v}`);
        // A chart title may wrap over two lines.
        expect(vind(p.woorden, `Leergroeimeter ${v}`).length, `pagina ${i + 1}: Leergroeimeter ${v}`).toBeGreaterThan(
          0,
        );
      }
      for (const sectie of ["Voortgang per afname", "Passende toets", "Hart en handen", "Gesprekspunten", "Afspraken"])
        expect(p.tekst, `pagina ${i + 1}`).toContain(sectie);
    }
    const kiki = bladen[kaarten.indexOf("Kaart Kiki Dekker")]!;
    // A chart title may wrap within its chart, with the next chart's title on the same printed line.
    for (const vragenlijst of ["Sociaal-emotionele ontwikkeling", "Creatief vermogen", "Leeraanpak"])
      expect(vind(kiki.woorden, vragenlijst).length, vragenlijst).toBeGreaterThan(0);
    expect(kiki.tekst).toContain("Mogelijk sociaal wenselijk");
  });
});
