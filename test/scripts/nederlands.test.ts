/**
 * A command line that speaks Dutch: every ordinary mistake gets one Dutch sentence that says what
 * to do and a non-zero exit code, never a stack trace or a library's English.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { rommeligOverzicht } from "../fixtures/overzichten";
import { csv, oudExcel, pdf, tekst, versleuteld } from "../fixtures/vreemde-bestanden";
import { opdracht, TECHNISCH, type Uitkomst } from "./hulp/opdracht";

// Each test starts the real script, one or more times; on a busy machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

const dir = mkdtempSync(join(tmpdir(), "lvs-nederlands-"));

function bestand(naam: string, inhoud: Uint8Array): string {
  const pad = join(dir, naam);
  writeFileSync(pad, inhoud);
  return pad;
}

function weigert(uitkomst: Uitkomst, ...zinnen: (string | RegExp)[]): void {
  expect(uitkomst.code, uitkomst.err).not.toBe(0);
  expect(uitkomst.code).not.toBeNull();
  for (const zin of zinnen) expect(uitkomst.err).toMatch(zin);
  expect(uitkomst.err).not.toMatch(TECHNISCH);
  expect(uitkomst.out).not.toMatch(TECHNISCH);
}

describe("npm run analyse in Dutch", () => {
  it("names a missing input and the folder it looked in", () => {
    weigert(
      opdracht("analyse", ["weg.xlsx", "uit.xlsx"], { env: { INIT_CWD: dir } }),
      `Het bestand weg.xlsx bestaat niet (gezocht in de map ${dir})`,
    );
  });

  it("says a csv is no workbook and how to save it as one", () => {
    weigert(
      opdracht("analyse", [bestand("export.csv", csv()), join(dir, "a.xlsx")]),
      /export\.csv kan ik niet lezen: het is een csv-bestand.*Excel-werkmap/,
    );
  });

  it("says a pdf is no workbook", () => {
    weigert(
      opdracht("analyse", [bestand("resultaten.pdf", pdf()), join(dir, "b.xlsx")]),
      /resultaten\.pdf kan ik niet lezen: het is een pdf/,
    );
  });

  it("says a text file renamed to .xlsx is text", () => {
    weigert(
      opdracht("analyse", [bestand("notitie.xlsx", tekst()), join(dir, "c.xlsx")]),
      /notitie\.xlsx kan ik niet lezen: het is een tekstbestand/,
    );
  });

  it("says an old .xls must be saved as .xlsx first", () => {
    weigert(
      opdracht("analyse", [bestand("oud.xls", oudExcel()), join(dir, "d.xlsx")]),
      /oud\.xls kan ik niet lezen: het is een oud Excel-bestand.*sla het op als Excel-werkmap/,
    );
  });

  it("says a password-protected workbook must lose its password first, and where in Excel", () => {
    weigert(
      opdracht("analyse", [bestand("beveiligd.xlsx", versleuteld()), join(dir, "e.xlsx")]),
      /beveiligd met een wachtwoord.*Bestand > Info > Werkmap beveiligen/,
    );
  });

  it("names the missing output folder, not the input", async () => {
    const invoer = bestand("groep5.xlsx", await rommeligOverzicht());
    const uitkomst = opdracht("analyse", [invoer, join(dir, "resultaten", "groep5.xlsx")]);
    weigert(uitkomst, `De map ${join(dir, "resultaten")} bestaat niet`);
    expect(uitkomst.err).not.toContain(invoer);
  });

  it("explains an unknown option with the usage line", () => {
    weigert(
      opdracht("analyse", ["a.xlsx", "b.xlsx", "--kleuren"]),
      "Onbekende optie --kleuren.",
      "Gebruik: npm run analyse",
    );
  });
});

describe("npm run demo in Dutch", () => {
  it("names the missing output folder", () => {
    weigert(opdracht("demo", [join(dir, "nergens", "demo.xlsx")]), `De map ${join(dir, "nergens")} bestaat niet`);
  });

  it("says when the disk is full, and leaves no partial file", () => {
    const vol = mkdtempSync(join(tmpdir(), "lvs-vol-"));
    const uitkomst = opdracht("demo", [join(vol, "demo.xlsx"), "--kaal"], {
      env: { NODE_OPTIONS: `--require ${join(__dirname, "hulp", "volle-schijf.cjs")}`, LVS_VOLLE_MAP: vol },
    });
    weigert(uitkomst, "De schijf is vol", "Er is geen half bestand achtergebleven");
  });
});

describe("npm run bestuur in Dutch", () => {
  it("names a missing school file and a non-workbook", () => {
    weigert(opdracht("bestuur", [join(dir, "weg.xlsx"), join(dir, "bestuur4.xlsx")]), "weg.xlsx bestaat niet");
    weigert(opdracht("bestuur", [bestand("scholen.csv", csv()), join(dir, "bestuur5.xlsx")]), "het is een csv-bestand");
  });
});
