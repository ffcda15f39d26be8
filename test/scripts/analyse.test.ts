/** `npm run analyse` as a quality officer runs it on many files: through the command line. */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { citoEnTikfout, onbekendOverzicht, rommeligOverzicht } from "../fixtures/overzichten";

const root = join(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "lvs-analyse-"));

function analyse(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "analyse.ts"), ...args],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function bestand(naam: string, data: Promise<Uint8Array>): Promise<string> {
  const pad = join(dir, naam);
  writeFileSync(pad, await data);
  return pad;
}

type Record = {
  sheet: string;
  leerling: string;
  vaardigheid: string;
  moment: string;
  score: number;
  norm: number | null;
  leergroei: number | null;
  kleur: string;
};
const kleuren = (records: Record[], vaardigheid: string) =>
  Object.fromEntries(records.filter((r) => r.vaardigheid === vaardigheid).map((r) => [r.leerling, r.kleur]));

describe("npm run analyse", () => {
  it("leaves a sheet of Cito scores uncoloured and names a typo and a score above its toets, in the text and in the JSON", async () => {
    const invoer = await bestand("cito.xlsx", citoEnTikfout());
    const { code, out, err } = analyse(invoer, join(dir, "cito-uit.xlsx"), "--json");
    expect(code).toBe(0);
    expect(err).toMatch(/Blad Cito groep 6: overgeslagen\. .*8 van de 8 scores liggen buiten/);
    expect(err).toMatch(/buiten de schaal van IEP-ontwikkelscores.*: C2\./);
    expect(err).toMatch(/boven het bereik van hun toets.*: C4\./);
    const records = JSON.parse(out) as (Record & { melding?: string; cel?: string })[];
    expect(records.filter((r) => r.melding).map((r) => [r.sheet, r.melding, r.cel])).toEqual([
      ["Cito groep 6", "nietIep", null],
      ["Groep 5", "onwaarschijnlijk", "C2"],
      ["Groep 5", "bovenBereik", "C4"],
    ]);
    expect(records.filter((r) => r.sheet === "Cito groep 6" && !r.melding)).toEqual([]);
    expect(
      kleuren(
        records.filter((r) => !r.melding),
        "rekenen",
      ),
    ).toEqual({ Bram: "lichtblauw", Chris: "donkergroen", Dewi: "donkergroen" });
  });

  it("colours an overview it has never seen, with the school's own Normen sheet, pupil by pupil", async () => {
    const invoer = await bestand("onbekend.xlsx", onbekendOverzicht());
    const { code, out, err } = analyse(invoer, join(dir, "onbekend-uit.xlsx"), "--json");
    expect(code).toBe(0);
    const records = JSON.parse(out) as Record[];
    // 2F/1S at 6b from the Normen sheet: 66. Expected growth: landelijk rekenen 60 − 54 = 6, landelijk 61 − 55 = 6.
    expect(kleuren(records, "rekenen")).toEqual({
      Iris: "donkergroen",
      Joep: "lichtblauw",
      Kim: "donkerblauw",
      Lars: "groen",
    });
    expect(kleuren(records, "taalverzorging")).toEqual({
      Iris: "lichtblauw",
      Joep: "donkergroen",
      Kim: "donkergroen",
      Lars: "lichtblauw",
    });
    expect(records.find((r) => r.leerling === "Iris" && r.vaardigheid === "rekenen")).toEqual({
      sheet: "gr6 2025",
      leerling: "Iris",
      vaardigheid: "rekenen",
      moment: "6b",
      score: 66,
      norm: 66,
      leergroei: 10 / 6,
      kleur: "donkergroen",
    });
    expect(err).toContain("Scores: rekenen 6a (C), rekenen 6b (D), taalverzorging 6a (E), taalverzorging 6b (F).");
  });

  it("writes the JSON to a file with --json=FILE", async () => {
    const invoer = await bestand("onbekend2.xlsx", onbekendOverzicht());
    const json = join(dir, "kleuren.json");
    expect(analyse(invoer, join(dir, "onbekend2-uit.xlsx"), `--json=${json}`).code).toBe(0);
    expect((JSON.parse(readFileSync(json, "utf8")) as Record[]).length).toBe(8);
  });

  it("prints the mapping and the counts per colour, and writes the new file", async () => {
    const invoer = await bestand("rommelig.xlsx", rommeligOverzicht());
    const uit = join(dir, "rommelig-uit.xlsx");
    const { code, out } = analyse(invoer, uit, "--norm", "geen");
    expect(code).toBe(0);
    expect(out).toContain("Blad Groep 5:");
    expect(out).toContain("Leerling: kolom A; leerjaar 5");
    // rekenen: donker Ada, Dewi, Fenna; licht Bram; Chris has no earlier afname. lezen: donker Ada, Chris; licht the rest.
    expect(out).toContain("Kleuren: donker 5, licht 5, zonder kleur 1.");
    expect(out).toContain("zonder norm (alleen leergroei)");
    expect(out).toContain("Blad Notities: overgeslagen");
    expect(readFileSync(uit).length).toBeGreaterThan(1000);
  });

  it("refuses to write over the input file, and explains a wrong norm or missing file in Dutch", async () => {
    const invoer = await bestand("zelfde.xlsx", rommeligOverzicht());
    const zelf = analyse(invoer, invoer);
    expect(zelf.code).toBe(2);
    expect(zelf.err).toContain("schrijft nooit over je eigen bestand heen");
    const norm = analyse(invoer, join(dir, "x.xlsx"), "--norm", "3F");
    expect(norm.code).toBe(2);
    expect(norm.err).toContain('Onbekende norm "3F"');
    expect(analyse(join(dir, "bestaat-niet.xlsx"), join(dir, "y.xlsx")).err).toContain("bestaat niet");
  });

  it("says plainly when the input is not a workbook", async () => {
    const kapot = join(dir, "kapot.xlsx");
    writeFileSync(kapot, "dit is geen werkmap");
    const { code, err } = analyse(kapot, join(dir, "z.xlsx"));
    expect(code).toBe(1);
    expect(err).toContain("kapot.xlsx kan ik niet lezen: het is een tekstbestand, geen werkmap");
  });
});

