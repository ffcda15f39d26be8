/**
 * Properties of the core that must hold for every input, not just the cases we thought of.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../src/core/cell";
import { isLvsError } from "../../src/core/errors";
import { FORMULAS } from "../../src/core/formulas/definitions";
import { evaluate, type Input } from "../../src/core/formulas/evaluate";
import { leergroei } from "../../src/core/leergroei";
import { leerrendementSignaal, LR_HAALBAAR, LR_NIET_HAALBAAR, LR_ONDER_GROEP_6 } from "../../src/core/leerrendement";
import { CITO_MOMENTEN, MOMENTEN } from "../../src/core/moment";
import { niveau } from "../../src/core/niveau";
import {
  CITO_TABELLEN,
  CODE_ORANJE,
  CODE_ROOD,
  citoSignalering,
  ONDER_SIGNALERINGSWAARDE,
  VOLDOENDE,
  type CitoNorm,
} from "../../src/core/signalering";
import { readToets, type Toets } from "../../src/core/toets";

const LABELS = [
  "3a",
  "4A",
  " 6b ",
  "7a",
  "8b",
  "M5",
  "e8",
  "B8",
  "1F",
  "2f",
  "1S",
  "2F/1S",
  "1S/2F",
  "3F",
  "<1F-1F",
  "1F-2F",
  "1F - 1S",
  "2F-3F",
  "landelijk",
  "schoolweging",
  "geen",
  "DMT",
  "BL",
  "bl3",
  "RW 3.0",
  "SP",
  "SP3",
  "LR",
  "85%",
  "24,5",
  "1.234,5",
  "-0",
  "WAAR",
  "onwaar",
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string(),
  fc.string({ minLength: 0, maxLength: 10_000 }).map((s) => s.repeat(1)),
  fc.constantFrom(...LABELS),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", "   "),
  fc.constantFrom("#VALUE!", "#N/A", "#DIV/0!", "#REF!").map((e) => ({ cellError: e }) as CellValue),
);

const range: fc.Arbitrary<CellValue[][]> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

const input: fc.Arbitrary<Input> = fc.oneof(cellValue, range);

describe("the formulas", () => {
  for (const definition of FORMULAS) {
    it(`LVS.${definition.name} answers every input with a value or an error with a Dutch message, never an exception`, () => {
      fc.assert(
        fc.property(fc.array(input, { minLength: 0, maxLength: definition.parameters.length + 1 }), (args) => {
          const result = evaluate(definition, args);
          for (const row of result) {
            for (const cell of row) {
              if (isLvsError(cell)) {
                expect(cell.code).not.toBe("internalError");
                expect(cell.message.length).toBeGreaterThan(10);
                expect(cell.message.length).toBeLessThan(300);
              } else if (typeof cell === "number") {
                expect(Number.isFinite(cell)).toBe(true);
              } else {
                expect(typeof cell).toBe("string");
              }
            }
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

/** Orders the outcomes of a toets: no result, then on the way, then each level of a span. */
function rank(result: string, toets: Toets): number {
  if (result === "geen resultaat") return 0;
  if (result.startsWith("op weg naar")) return 1;
  return toets.soort === "halfjaar" ? 2 : 2 + toets.niveaus.findIndex((n) => n.label === result);
}

const TOETS_LABELS = [
  "3a",
  "3b",
  "4a",
  "4b",
  "5a",
  "5b",
  "6a",
  "6b",
  "1F",
  "2F",
  "1S",
  "2F/1S",
  "3F",
  "<1F-1F",
  "1F-2F",
  "1F-1S",
  "2F-3F",
];

describe("niveau", () => {
  it("never goes down when the score goes up", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TOETS_LABELS),
        fc.double({ min: 0, max: 150, noNaN: true }),
        fc.double({ min: 0, max: 150, noNaN: true }),
        (label, a, b) => {
          const toets = readToets(label) as Toets;
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowResult = niveau(low, toets);
          const highResult = niveau(high, toets);
          if (isLvsError(highResult)) return; // above the highest possible score
          expect(isLvsError(lowResult)).toBe(false);
          expect(rank(lowResult as string, toets)).toBeLessThanOrEqual(rank(highResult, toets));
        },
      ),
    );
  });
});

describe("leergroei", () => {
  const moments = fc
    .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 11 }))
    .filter(([a, b]) => a < b)
    .map(([a, b]) => [MOMENTEN[a]!, MOMENTEN[b]!] as const);
  const score = fc.double({ min: 0, max: 120, noNaN: true });

  it("is linear in the current score: growth is measured on one straight scale", () => {
    fc.assert(
      fc.property(
        moments,
        score,
        score,
        score,
        fc.double({ min: 0, max: 1, noNaN: true }),
        ([vorig, huidig], vorige, h1, h2, t) => {
          const f = (h: number) =>
            leergroei({ vorigeScore: vorige, huidigeScore: h, vorigMoment: vorig, huidigMoment: huidig }) as number;
          const mixed = f(t * h1 + (1 - t) * h2);
          expect(mixed).toBeCloseTo(t * f(h1) + (1 - t) * f(h2), 6);
          expect(f(vorige)).toBeCloseTo(0, 9);
        },
      ),
    );
  });
});

describe("signalering", () => {
  const ORDER: Record<string, number> = {
    [CODE_ROOD]: 0,
    [ONDER_SIGNALERINGSWAARDE]: 0,
    [CODE_ORANJE]: 1,
    [VOLDOENDE]: 2,
  };

  it("orders its outcomes: a higher mean is never judged worse (voldoende above code oranje above code rood)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(CITO_TABELLEN) as CitoNorm[])),
        fc.constantFrom(...CITO_MOMENTEN),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -10, max: 400, noNaN: true }),
        fc.double({ min: -10, max: 400, noNaN: true }),
        (norm, moment, gewogen, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowResult = citoSignalering(norm, low, moment, gewogen);
          const highResult = citoSignalering(norm, high, moment, gewogen);
          if (isLvsError(lowResult) || isLvsError(highResult)) {
            expect(isLvsError(lowResult)).toBe(isLvsError(highResult)); // no bound here at all
            return;
          }
          expect(ORDER[lowResult]).toBeLessThanOrEqual(ORDER[highResult]!);
        },
      ),
    );
  });

  it("orders the leerrendement outcomes the same way, with and without doublure", () => {
    const LR_ORDER: Record<string, number> = { [LR_ONDER_GROEP_6]: 0, [LR_NIET_HAALBAAR]: 1, [LR_HAALBAAR]: 2 };
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.boolean(),
        (a, b, doublure) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(LR_ORDER[leerrendementSignaal(low, doublure)]).toBeLessThanOrEqual(
            LR_ORDER[leerrendementSignaal(high, doublure)]!,
          );
        },
      ),
    );
  });
});
