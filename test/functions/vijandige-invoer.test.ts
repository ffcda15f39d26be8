/**
 * The hostile-input sweep at Excel's border: every custom function called the way Excel calls it
 * (each argument a 2-D array, an omitted one as null) with random and adversarial values. Whatever
 * comes in, the answer is a value or an Excel error with a Dutch reason: never an exception, never
 * a pending promise (#BUSY!), never Infinity or NaN.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as functies from "../../src/functions/functions";

// Numbers as text the way people and other locales type them, and things that only look like numbers.
const GETALTEKSTEN = [
  "24,5",
  "24.5",
  "1.234,5",
  "1,234.5",
  "1 234,5",
  "1'234.5",
  "12e3",
  "0x1F",
  "−5",
  "–5",
  "+7",
  "5,",
  ",5",
  "24.5.6",
  "١٢٣",
  "１２",
  "Infinity",
  "-Infinity",
  "NaN",
  "nan",
  "1/2",
  "50%",
  "85 %",
  "€ 12",
  "12 punten",
  "  48  ",
  "4 8",
];
const LABELS = [
  "5b",
  "M5",
  "E8",
  "B8",
  "8c",
  "2F/1S",
  "1S",
  "3F",
  "<1F-1F",
  "1F – 2F",
  "DMT",
  "RW3",
  "LR",
  "landelijk",
  "geen",
  "#N/A",
  "WAAR",
  "TRUE",
];
const HUGE = [1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, -0, 2 ** 53 + 1, 1e-320, 45_000]; // 45000: a date serial

const waarde: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -200, max: 400 }),
  fc.constantFrom(...HUGE),
  fc.constantFrom(...GETALTEKSTEN, ...LABELS),
  fc.string(),
  fc.string({ minLength: 9_000, maxLength: 10_000 }),
  fc.boolean(),
  fc.constantFrom(null, undefined, "", " ", "\t", "\u00a0"),
  fc
    .constantFrom("#VALUE!", "#N/A", "#DIV/0!", "#REF!", "#BUSY!", "#GETTING_DATA")
    .map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode)),
  fc.date().map((d) => d as unknown),
  fc.constant({ type: "Double", basicValue: 12 } as unknown),
);

/** A 2-D argument: one cell or a block of mixed values, of any shape up to 4 × 4. */
const argument = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rijen, kolommen]) =>
    fc.array(fc.array(waarde, { minLength: kolommen, maxLength: kolommen }), { minLength: rijen, maxLength: rijen }),
  );

const WRAPPERS = Object.entries(functies as unknown as Record<string, unknown>).filter(
  (e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === "function",
);

function isExcelError(v: unknown): v is { code: string; message?: string } {
  return v instanceof CustomFunctions.Error;
}

describe("every custom function under hostile input", () => {
  it("covers all seven functions", () => {
    expect(WRAPPERS.map(([naam]) => naam).sort()).toEqual([
      "kleur",
      "leergroei",
      "leerrendement",
      "niveau",
      "normlijn",
      "passendetoets",
      "signalering",
    ]);
  });

  for (const [naam, functie] of WRAPPERS) {
    it(`${naam} answers with values or Dutch Excel errors, synchronously, whatever it gets`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.option(argument, { nil: null }), { minLength: 1, maxLength: functie.length + 1 }),
          (args) => {
            let uitkomst: unknown;
            expect(() => {
              uitkomst = functie(...args);
            }).not.toThrow();
            expect(uitkomst).not.toBeInstanceOf(Promise);
            expect(Array.isArray(uitkomst)).toBe(true);
            for (const rij of uitkomst as unknown[][]) {
              expect(Array.isArray(rij)).toBe(true);
              for (const cel of rij) {
                if (isExcelError(cel)) {
                  expect(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]).toContain(cel.code);
                  if (cel.message !== undefined) {
                    expect(cel.message.length).toBeGreaterThan(10);
                    expect(cel.message.length).toBeLessThan(300);
                    expect(cel.message).not.toMatch(
                      /undefined|TypeError|Cannot read|is not a function|\[object Object\]/,
                    );
                  }
                } else if (typeof cel === "number") {
                  expect(Number.isFinite(cel)).toBe(true);
                } else {
                  expect(typeof cel).toBe("string");
                  expect((cel as string).length).toBeLessThan(500);
                }
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  }

  it("gives a range with a mismatched second range one clear #VALUE!, not a half-filled result", () => {
    const [[uit]] = functies.leergroei(
      [[24], [30]],
      [[32], [38], [40]],
      [["4a"]],
      [["4b"]],
      null as unknown as unknown[][],
    ) as [[{ code: string; message: string }]];
    expect(uit.code).toBe("#VALUE!");
    expect(uit.message).toMatch(/even groot|zelfde grootte|bereik/i);
  });
});