describe("npm run bestuur", () => {
  function bestuur(...args: string[]) {
    const result = spawnSync(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "bestuur.ts"), ...args],
      { cwd: root, encoding: "utf8" },
    );
    return { code: result.status, out: result.stdout, err: result.stderr };
  }

  it("puts several schools side by side in a new workbook, with the board's Cito indicator", async () => {
    const { kleineSchool } = await import("../fixtures/overzichten");
    const een = await bestand("school-een.xlsx", kleineSchool());
    const twee = await bestand("school-twee.xlsx", rommeligOverzicht());
    const uit = join(dir, "bestuur.xlsx");
    const { code, out } = bestuur(een, twee, uit);
    expect(code).toBe(0);
    expect(out).toContain("De Kleine Kaart:");
    expect(out).toContain("Cito: 4 van 5 voldoende");
    const { FileWorkbook } = await import("../../src/workbook/file/file-workbook");
    const cellen = (await (await FileWorkbook.open(readFileSync(uit))).read({ sheets: ["Bestuursoverzicht"] }))
      .sheets[0]!.cellen;
    const scholen = cellen.filter((r) => r[0] === "De Kleine Kaart" || r[0] === "school-twee").map((r) => r[0]);
    expect(scholen).toContain("De Kleine Kaart");
    expect(scholen).toContain("school-twee"); // no Schoolinstellingen: the file name
  });

  it("refuses the same school file given twice, by the same path, a link or an identical copy, and writes nothing", async () => {
    const { kleineSchool } = await import("../fixtures/overzichten");
    const een = await bestand("dubbel-een.xlsx", kleineSchool());
    const kopie = join(dir, "dubbel-kopie.xlsx");
    copyFileSync(een, kopie);
    const uit = join(dir, "bestuur-dubbel.xlsx");
    const twee = bestuur(een, een, uit);
    expect(twee.code).toBe(2);
    expect(twee.err).toContain(`${een} staat twee keer in de lijst. Geef elk schoolbestand één keer.`);
    const gekopieerd = bestuur(een, kopie, uit);
    expect(gekopieerd.code).toBe(2);
    expect(gekopieerd.err).toContain(`${een} en ${kopie} hebben precies dezelfde inhoud`);
    const link = join(dir, "dubbel-link.xlsx");
    symlinkSync(een, link);
    const gelinkt = bestuur(een, link, uit);
    expect(gelinkt.code).toBe(2);
    expect(gelinkt.err).toContain(`${een} en ${link} zijn hetzelfde bestand.`);
    for (const r of [twee, gekopieerd, gelinkt]) expect(r.err).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
    expect(existsSync(uit)).toBe(false);
  });

  it("counts a school that two different files hold once, and names both files", async () => {
    const { kleineSchool } = await import("../fixtures/overzichten");
    const een = await bestand("zelfde-school-een.xlsx", kleineSchool());
    // The same school, saved again with one more note: another file, not a copy.
    const { FileWorkbook } = await import("../../src/workbook/file/file-workbook");
    const wb = await FileWorkbook.open(readFileSync(een));
    await wb.apply([
      { kind: "addSheet", sheet: "Notities" },
      { kind: "cells", sheet: "Notities", row: 0, col: 0, cells: [[{ value: "nagekeken" }]] },
    ]);
    const ander = await bestand("zelfde-school-ander.xlsx", wb.toBuffer());
    const uit = join(dir, "bestuur-zelfde-school.xlsx");
    const { code, err } = bestuur(een, ander, uit);
    expect(code).toBe(0);
    expect(err).toContain(
      `School "De Kleine Kaart" staat twee keer in de lijst (${een} en ${ander}); LVS Analyse telt de school één keer, uit ${een}.`,
    );
    const cellen = (await (await FileWorkbook.open(readFileSync(uit))).read({ sheets: ["Bestuursoverzicht"] }))
      .sheets[0]!.cellen;
    expect(cellen.filter((r) => r[0] === "De Kleine Kaart" && typeof r[1] === "number")).toHaveLength(1);
  });

  it("reports a school name spelled differently on the Cito sheet and on Schoolinstellingen, with both spellings", async () => {
    const { kleineSchool } = await import("../fixtures/overzichten");
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await kleineSchool()) as unknown as ArrayBuffer);
    wb.getWorksheet("Cito-resultaten")!.eachRow((row, n) => {
      if (n > 1) row.getCell(1).value = "Basisschool De Kleine Kaart";
    });
    const anders = await bestand(
      "anders.xlsx",
      wb.xlsx.writeBuffer().then((b) => new Uint8Array(b)),
    );
    const twee = await bestand("anders-twee.xlsx", rommeligOverzicht());
    const { code, out, err } = bestuur(anders, twee, join(dir, "bestuur-anders.xlsx"));
    expect(code).toBe(0);
    expect(err).toContain(
      'Op blad Cito-resultaten heet de school "Basisschool De Kleine Kaart", op Schoolinstellingen "De Kleine Kaart".',
    );
    expect(out).toContain("Cito: 4 van 5 voldoende");
  });

  it("refuses to write over one of the schools' files", async () => {
    const een = await bestand("school-drie.xlsx", rommeligOverzicht());
    expect(bestuur(een, een).code).toBe(2);
  });
});

