import { describe, expect, it } from "vitest";
import { isEmpty, RATE, readBoolean, readNumber, readPercentage, SHARE } from "../../src/core/cell";
import { isLvsError } from "../../src/core/errors";

describe("reading a number from a cell", () => {
  it("accepts numbers as they are", () => {
    expect(readNumber(24.5, "score")).toBe(24.5);
  });

  it("accepts text with a decimal comma or point and surrounding spaces", () => {
    expect(readNumber("24,5", "score")).toBe(24.5);
    expect(readNumber("24.5", "score")).toBe(24.5);
    expect(readNumber("  24 ", "score")).toBe(24);
    expect(readNumber("\u00a024,5\u00a0", "score")).toBe(24.5);
  });

  it("accepts thousands separators in Dutch and English style", () => {
    expect(readNumber("1.234,5", "x")).toBe(1234.5);
    expect(readNumber("1,234.5", "x")).toBe(1234.5);
  });

  it("refuses text that is not a number, with a Dutch message naming the argument", () => {
    for (const bad of ["abc", "24,5abc", "5 0", "1e3", "", "--2", "Infinity", "NaN"]) {
      const result = readNumber(bad, "ontwikkelscore");
      expect(isLvsError(result), bad).toBe(true);
      if (isLvsError(result)) expect(result.message).toContain("ontwikkelscore");
    }
  });

  it("refuses booleans and non-finite numbers", () => {
    expect(isLvsError(readNumber(true, "x"))).toBe(true);
    expect(isLvsError(readNumber(Number.NaN, "x"))).toBe(true);
    expect(isLvsError(readNumber(Number.POSITIVE_INFINITY, "x"))).toBe(true);
  });
});

describe("reading a percentage", () => {
  it("reads 0.85, 85 and 85% as the same share", () => {
    expect(readPercentage(0.85, "a", SHARE)).toBe(0.85);
    expect(readPercentage(85, "a", SHARE)).toBe(0.85);
    expect(readPercentage("85%", "a", SHARE)).toBe(0.85);
    expect(readPercentage("85 %", "a", SHARE)).toBe(0.85);
    expect(readPercentage("84,5%", "a", SHARE)).toBeCloseTo(0.845);
  });

  it("refuses a share above 100% or below 0", () => {
    expect(isLvsError(readPercentage(101, "a", SHARE))).toBe(true);
    expect(isLvsError(readPercentage("-5%", "a", SHARE))).toBe(true);
  });

  it("reads a leerrendement of 1.2 as 120%, since an LR can pass 100%", () => {
    expect(readPercentage(1.2, "lr", RATE)).toBe(1.2);
    expect(readPercentage(120, "lr", RATE)).toBe(1.2);
    expect(readPercentage("120%", "lr", RATE)).toBe(1.2);
  });
});

describe("reading a boolean", () => {
  it("accepts TRUE/FALSE and the Dutch words", () => {
    expect(readBoolean(true, "d")).toBe(true);
    expect(readBoolean("WAAR", "d")).toBe(true);
    expect(readBoolean("onwaar", "d")).toBe(false);
    expect(readBoolean(0, "d")).toBe(false);
  });

  it("refuses anything else", () => {
    expect(isLvsError(readBoolean("misschien", "d"))).toBe(true);
    expect(isLvsError(readBoolean(2, "d"))).toBe(true);
  });
});

describe("an empty cell", () => {
  it("is null, undefined, an empty string or only spaces", () => {
    expect([null, undefined, "", "   "].every((v) => isEmpty(v))).toBe(true);
    expect(isEmpty(0)).toBe(false);
    expect(isEmpty(false)).toBe(false);
  });
});
