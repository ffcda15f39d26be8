/**
 * One glossary for the user, in the help page of the pane and in the README: the same words with
 * the same meaning, so neither can drift from the other.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const gewoon = (t: string) =>
  t
    .replace(/<[^>]+>|`/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

function uitReadme(): [string, string][] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const deel = readme.slice(readme.indexOf("## Woordenlijst"));
  const tabel = deel.slice(0, deel.indexOf("\n## ", 5));
  return tabel
    .split("\n")
    .filter((r) => r.startsWith("| ") && !r.startsWith("| woord"))
    .map((r) => {
      const [woord, betekenis] = r.slice(2, -2).split(" | ");
      return [gewoon(woord!), gewoon(betekenis!)];
    });
}

function uitHulp(): [string, string][] {
  const pagina = readFileSync(join(ROOT, "src", "help", "help.html"), "utf8");
  const html = pagina.slice(
    pagina.indexOf('<dl class="woordenlijst">'),
    pagina.indexOf("</dl>", pagina.indexOf('<dl class="woordenlijst">')),
  );
  return [...html.matchAll(/<dt>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>/g)].map((m) => [gewoon(m[1]!), gewoon(m[2]!)]);
}

describe("the user's glossary", () => {
  it("is the same in the help page and in the README", () => {
    expect(uitReadme().length).toBeGreaterThan(20);
    expect(uitHulp()).toEqual(uitReadme());
  });

  it("decides the words the review found used in more than one way", () => {
    const woorden = uitReadme().map(([w]) => w);
    for (const w of [
      "leerjaar",
      "groep",
      "vaardigheid",
      "domein",
      "norm",
      "op of boven de norm",
      "op de norm",
      "gefilterd, niet gefilterd",
      "signaleringswaarde",
    ])
      expect(woorden).toContain(w);
  });
});