describe("npm run analyse --leerlingkaarten", () => {
  it("makes only the chosen pupil's card with --leerling, and says when no sheet has that name", async () => {
    const { kleineGroep } = await import("../fixtures/overzichten");
    const invoer = await bestand("klein-een.xlsx", kleineGroep());
    const uit = join(dir, "klein-een-kaart.xlsx");
    const { code, out } = analyse(invoer, uit, "--leerlingkaarten", "--leerling", "Chris");
    expect(code).toBe(0);
    expect(out).toContain("1 leerlingkaart gemaakt, elk op een eigen blad en één A4-pagina: Kaart Chris.");
    const { FileWorkbook } = await import("../../src/workbook/file/file-workbook");
    const wb = await FileWorkbook.open(readFileSync(uit));
    expect((await wb.sheetNames()).filter((n) => n.startsWith("Kaart "))).toEqual(["Kaart Chris"]);

    const fout = analyse(invoer, join(dir, "klein-niemand.xlsx"), "--leerlingkaarten", "--leerling", "Zara");
    expect(fout.out).toContain("Leerling Zara staat op geen van de bladen; controleer de naam");
    expect(analyse(invoer, join(dir, "klein-zonder.xlsx"), "--leerling", "Chris").code).toBe(2);
  });

  it("adds a card per pupil of each group sheet to the new file", async () => {
    const { kleineGroep } = await import("../fixtures/overzichten");
    const invoer = await bestand("klein.xlsx", kleineGroep());
    const uit = join(dir, "klein-kaarten.xlsx");
    const { code, out } = analyse(invoer, uit, "--leerlingkaarten");
    expect(code).toBe(0);
    expect(out).toContain("4 leerlingkaarten gemaakt, elk op een eigen blad en één A4-pagina");
    const { FileWorkbook } = await import("../../src/workbook/file/file-workbook");
    const wb = await FileWorkbook.open(readFileSync(uit));
    expect((await wb.sheetNames()).filter((n) => n.startsWith("Kaart "))).toEqual([
      "Kaart Ada",
      "Kaart Bram",
      "Kaart Chris",
      "Kaart Dewi",
    ]);
  });
});
