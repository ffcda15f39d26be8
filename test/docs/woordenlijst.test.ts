/**
 * docs/woordenlijst.md names the one name each domain word has in the code. A rename that forgets
 * the glossary, or a glossary entry for a name nobody uses, fails here.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const wortel = join(__dirname, "..", "..");
const lijst = readFileSync(join(wortel, "docs", "woordenlijst.md"), "utf8");

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? bestanden(pad) : pad.endsWith(".ts") ? [pad] : [];
  });
}

const code = bestanden(join(wortel, "src"))
  .map((pad) => readFileSync(pad, "utf8"))
  .join("\n");

/** `Afname`, `normlijn()`, `Overzicht.afnames`: names as the code writes them (paths and values left out). */
const namen = [...lijst.matchAll(/`([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)(?:\(\))?`/g)]
  .map((m) => m[1]!)
  .filter((n) => !/^(geen|fill)$/.test(n));

describe("the glossary for developers", () => {
  it("names code that exists: every name it gives is declared in src", () => {
    expect(namen.length).toBeGreaterThan(30);
    const ontbreekt = namen.filter((naam) => {
      const laatste = naam.split(".").pop()!;
      return !new RegExp(`\\b(?:function|const|type|interface|let|readonly)\\s+${laatste}\\b|\\b${laatste}\\??:`).test(
        code,
      );
    });
    expect(ontbreekt).toEqual([]);
  });
});
