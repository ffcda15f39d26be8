import { describe, expect, it } from "vitest";
import { bestandsformule } from "../../../src/workbook/file/bestandsformule";

describe("formulas as a file stores them", () => {
  it("prefix the functions Excel added after 2007, and leave texts and sheet names alone", () => {
    expect(bestandsformule('=IFNA(NUMBERVALUE(SUBSTITUTE(A1,UNICHAR(160),""),".",","),"IFNA(")')).toBe(
      '_xlfn.IFNA(_xlfn.NUMBERVALUE(SUBSTITUTE(A1,_xlfn.UNICHAR(160),""),".",","),"IFNA(")',
    );
    expect(bestandsformule("=INDEX('IFNA(x'!$A$1:$B$2,1,1)+QUARTILE.INC(A1:A9,1)")).toBe(
      "INDEX('IFNA(x'!$A$1:$B$2,1,1)+_xlfn.QUARTILE.INC(A1:A9,1)",
    );
    expect(bestandsformule("=IF(A1>0,1,0)")).toBe("IF(A1>0,1,0)");
  });
});
