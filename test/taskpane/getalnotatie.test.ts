import { describe, expect, it } from "vitest";
import { metNotatie } from "../../src/taskpane/getalnotatie";

describe("a number under an Excel number format, as Dutch Excel shows it", () => {
  it.each([
    [0.6, "0%", "60%"],
    [0.625, "0.0%", "62,5%"],
    [56.54, "0.0", "56,5"],
    [1234.5, "#,##0.00", "1.234,50"],
    [1234.5, "0", "1235"],
    [-3.25, "0.0", "-3,3"],
    [0.6, "[Green]0%;[Red]-0%", "60%"],
    [46000, "d-m-yyyy", "9-12-2025"],
    [46000, "dd-mm-yyyy", "09-12-2025"],
    [46000, "mmm-yy", "dec-25"],
    [24, undefined, "24"],
    [1.23456, "General", "1,23"],
  ])("shows %s under %s as %s", (getal, notatie, verwacht) => {
    expect(metNotatie(getal, notatie)).toBe(verwacht);
  });
});
