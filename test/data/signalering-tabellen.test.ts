import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { boundInCell, CITO_TABELLEN, citoBounds, type CitoNorm } from "../../src/core/signalering";

const TABLE_NUMBERS: Record<string, CitoNorm> = {
  "1": "DMT",
  "2a": "BL",
  "2b": "BL3",
  "3a": "RW",
  "3b": "RW3",
  "4a": "SP",
  "4b": "SP3",
};

/** The seed's rows, read straight from the fixture cut out of seeds/003. */
function seedTables(): Map<CitoNorm, string[][]> {
  const text = readFileSync(join(__dirname, "..", "fixtures", "seed-003-signaleringstabellen.tsv"), "utf8");
  const tables = new Map<CitoNorm, string[][]>();
  let current: string[][] | undefined;
  for (const line of text.split("\n")) {
    const heading = /^TABEL (\S+)$/.exec(line);
    if (heading) {
      current = [];
      tables.set(TABLE_NUMBERS[heading[1]!]!, current);
    } else if (line.startsWith("Groep") && current) {
      const [label, ...cells] = line.split("\t");
      const [, groep, moment] = /^Groep (\d) ([MEB])$/.exec(label!.trim())!;
      current.push([`${moment}${groep}`, ...cells.map((c) => c.trim())]);
    }
  }
  return tables;
}

describe("the signaleringsnorm tables in src/data", () => {
  const seed = seedTables();

  it("cover all seven tables of the kwaliteitshandboek", () => {
    expect([...seed.keys()].sort()).toEqual(Object.keys(CITO_TABELLEN).sort());
  });

  for (const [norm, rows] of seedTables()) {
    it(`hold table ${norm} exactly as printed in the seed, row by row and cell by cell`, () => {
      const width = CITO_TABELLEN[norm].kolommen.length;
      const padded = rows.map((r) => [...r, ...Array<string>(width + 1 - r.length).fill("")].slice(0, width + 1));
      expect(CITO_TABELLEN[norm].rijen).toEqual(padded);
    });
  }

  it("give the bounds read by hand from the seed", () => {
    // [norm, moment, share gewogen, expected bound], read off seeds/003 tables 1 to 4b.
    const spots: [CitoNorm, Parameters<typeof citoBounds>[1], number | undefined, number | undefined][] = [
      ["DMT", "M3", undefined, 21],
      ["DMT", "E5", undefined, 71],
      ["DMT", "M8", undefined, 94],
      ["DMT", "E8", undefined, undefined],
      ["BL", "M5", 0.1, 25],
      ["BL", "M5", 0.2, 20],
      ["BL", "M6", 0.1, 32],
      ["BL", "M6", 0.2, 26],
      ["BL", "M7", 0.1, 45],
      ["BL", "M8", 0.5, 47],
      ["BL", "B8", 0.1, undefined],
      ["BL3", "E3", 0.1, 117],
      ["BL3", "E3", 0.2, 109],
      ["BL3", "E6", 0.2, 172],
      ["BL3", "M7", 0.2, undefined],
      ["RW", "M4", 0.1, 50],
      ["RW", "E7", 0.1, 102],
      ["RW", "E7", 0.2, 99],
      ["RW", "M8", 0.2, 106],
      ["RW", "M3", 0.1, undefined],
      ["RW3", "M3", 0.2, 109],
      ["RW3", "M3", 0.1, undefined],
      ["RW3", "M4", 0.1, 161],
      ["RW3", "M4", 0.2, 158],
      ["RW3", "E4", 0.2, 177],
      ["RW3", "E6", 0.1, 239],
      ["SP", "M3", undefined, 107.1],
      ["SP", "E5", undefined, 129.9],
      ["SP", "B8", undefined, 141.0],
      ["SP", "M8", undefined, 142.7],
      ["SP3", "M3", undefined, 139],
      ["SP3", "E6", undefined, 330],
      ["SP3", "M7", undefined, undefined],
    ];
    for (const [norm, moment, gewogen, bound] of spots) {
      expect(citoBounds(norm, moment, gewogen).ondergrens, `${norm} ${moment} ${gewogen}`).toBe(bound);
    }
  });

  it("have a midden niveau IV wherever a BL or RW bound exists, so code oranje and rood can be told apart", () => {
    for (const norm of ["BL", "BL3", "RW", "RW3"] as const) {
      for (const row of CITO_TABELLEN[norm].rijen) {
        const anyBound = boundInCell(row[2]) !== undefined || boundInCell(row[3]) !== undefined;
        if (anyBound) expect(boundInCell(row[3]), `${norm} ${row[0]}`).toBeDefined();
      }
    }
  });
});

describe("reading a printed table cell", () => {
  it("takes the lower end of a range", () => {
    expect(boundInCell("109 - 111")).toBe(109);
    expect(boundInCell("107.1 - 107.2")).toBe(107.1);
  });

  it("takes the board's value beside a starred historical inspectie value", () => {
    expect(boundInCell("151* 158")).toBe(158);
    expect(boundInCell("169* 177")).toBe(177);
  });

  it("takes a lone starred value as the bound", () => {
    expect(boundInCell("32*")).toBe(32);
  });

  it("reads a negative national mean as a number, not as a range", () => {
    expect(boundInCell("-2")).toBe(-2);
  });

  it("reads an empty cell as no bound", () => {
    expect(boundInCell("")).toBeUndefined();
    expect(boundInCell(undefined)).toBeUndefined();
  });
});
