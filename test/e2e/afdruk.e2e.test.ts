/**
 * What a printed card looks like: the demo's cards rendered by LibreOffice to PDF, as a school
 * without Excel would print them. Checks A4 portrait, the title on every page and all columns of a
 * table side by side on one page; PNGs of every page go to test-results/afdruk/ to look at.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { INSTRUMENTEN, KAARTEN } from "../../src/core/kaart/sjabloon";
import { maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { maakKaarten } from "../../src/workbook/kwaliteitskaart";
import { maakLeerlingkaarten } from "../../src/workbook/leerlingkaart";

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
  if (!SOFFICE) throw new Error("LibreOffice ontbreekt: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils");
  rmSync(UIT, { recursive: true, force: true });
  mkdirSync(UIT, { recursive: true });
  // The demo with every card, then only the cards kept, so the PDF holds just them.
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  const kaarten = await maakKaarten(wb, { kaarten: ["leerkracht", "groepsanalyse", "ib", "beleid"], instrumenten: INSTRUMENTEN.map((i) => i.id), blad: "Groep 5", norm: "2F/1S", datum: "23-11-2026" });
  const bewaar = new Set(kaarten.map((k) => k.blad));
  await wb.apply((await wb.sheetNames()).filter((n) => !bewaar.has(n)).map((sheet) => ({ kind: "removeSheet" as const, sheet })));
  const xlsx = join(UIT, "kaarten.xlsx");
  writeFileSync(xlsx, await wb.toBuffer());
  execFileSync(SOFFICE, ["--headless", "--norestore", `-env:UserInstallation=file://${join(UIT, "lo-profiel")}`, "--convert-to", "pdf", "--outdir", UIT, xlsx], { stdio: "ignore", timeout: 180_000 });
  const pdf = join(UIT, "kaarten.pdf");
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const maten = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
  paginas = maten.map(([breed, hoog], i) => ({ breed, hoog, tekst: execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }) }));
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
    for (const k of KAARTEN) expect(paginas.some((p) => p.tekst.includes(k.titel)), k.titel).toBe(true);
    expect(readdirSync(UIT).filter((f) => f.endsWith(".png")).length).toBe(paginas.length);
  });

  it("repeat the card's title at the top of every page", () => {
    const titels = [...KAARTEN.map((k) => k.titel), ...INSTRUMENTEN.map((i) => `Instrument: ${i.naam}`)];
    for (const [i, p] of paginas.entries()) {
      const eerste = p.tekst.split("\n").find((r) => r.trim() !== "")?.trim();
      expect(titels, `pagina ${i + 1}`).toContain(eerste);
    }
  });

  it("keep every column of a table on the same page, from the first column to the sources", () => {
    const koppen = [
      ["Vakgebied", "Ten opzichte", "Spreiding", "Bron"],
      ["Leerjaar en vaardigheid", "Kleur nu", "Ambitie", "Bron"],
      ["School en niveau", "Alle", "Na uitsluiting", "Signalerings-", "Bron"],
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

describe("the pupil cards of a group, printed", () => {
  const map = join(UIT, "leerlingkaarten");
  let kaarten: string[] = [];
  let bladen: Pagina[] = [];

  beforeAll(async () => {
    mkdirSync(map, { recursive: true });
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    const r = await maakLeerlingkaarten(wb, { blad: "Groep 5", norm: "2F/1S", datum: "23-11-2026" });
    if (r.status !== "klaar") throw new Error(r.tekst);
    kaarten = [...r.bladen];
    const bewaar = new Set(kaarten);
    await wb.apply((await wb.sheetNames()).filter((n) => !bewaar.has(n)).map((sheet) => ({ kind: "removeSheet" as const, sheet })));
    const xlsx = join(map, "leerlingkaarten.xlsx");
    writeFileSync(xlsx, await wb.toBuffer());
    execFileSync(SOFFICE!, ["--headless", "--norestore", `-env:UserInstallation=file://${join(map, "lo-profiel")}`, "--convert-to", "pdf", "--outdir", map, xlsx], { stdio: "ignore", timeout: 180_000 });
    const pdf = join(map, "leerlingkaarten.pdf");
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    const maten = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    bladen = maten.map(([breed, hoog], i) => ({ breed, hoog, tekst: execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }) }));
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "2", pdf, join(map, "kaart")]);
    rmSync(join(map, "lo-profiel"), { recursive: true, force: true });
  }, 240_000);

  it("take one A4 portrait page per pupil, with the pupil's name at the top", () => {
    expect(kaarten.length).toBeGreaterThan(10);
    expect(bladen.length).toBe(kaarten.length);
    for (const [i, p] of bladen.entries()) {
      expect(Math.round(p.breed)).toBe(595);
      expect(Math.round(p.hoog)).toBe(842);
      expect(p.tekst.split("\n").find((r) => r.trim() !== "")?.trim(), `pagina ${i + 1}`).toBe(`Leerlingkaart ${kaarten[i]!.replace(/^Kaart /, "")}`);
    }
  });

  it("hold every chart and every section inside the pupil's own page", () => {
    for (const [i, p] of bladen.entries()) {
      for (const v of ["rekenen", "lezen", "taalverzorging", "technisch lezen"]) {
        expect(p.tekst, `pagina ${i + 1}: ${v}`).toContain(`Voortgang ${v}`);
        expect(p.tekst, `pagina ${i + 1}: ${v}`).toContain(`Leergroeimeter ${v}`);
      }
      for (const sectie of ["Voortgang per afname", "Passende toets", "Gesprekspunten", "Afspraken"]) expect(p.tekst, `pagina ${i + 1}`).toContain(sectie);
    }
  });
});
