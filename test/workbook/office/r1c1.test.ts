import { describe, expect, it } from "vitest";
import { naarR1C1 } from "../../../src/workbook/office/r1c1";

describe("formulas in R1C1 notation", () => {
  it("make references relative to the cell, keep absolute ones, and leave texts and sheet names alone", () => {
    expect(naarR1C1('=IF(ISNUMBER(D2),D2>=H2,"D2")', 1, 8)).toBe('=IF(ISNUMBER(RC[-5]),RC[-5]>=RC[-1],"D2")');
    expect(naarR1C1("=INDEX('LVS-normen'!$B$5:$Y$16,MATCH(\"5b\",'LVS-normen'!$A$5:$A$16,0),1)", 3, 2)).toBe(
      "=INDEX('LVS-normen'!R5C2:R16C25,MATCH(\"5b\",'LVS-normen'!R5C1:R16C1,0),1)",
    );
    expect(naarR1C1('=UNICHAR(160)&E3&"say ""A1"""', 3, 4)).toBe('=UNICHAR(160)&R[-1]C&"say ""A1"""');
  });

  it("give two rows of a helper column the same formula when they compute the same from their own row", () => {
    expect(naarR1C1('=IF(C2>0,D2,"")', 1, 9)).toBe(naarR1C1('=IF(C31>0,D31,"")', 30, 9));
  });
});
