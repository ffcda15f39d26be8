/**
 * The manifest decides which Excel ever shows the add-in; the README and the pane must say the same.
 * Minimum versions per requirement set from Microsoft's requirement-set tables.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bepaalVermogens, vermogensTekst } from "../../src/taskpane/vermogens";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

/** Where each set the manifest may ask for first exists, in the words the README uses. */
const MINIMA: Record<string, { readonly versies: readonly string[]; readonly niet: readonly string[] }> = {
  "SharedRuntime 1.1": {
    versies: ["Excel op het web", "versie 2002", "versie 2108", "16.35"],
    niet: ["Excel 2019", "Excel 2016", "iPad"],
  },
};

function sectie(titel: string): string {
  const begin = readme.indexOf(`## ${titel}`);
  expect(begin, titel).toBeGreaterThanOrEqual(0);
  const einde = readme.indexOf("\n## ", begin + 3);
  return readme.slice(begin, einde < 0 ? undefined : einde);
}

describe("which Excel the add-in works in", () => {
  const sets = [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
  const tekst = sectie("Welke Excel, en Ongedaan maken");

  it("is listed in the README exactly as the manifest's requirements allow", () => {
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      const minima = MINIMA[set];
      expect(minima, `README-tekst voor ${set}`).toBeDefined();
      expect(tekst).toContain(set.split(" ")[0]!);
      for (const v of minima!.versies) expect(tekst, `${set}: ${v}`).toContain(v);
      for (const n of minima!.niet) expect(tekst, `${set}: niet ${n}`).toMatch(new RegExp(`Niet in[^.]*${n}`));
    }
    // Versions the manifest excludes are not promised anywhere in the README.
    expect(readme).not.toMatch(/versie 1909|16\.34/);
  });

  it("and the README says the add-in is invisible where the manifest excludes Excel", () => {
    expect(tekst).toMatch(/laat LVS Analyse helemaal niet zien/);
  });
});

describe("what Ongedaan maken does", () => {
  const tekst = sectie("Welke Excel, en Ongedaan maken");
  const pane = vermogensTekst(
    bepaalVermogens((set, versie) => set !== "ExcelApi" || Number(versie.split(".")[1]) <= 19),
  ).join(" ");

  it("is told the same in the README and the pane: one step with ExcelApi 1.20, a cleared undo list without", () => {
    expect(tekst).toMatch(/ExcelApi 1\.20[^.]*één stap van \*Ongedaan\s+maken\*/);
    expect(tekst).toMatch(/wist Excel de lijst van \*Ongedaan maken\*/);
    expect(pane).toMatch(/wist een actie van LVS Analyse de lijst van Ongedaan maken/);
    expect(readme).not.toMatch(/stap voor stap ongedaan/);
  });

  it("points to Kleuring verwijderen in both", () => {
    expect(tekst).toContain("*Kleuring verwijderen*");
    expect(pane).toContain("'Kleuring verwijderen'");
  });
});
