import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gedeeldeWoordrijen } from "../fixtures/eigen-woorden";

const ROOT = join(__dirname, "..", "..");
const lijst = readFileSync(join(ROOT, "docs", "excel-controlelijst.md"), "utf8");
const controles = lijst.split(/\n## /).slice(1);

describe("the check list for the first session with a real Excel", () => {
  it("is numbered, and every check has steps, what to look at and what is right", () => {
    expect(controles.length).toBeGreaterThanOrEqual(10);
    controles.forEach((c, i) => {
      expect(c.startsWith(`${i + 1}. `), c.slice(0, 40)).toBe(true);
      expect(c, c.slice(0, 40)).toMatch(/\n1\. /);
      expect(c, c.slice(0, 40)).toContain("**Kijk naar:**");
      expect(c, c.slice(0, 40)).toContain("**Goed is:**");
    });
  });

  it("covers what the mock cannot show", () => {
    const titels = controles.map((c) => c.split("\n")[0]!.toLowerCase()).join(" | ");
    for (const onderwerp of [
      "foutwaarden",
      "web (cors)",
      "zonder de invoegtoepassing",
      "spindiagrammen",
      "ongedaan maken",
      "bewerken",
      "hoogte van rijen",
      "datums",
      "grote export",
      "afdrukken",
    ]) {
      expect(titels).toContain(onderwerp);
    }
  });

  it("is linked from the README and written in our own words", () => {
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("](docs/excel-controlelijst.md)");
    expect(lijst.split("\n").flatMap(gedeeldeWoordrijen)).toEqual([]);
  });
});
