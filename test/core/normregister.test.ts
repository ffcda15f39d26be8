/**
 * Adding a norm is one entry in src/data/normen.json. This test adds a fictitious one (only here, by
 * mocking the file) and follows it to every place a norm reaches: the functions, the pane's choice,
 * the Normen sheet, the lookup sheet, the colouring, the pupil card and the school figures.
 */
import { describe, expect, it, vi } from "vitest";

const STREEFDOEL = {
  naam: "streefdoel",
  spellingen: ["streefwaarde"],
  keuze: "Streefdoel van de school (blad Normen)",
  inZin: "streefdoel van de school",
  vanafLeerjaar: 3,
  indicatief: false,
  tegenEindresultaat: true,
  groei: false,
};

vi.mock("../../src/data/normen.json", async (importOriginal) => {
  const echt = (await importOriginal<{ default: { normen: unknown[] } }>()).default;
  return { default: { ...echt, normen: [...echt.normen, STREEFDOEL] } };
});

const { NORMLIJN } = await import("../../src/core/formulas/definitions");
const { evaluateOne } = await import("../../src/core/formulas/evaluate");
const { isLvsError } = await import("../../src/core/errors");
const { NORMKEUZES } = await import("../../src/taskpane/groepsacties");
const { LIJNEN: OPZOEKLIJNEN } = await import("../../src/core/groep/opzoekblad");
const { LIJNEN: KAARTLIJNEN } = await import("../../src/core/leerling/beeld");
const { FileWorkbook } = await import("../../src/workbook/file/file-workbook");
const { maakDemoWerkmap } = await import("../../src/workbook/demo");
const { maakNormenblad } = await import("../../src/workbook/normenblad");
const { kleurGroep } = await import("../../src/workbook/kleuring");
const { maakSchooloverzichten } = await import("../../src/workbook/school");

const TABEL = [
  ["moment", "streefdoel"],
  ["5a", 44],
  ["8b", 77],
];

describe("a norm added to the registry", () => {
  it("is read by LVS.NORMLIJN under its name and its other spelling, from the normtabel", () => {
    expect(evaluateOne(NORMLIJN, ["streefdoel", "5a", TABEL])).toBe(44);
    expect(evaluateOne(NORMLIJN, ["Streefwaarde", "8b", TABEL])).toBe(77);
  });

  it("asks for a Normen table when it has no indicatieve line, and is named when a norm is unknown", () => {
    const zonder = evaluateOne(NORMLIJN, ["streefdoel", "5a"]);
    expect(isLvsError(zonder) && zonder.message).toMatch(/streefdoel/);
    const onbekend = evaluateOne(NORMLIJN, ["streefdoelen", "5a"]);
    expect(isLvsError(onbekend) && onbekend.message).toMatch(/streefdoel \(ook streefwaarde\)/);
  });

  it("is one of the pane's choices, with its label, before the choice of no norm", () => {
    expect(NORMKEUZES.map((k) => k.waarde)).toEqual(["2F/1S", "1F", "landelijk", "schoolweging", "streefdoel", "geen"]);
    expect(NORMKEUZES.find((k) => k.waarde === "streefdoel")?.label).toBe(STREEFDOEL.keuze);
  });

  it("gets a column on the lookup sheet, general and per vaardigheid, and a line on the pupil card", () => {
    expect(OPZOEKLIJNEN).toContain("streefdoel");
    expect(OPZOEKLIJNEN).toContain("streefdoel rekenen");
    expect(KAARTLIJNEN).toContain("streefdoel");
  });

  it("gets a column on a new Normen sheet, colours a group once the school fills it, and reaches the school figures", async () => {
    const wb = FileWorkbook.create();
    await maakDemoWerkmap(wb);
    await maakNormenblad(wb);
    const normen = (await wb.read({ sheets: ["Normen"] })).sheets[0]!.cellen;
    const kolom = normen[0]!.indexOf("streefdoel");
    expect(kolom).toBeGreaterThan(0);
    // The school types its own line: 8 points a half year from 3a, 98 at 8b.
    await wb.apply([
      {
        kind: "cells",
        sheet: "Normen",
        row: 1,
        col: kolom,
        cells: normen.slice(1, 13).map((_, i) => [{ value: i === 11 ? 98 : 10 + 8 * i }]),
      },
    ]);

    const blad = (await wb.sheetNames()).find((n) => n.startsWith("Groep"))!;
    const kleuring = await kleurGroep(wb, { blad, norm: "streefdoel" });
    expect(kleuring.status).toBe("klaar");
    const groep = (await wb.read({ sheets: [blad] })).sheets[0]!.cellen;
    const kop = groep.findIndex((rij) => rij.includes("Norm rekenen (streefdoel)"));
    // Groep 3's latest afname is 3b: the second value the school typed.
    expect(groep[kop + 1]![groep[kop]!.indexOf("Norm rekenen (streefdoel)")]).toBe(18);

    await maakSchooloverzichten(wb, { norm: "streefdoel" });
    const bladen = (await wb.read({ sheets: await wb.sheetNames() })).sheets;
    const koppen = bladen.flatMap((b) => (b?.cellen ?? []).flatMap((rij) => rij.filter((c) => typeof c === "string")));
    expect(koppen).toContain("Streefdoel van de school");
    expect(koppen.some((k) => String(k).includes("Norm: streefdoel van de school"))).toBe(true);
  });
});
