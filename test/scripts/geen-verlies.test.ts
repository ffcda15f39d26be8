/**
 * Never lose a file: the command-line tools write through a temporary file beside the target, keep
 * an existing output unless --overschrijf, never write over an input under any name or link, check
 * every output before working, and read file names from the folder the user typed them in.
 */
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { rommeligOverzicht } from "../fixtures/overzichten";
import { opdracht, TECHNISCH } from "./hulp/opdracht";

// Each test starts the real script, one or more times; on a busy machine that takes a while.
vi.setConfig({ testTimeout: 180_000 });

const VOLLE_SCHIJF = join(__dirname, "hulp", "volle-schijf.cjs");
let overzicht: Uint8Array;

beforeAll(async () => {
  overzicht = await rommeligOverzicht();
});

/** A fresh folder with the overview in it as overzicht.xlsx. */
function map(): string {
  const dir = mkdtempSync(join(tmpdir(), "lvs-geen-verlies-"));
  writeFileSync(join(dir, "overzicht.xlsx"), overzicht);
  return dir;
}

describe("writing an output", () => {
  it("leaves the old file untouched and no partial file behind when the disk fills up halfway", () => {
    const dir = map();
    const oud = Buffer.from("het resultaat van vorige week");
    writeFileSync(join(dir, "analyse.xlsx"), oud);
    const { code, err } = opdracht(
      "analyse",
      [join(dir, "overzicht.xlsx"), join(dir, "analyse.xlsx"), "--overschrijf"],
      {
        env: { NODE_OPTIONS: `--require ${VOLLE_SCHIJF}`, LVS_VOLLE_MAP: dir },
      },
    );
    expect(code).toBe(1);
    expect(err).toContain("De schijf is vol");
    expect(err).toMatch(/Het bestaande .*analyse.xlsx is niet veranderd/);
    expect(err).not.toMatch(TECHNISCH);
    expect(readFileSync(join(dir, "analyse.xlsx"))).toEqual(oud);
    expect(readdirSync(dir).sort()).toEqual(["analyse.xlsx", "overzicht.xlsx"]);
  });

  it("leaves no file at all when a new output does not fit on the disk", () => {
    const dir = map();
    const { code, err } = opdracht("analyse", [join(dir, "overzicht.xlsx"), join(dir, "nieuw.xlsx")], {
      env: { NODE_OPTIONS: `--require ${VOLLE_SCHIJF}`, LVS_VOLLE_MAP: dir },
    });
    expect(code).toBe(1);
    expect(err).toContain("Er is geen half bestand achtergebleven");
    expect(readdirSync(dir)).toEqual(["overzicht.xlsx"]);
  });

  it("refuses an existing output without --overschrijf, and replaces it with", () => {
    const dir = map();
    const oud = Buffer.from("mijn eigen bestand");
    writeFileSync(join(dir, "analyse.xlsx"), oud);
    const geweigerd = opdracht("analyse", [join(dir, "overzicht.xlsx"), join(dir, "analyse.xlsx")]);
    expect(geweigerd.code).toBe(2);
    expect(geweigerd.err).toContain("bestaat al");
    expect(geweigerd.err).toContain("--overschrijf");
    expect(readFileSync(join(dir, "analyse.xlsx"))).toEqual(oud);
    const vervangen = opdracht("analyse", [join(dir, "overzicht.xlsx"), join(dir, "analyse.xlsx"), "--overschrijf"]);
    expect(vervangen.code, vervangen.err).toBe(0);
    expect(readFileSync(join(dir, "analyse.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).sort()).toEqual(["analyse.xlsx", "overzicht.xlsx"]);
  });

  it("lets npm run demo refuse an existing file too, unless --overschrijf", () => {
    const dir = mkdtempSync(join(tmpdir(), "lvs-geen-verlies-"));
    const oud = Buffer.from("een werkmap van de school");
    writeFileSync(join(dir, "demo.xlsx"), oud);
    const geweigerd = opdracht("demo", [join(dir, "demo.xlsx"), "--kaal"]);
    expect(geweigerd.code).toBe(2);
    expect(geweigerd.err).toContain("demo.xlsx bestaat al");
    expect(readFileSync(join(dir, "demo.xlsx"))).toEqual(oud);
    const vervangen = opdracht("demo", [join(dir, "demo.xlsx"), "--kaal", "--overschrijf"]);
    expect(vervangen.code, vervangen.err).toBe(0);
    expect(readFileSync(join(dir, "demo.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("lets npm run bestuur refuse an existing output unless --overschrijf", () => {
    const dir = map();
    const oud = Buffer.from("vorig bestuursoverzicht");
    writeFileSync(join(dir, "bestuur.xlsx"), oud);
    const geweigerd = opdracht("bestuur", [join(dir, "overzicht.xlsx"), join(dir, "bestuur.xlsx")]);
    expect(geweigerd.code).toBe(2);
    expect(geweigerd.err).toContain("bestaat al");
    expect(readFileSync(join(dir, "bestuur.xlsx"))).toEqual(oud);
  });
});

describe("an output that is the input", () => {
  it("is refused through a hard link, even with --overschrijf, and the input stays as it was", () => {
    const dir = map();
    linkSync(join(dir, "overzicht.xlsx"), join(dir, "koppeling.xlsx"));
    const { code, err } = opdracht("analyse", [
      join(dir, "overzicht.xlsx"),
      join(dir, "koppeling.xlsx"),
      "--overschrijf",
    ]);
    expect(code).toBe(2);
    expect(err).toContain("hetzelfde bestand als het invoerbestand");
    expect(err).not.toMatch(TECHNISCH);
    expect(readFileSync(join(dir, "overzicht.xlsx"))).toEqual(Buffer.from(overzicht));
  });

  it("is refused through a symbolic link and by its own path", () => {
    const dir = map();
    symlinkSync(join(dir, "overzicht.xlsx"), join(dir, "snelkoppeling.xlsx"));
    expect(
      opdracht("analyse", [join(dir, "overzicht.xlsx"), join(dir, "snelkoppeling.xlsx"), "--overschrijf"]).code,
    ).toBe(2);
    expect(opdracht("analyse", [join(dir, "overzicht.xlsx"), join(dir, "overzicht.xlsx"), "--overschrijf"]).code).toBe(
      2,
    );
    expect(
      opdracht("bestuur", [join(dir, "overzicht.xlsx"), join(dir, "snelkoppeling.xlsx"), "--overschrijf"]).code,
    ).toBe(2);
    expect(readFileSync(join(dir, "overzicht.xlsx"))).toEqual(Buffer.from(overzicht));
  });
});

describe("the --json=FILE target", () => {
  it("is checked before anything is written: a missing folder stops the run with no workbook written", () => {
    const dir = map();
    const { code, err } = opdracht("analyse", [
      join(dir, "overzicht.xlsx"),
      join(dir, "analyse.xlsx"),
      `--json=${join(dir, "weg", "kleuren.json")}`,
    ]);
    expect(code).toBe(2);
    expect(err).toContain(`De map ${join(dir, "weg")} bestaat niet`);
    expect(readdirSync(dir)).toEqual(["overzicht.xlsx"]);
  });

  it("is refused when it exists already, before the workbook is written", () => {
    const dir = map();
    writeFileSync(join(dir, "kleuren.json"), "[]");
    const { code, err } = opdracht("analyse", [
      join(dir, "overzicht.xlsx"),
      join(dir, "analyse.xlsx"),
      `--json=${join(dir, "kleuren.json")}`,
    ]);
    expect(code).toBe(2);
    expect(err).toContain("kleuren.json bestaat al");
    expect(readdirSync(dir).sort()).toEqual(["kleuren.json", "overzicht.xlsx"]);
  });

  it("may not be the workbook output, the input or a device", () => {
    const dir = map();
    expect(
      opdracht("analyse", [
        join(dir, "overzicht.xlsx"),
        join(dir, "analyse.xlsx"),
        `--json=${join(dir, "analyse.xlsx")}`,
      ]).code,
    ).toBe(2);
    expect(
      opdracht("analyse", [
        join(dir, "overzicht.xlsx"),
        join(dir, "analyse.xlsx"),
        `--json=${join(dir, "overzicht.xlsx")}`,
        "--overschrijf",
      ]).code,
    ).toBe(2);
    const apparaat = opdracht("analyse", [
      join(dir, "overzicht.xlsx"),
      join(dir, "analyse.xlsx"),
      "--json=/dev/null",
      "--overschrijf",
    ]);
    expect(apparaat.code).toBe(2);
    expect(apparaat.err).toContain("/dev/null is geen gewoon bestand");
    expect(readdirSync(dir)).toEqual(["overzicht.xlsx"]);
  });
});

describe("relative file names", () => {
  it("are read from the folder the user ran npm in (INIT_CWD), not from the project folder", () => {
    const dir = map();
    mkdirSync(join(dir, "resultaten"));
    const { code, out, err } = opdracht(
      "analyse",
      ["overzicht.xlsx", join("resultaten", "analyse.xlsx"), "--json=kleuren.json"],
      { env: { INIT_CWD: dir } },
    );
    expect(code, err).toBe(0);
    expect(readdirSync(join(dir, "resultaten"))).toEqual(["analyse.xlsx"]);
    expect(JSON.parse(readFileSync(join(dir, "kleuren.json"), "utf8"))).toBeInstanceOf(Array);
    expect(out).toContain(`Geschreven: ${join(dir, "resultaten", "analyse.xlsx")}`);
  });

  it("work the same for the demo and the board's roll-up", () => {
    const dir = map();
    expect(opdracht("demo", ["demo.xlsx", "--kaal"], { env: { INIT_CWD: dir } }).code).toBe(0);
    const bestuur = opdracht("bestuur", ["overzicht.xlsx", "demo.xlsx", "bestuur.xlsx"], { env: { INIT_CWD: dir } });
    expect(bestuur.code, bestuur.err).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["bestuur.xlsx", "demo.xlsx", "overzicht.xlsx"]);
  });
});

describe("a workbook with macros through the command line", () => {
  it("refuses to name the result .xlsx, which Excel would not open, and writes it as .xlsm", async () => {
    const { macroWerkmap } = await import("../fixtures/macro-werkmap");
    const { zipSync } = await import("fflate");
    const dir = mkdtempSync(join(tmpdir(), "lvs-macro-"));
    writeFileSync(join(dir, "groep5.xlsm"), zipSync(macroWerkmap()));
    const geweigerd = opdracht("analyse", [join(dir, "groep5.xlsm"), join(dir, "analyse.xlsx")]);
    expect(geweigerd.code).toBe(2);
    expect(geweigerd.err).toContain("met macro's (.xlsm)");
    expect(geweigerd.err).toContain(
      `geef het uitvoerbestand de extensie .xlsm, bijvoorbeeld ${join(dir, "analyse.xlsm")}`,
    );
    expect(geweigerd.err).not.toMatch(TECHNISCH);
    expect(readdirSync(dir)).toEqual(["groep5.xlsm"]);
    const gelukt = opdracht("analyse", [join(dir, "groep5.xlsm"), join(dir, "analyse.xlsm")]);
    expect(gelukt.code, gelukt.err).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["analyse.xlsm", "groep5.xlsm"]);
  });

  it("refuses to name a result without macros .xlsm", () => {
    const dir = mkdtempSync(join(tmpdir(), "lvs-macro-"));
    writeFileSync(join(dir, "overzicht.xlsx"), readFileSync(join(__dirname, "../fixtures/vreemd/openpyxl-lang.xlsx")));
    const geweigerd = opdracht("analyse", [join(dir, "overzicht.xlsx"), join(dir, "analyse.xlsm")]);
    expect(geweigerd.code).toBe(2);
    expect(geweigerd.err).toContain("zonder macro's (.xlsx)");
    expect(readdirSync(dir)).toEqual(["overzicht.xlsx"]);
  });
});
