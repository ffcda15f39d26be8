/**
 * LibreOffice as a second reader of what the file adapter writes into workbooks other programs
 * made: it opens the result, keeps the user's cells and shows our helper columns beside them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { kleurGroep } from "../../src/workbook/kleuring";

const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";
const VREEMD = join(__dirname, "../fixtures/vreemd");

function alsCsv(xlsx: string, uit: string): string[][] {
  execFileSync(
    SOFFICE,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(uit, "lo-profiel")}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,1",
      "--outdir",
      uit,
      xlsx,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const csv = readdirSync(uit).find((f) => f.endsWith(".csv"))!;
  return readFileSync(join(uit, csv), "utf8").trim().split("\n").map(velden);
}

/** The fields of a CSV line, with quoted fields ("39,5") as one. */
function velden(regel: string): string[] {
  return Array.from(regel.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g), (m) =>
    m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!,
  );
}

describe("a workbook openpyxl wrote, coloured outside Excel", () => {
  it("opens in LibreOffice with the user's cells unchanged and the colour labels beside them", async () => {
    const uit = mkdtempSync(join(tmpdir(), "lvs-vreemd-"));
    const invoer = join(VREEMD, "openpyxl-rijk.xlsx");
    const voor = alsCsv(invoer, mkdtempSync(join(tmpdir(), "lvs-vreemd-voor-")));
    const wb = await FileWorkbook.open(readFileSync(invoer));
    expect((await kleurGroep(wb, { blad: "Groep 5", norm: "2F/1S" })).status).toBe("klaar");
    const xlsx = join(uit, "gekleurd.xlsx");
    writeFileSync(xlsx, await wb.toBuffer());
    const na = alsCsv(xlsx, uit);
    voor.forEach((rij, r) => expect(na[r]!.slice(0, rij.length), `rij ${r + 1}`).toEqual(rij));
    const kop = na[2]!;
    const kleur = kop.indexOf("Kleur rekenen");
    expect(kleur).toBeGreaterThan(5);
    expect(na.slice(3, 9).map((r) => r[kleur])).toEqual([
      "donkergroen",
      "lichtblauw",
      "groen",
      "donkerblauw",
      "lichtblauw",
      "donkergroen",
    ]);
  });
});
