/**
 * The helper columns are written as built-in formulas, and files carry the core's value beside each
 * formula. A spreadsheet engine nobody here wrote (HyperFormula) must compute from those formulas
 * exactly what the core computed, for every kind of cell an overview holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { renderFormula, zelfdeVorm, type Expr, type Verwachting } from "../../../src/core/groep/expressie";
import { naarR1C1 } from "../../../src/workbook/office/r1c1";
import { planKleuring, type Kleurplan, type KleurOpties, type Normkeuze } from "../../../src/core/groep/kleurplan";
import { MOMENTEN } from "../../../src/core/moment";
import { vindIndeling, type Blad } from "../../../src/core/overzicht/indeling";
import { leesOverzicht } from "../../../src/core/overzicht/metingen";
import { verschillen } from "./formules-in-engine";

const VAARDIGHEDEN = ["Rekenen", "Begrijpend lezen", "Taalverzorging", "Technisch lezen", "Woordenschat"];
const NORMEN: readonly Normkeuze[] = ["2F/1S", "1F", "landelijk", "schoolweging", "geen"];

/** What score cells hold in real overviews, and the mistakes made in them. */
const score: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 120 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1200 }).map((n) => n / 10) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1200 }).map((n) => (n / 10).toString().replace(".", ",")) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 }).map((n) => ` ${n} `) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 }).map((n) => `\u00a0${n}.5`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 120 }).map((n) => `+${n}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CellValue>(
      -3,
      151,
      480,
      45_123,
      1e20,
      150,
      0,
      "abc",
      "5 0",
      "2e1",
      "24%",
      "-",
      "n.v.t.",
      "1.234,5",
      "12,345",
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>(null, "", "   ", "\u00a0") },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(true, false) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<CellValue>({ cellError: "#N/A" }, { cellError: "#VALUE!" }, { cellError: "#DIV/0!" }),
  },
);

const TOETSEN = [
  "3a",
  "4B",
  " 5a ",
  "6b",
  "1F",
  "2F",
  "1S/2F",
  "3F",
  "1F-2F",
  "1F – 1S",
  "<1F-1F",
  "2F-3F",
  "M4",
  "x",
  "",
  "7a",
];

const normwaarde: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }).map((n) => `${n},5`) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, "", "nvt", { cellError: "#N/A" }) },
);

/** A Normen sheet as schools fill it: moments as 3a or M3, general and per-vaardigheid columns, gaps. */
const normenblad = fc
  .record({
    koppen: fc.uniqueArray(
      fc.constantFrom(
        "2F/1S",
        "1F",
        "landelijk",
        "schoolweging",
        "landelijk rekenen",
        "Ontwikkellijn 2F/1S rekenen",
        "1S",
        "landelijk gemiddelde lezen",
        "eigen lijn",
      ),
      { minLength: 1, maxLength: 5 },
    ),
    cito: fc.boolean(),
    rijen: fc.subarray([...MOMENTEN], { minLength: 2 }),
  })
  .chain(({ koppen, cito, rijen }) =>
    fc
      .array(fc.array(normwaarde, { minLength: koppen.length, maxLength: koppen.length }), {
        minLength: rijen.length,
        maxLength: rijen.length,
      })
      .map((waarden) => ({
        blad: "Normen",
        adres: "$A$1:$Z$40",
        cellen: [
          ["moment", ...koppen] as CellValue[],
          ...rijen.map((m, i) => [cito ? `${m[1] === "a" ? "M" : "E"}${m[0]}` : m, ...waarden[i]!] as CellValue[]),
        ],
      })),
  );

/** A wide group sheet: names, then per vaardigheid two afnames (the second one is coloured). */
const breed = fc
  .record({
    vaardigheden: fc.uniqueArray(fc.constantFrom(...VAARDIGHEDEN), { minLength: 1, maxLength: 3 }),
    van: fc.integer({ min: 0, max: MOMENTEN.length - 1 }),
    stap: fc.integer({ min: 0, max: 3 }),
    leerlingen: fc.integer({ min: 1, max: 8 }),
  })
  .chain(({ vaardigheden, van, stap, leerlingen }) => {
    const eerste = MOMENTEN[van]!;
    const tweede = MOMENTEN[Math.min(MOMENTEN.length - 1, van + stap)]!;
    const koppen = ["Naam", ...vaardigheden.flatMap((v) => [`${v} ${eerste}`, `${v} ${tweede}`])];
    return fc
      .array(fc.array(score, { minLength: koppen.length - 1, maxLength: koppen.length - 1 }), {
        minLength: leerlingen,
        maxLength: leerlingen,
      })
      .map((rijen) => [koppen as CellValue[], ...rijen.map((r, i) => [`Leerling ${i + 1}`, ...r])]);
  });

/** A long export: a row per pupil, vaardigheid and afname, with the toets made. */
const lang = fc
  .array(
    fc.record({
      leerling: fc.constantFrom("Ada", "Bram", "Chris"),
      vaardigheid: fc.constantFrom(...VAARDIGHEDEN),
      moment: fc.constantFrom(...MOMENTEN),
      toets: fc.constantFrom(...TOETSEN),
      score,
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rijen) => [
    ["Leerling", "Vaardigheid", "Afname", "Toets", "Ontwikkelscore"] as CellValue[],
    ...rijen.map((r) => [r.leerling, r.vaardigheid, r.moment, r.toets, r.score] as CellValue[]),
  ]);

function plan(cellen: CellValue[][], opties: KleurOpties) {
  const blad: Blad = { naam: "Groep", cellen };
  const indeling = vindIndeling(blad);
  if (!indeling) return undefined;
  const overzicht = leesOverzicht(blad, indeling);
  const breedte = cellen.reduce((m, r) => Math.max(m, r.length), 0);
  return planKleuring(overzicht, opties, cellen, breedte);
}

/** Runs `doe` on the colouring plans of 150 random overviews, each norm, with and without a Normen sheet. */
function voorWillekeurigePlannen(
  doe: (p: Kleurplan, cellen: CellValue[][], normen: KleurOpties["normen"] | undefined) => void,
): void {
  fc.assert(
    fc.property(
      fc.oneof(breed, lang),
      fc.constantFrom(...NORMEN),
      fc.option(normenblad, { nil: undefined }),
      (cellen, norm, normen) => {
        const p = plan(cellen, { norm, ...(normen ? { normen } : {}) });
        if (p) doe(p, cellen, normen);
      },
    ),
    { numRuns: 150 },
  );
}

describe("the helper columns' built-in formulas", () => {
  it("compute in a spreadsheet engine exactly the core's value, for every kind of cell, norm and Normen sheet", () => {
    let gelezen = 0;
    voorWillekeurigePlannen((p, cellen, normen) => {
      gelezen++;
      expect(verschillen("Groep", cellen, p, normen)).toEqual([]);
    });
    expect(gelezen).toBeGreaterThan(100);
  }, 300_000);

  it("are alike from their own row whenever their vorm is alike, so a run of them can be written once and filled down", () => {
    let gedeeld = 0;
    voorWillekeurigePlannen((p) => {
      for (const kolom of p.hulpkolommen) {
        const r1c1 = kolom.cellen.map((cel) => naarR1C1(renderFormula(cel.expr), cel.rij, kolom.kolom));
        // Every pair in the column, not only neighbours: alike must mean alike wherever the rows are.
        kolom.cellen.forEach((a, i) =>
          kolom.cellen.slice(0, i).forEach((b, j) => {
            if (!zelfdeVorm(a.expr, a.rij, b.expr, b.rij)) return;
            gedeeld++;
            expect(r1c1[i], `${kolom.kop} rij ${a.rij + 1} en ${b.rij + 1}`).toBe(r1c1[j]);
          }),
        );
      }
    });
    expect(gedeeld).toBeGreaterThan(200);
  }, 300_000);

  it("have a different vorm whenever one reference, moment, toets, line or expected growth differs", () => {
    const normen = { blad: "Normen", adres: "$A$1:$B$2", cellen: [["moment", "landelijk"]] as CellValue[][] };
    const groei = (vorigeRij: number, verwacht: Verwachting) =>
      ({
        kind: "leergroei",
        vorige: { rij: vorigeRij, kolom: 4 },
        huidige: { rij: 10, kolom: 4 },
        vorigMoment: "5a",
        huidigMoment: "5b",
        verwacht,
      }) as const;
    const varianten: Expr[] = [
      { kind: "niveau", score: { rij: 10, kolom: 4 }, toets: "5a" },
      { kind: "niveau", score: { rij: 10, kolom: 3 }, toets: "5a" },
      { kind: "niveau", score: { rij: 9, kolom: 4 }, toets: "5a" },
      { kind: "niveau", score: { rij: 10, kolom: 4 }, toets: "5b" },
      { kind: "passend", score: { rij: 10, kolom: 4 }, toets: "5a" },
      { kind: "norm", lijn: "2F/1S", moment: "5a" },
      { kind: "norm", lijn: "2F/1S", moment: "5b" },
      { kind: "norm", lijn: "1F", moment: "5a" },
      groei(9, { soort: "standaard" }),
      groei(8, { soort: "standaard" }),
      groei(9, { soort: "vast", groei: 8 }),
      groei(9, { soort: "vast", groei: 9 }),
      groei(9, { soort: "landelijk", lijn: "landelijk Rekenen", normen }),
      groei(9, { soort: "landelijk", lijn: "landelijk Lezen", normen }),
      { kind: "kleur", score: { rij: 10, kolom: 4 } },
      { kind: "kleur", score: { rij: 10, kolom: 4 }, norm: { rij: 10, kolom: 8 } },
      { kind: "kleur", score: { rij: 10, kolom: 4 }, leergroei: { rij: 10, kolom: 8 } },
      { kind: "kleur", score: { rij: 10, kolom: 4 }, norm: { rij: 10, kolom: 8 }, leergroei: { rij: 10, kolom: 9 } },
      { kind: "score", score: { rij: 10, kolom: 4 } },
      { kind: "niveau", score: { rij: 10, kolom: 4 }, toets: "5a", gelezen: true },
      { kind: "kleur", score: { rij: 10, kolom: 4 }, gelezen: true },
      { ...groei(9, { soort: "standaard" }), gelezen: true },
    ];
    // The same computation one row further down has the same vorm; every other variant has another.
    const omlaag = (e: Expr): Expr =>
      JSON.parse(JSON.stringify(e).replace(/"rij":(\d+)/g, (_, r) => `"rij":${Number(r) + 1}`));
    varianten.forEach((a, i) =>
      varianten.forEach((b, j) => {
        expect(zelfdeVorm(a, 10, b, 10), `${i} en ${j}`).toBe(i === j);
        expect(zelfdeVorm(omlaag(a), 11, b, 10), `${i} omlaag en ${j}`).toBe(i === j);
      }),
    );
  });

  it("use no LVS function and no function that Excel 2013 or LibreOffice lacks", () => {
    const cellen: CellValue[][] = [
      ["Naam", "Rekenen 5a", "Rekenen 5b"],
      ["Ada", 40, "48,5"],
    ];
    const normen = {
      blad: "Normen",
      adres: "$A$1:$C$3",
      cellen: [
        ["moment", "2F/1S", "landelijk"],
        ["5a", 41, 37],
        ["5b", 50, 44],
      ] as CellValue[][],
    };
    const formules = NORMEN.flatMap((norm) =>
      plan(cellen, { norm, normen })!.hulpkolommen.flatMap((k) => k.cellen.map((c) => renderFormula(c.expr))),
    );
    const functies = new Set(formules.flatMap((f) => [...f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!)));
    expect([...functies].sort()).toEqual(expect.arrayContaining(["IF", "ISNUMBER", "NUMBERVALUE"]));
    for (const functie of functies) {
      expect([
        "IF",
        "AND",
        "ISLOGICAL",
        "ISNUMBER",
        "IFERROR",
        "IFNA",
        "LEN",
        "TRIM",
        "SUBSTITUTE",
        "UNICHAR",
        "ISERROR",
        "FIND",
        "SEARCH",
        "NUMBERVALUE",
        "INDEX",
        "MATCH",
      ]).toContain(functie);
    }
    expect(formules.join("\n")).not.toMatch(/LVS\./);
  });

  it("give a score off the IEP scale no niveau, no leergroei and no colour, and name a score above its toets", () => {
    const cellen: CellValue[][] = [
      ["Naam", "Rekenen 5a", "Rekenen 5b"],
      ["Ada", 40, 480],
      ["Bram", 40, 53],
      ["Chris", 45_123, 50],
    ];
    const p = plan(cellen, { norm: "2F/1S" })!;
    const waarde = (kop: string, rij: number) =>
      p.hulpkolommen.find((k) => k.kop.startsWith(kop))!.cellen.find((c) => c.rij === rij)?.waarde;
    expect([waarde("Niveau", 1), waarde("Leergroei", 1), waarde("Kleur", 1)]).toEqual(["", "", ""]);
    expect(waarde("Niveau", 2)).toBe("boven bereik 5b");
    expect(waarde("Passende toets", 2)).toBe("boven bereik: controleer de toets");
    expect(waarde("Kleur", 2)).toBe("donkergroen"); // 53 ≥ 48, growth 13/8
    expect(waarde("Leergroei", 3)).toBe(""); // a date as the earlier score
    expect(waarde("Kleur", 3)).toBe("groen");
    expect(p.meldingen.map((m) => [m.soort, m.cel])).toEqual([["bovenBereik", { rij: 2, kolom: 2 }]]);
    expect(verschillen("Groep", cellen, p)).toEqual([]);
  });
});
