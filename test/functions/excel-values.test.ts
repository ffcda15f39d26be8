import { describe, expect, it } from "vitest";
import { fout } from "../../src/core/errors";
import { fromExcel, toExcelValue } from "../../src/functions/excel-values";

describe("values crossing from Excel to the core", () => {
  it("turn Excel's error objects in a range into error cells the core propagates", () => {
    expect(fromExcel([[24, { code: "#N/A" }]])).toEqual([[24, { cellError: "#N/A" }]]);
  });

  it("treat unknown Excel errors such as #SPILL! as #VALUE!", () => {
    expect(fromExcel({ code: "#SPILL!" })).toEqual({ cellError: "#VALUE!" });
  });
});

describe("results crossing from the core to Excel", () => {
  it("carry the Dutch message on #VALUE! and #N/A", () => {
    const result = toExcelValue(fout("unknownToets", { waarde: "7a" })) as CustomFunctions.Error;
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain("Onbekende toets");
    const na = toExcelValue(fout("normGeen", {})) as CustomFunctions.Error;
    expect(na.code).toBe("#N/A");
    expect(na.message).toBeTruthy();
  });

  it("leave the message off #DIV/0!, which Excel cannot show one with", () => {
    const result = toExcelValue(fout("dlZero", {})) as CustomFunctions.Error;
    expect(result.code).toBe("#DIV/0!");
    expect(result.message).toBeUndefined();
  });

  it("turn #REF! and #NAME?, which Excel refuses as output, into #VALUE! with the message", () => {
    const result = toExcelValue({ ...fout("unknownToets", { waarde: "x" }), error: "#REF!" }) as CustomFunctions.Error;
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toContain("Onbekende toets");
  });

  it("pass text and numbers through unchanged", () => {
    expect(toExcelValue("4a")).toBe("4a");
    expect(toExcelValue(1.5)).toBe(1.5);
    expect(toExcelValue("")).toBe("");
  });
});
