import { describe, expect, it } from "vitest";
import {
  leerrendement,
  leerrendementSignaal,
  LR_HAALBAAR,
  LR_NIET_HAALBAAR,
  LR_ONDER_GROEP_6,
} from "../../src/core/leerrendement";

describe("leerrendement", () => {
  it("divides DLE by DL and refuses a DL of 0 with #DIV/0!", () => {
    expect(leerrendement(50, 60)).toBeCloseTo(0.8333, 4);
    expect(leerrendement(50, 0)).toMatchObject({ error: "#DIV/0!" });
  });

  it("counts a pupil exactly at a kengetal's level as reaching it", () => {
    expect(leerrendementSignaal(50 / 60, false)).toBe(LR_HAALBAAR);
    expect(leerrendementSignaal(40 / 60, false)).toBe(LR_NIET_HAALBAAR);
    expect(leerrendementSignaal(50 / 70, true)).toBe(LR_HAALBAAR);
    expect(leerrendementSignaal(40 / 70, true)).toBe(LR_NIET_HAALBAAR);
  });

  it("counts an LR of exactly the printed kengetal as reaching it", () => {
    expect(leerrendementSignaal(0.83, false)).toBe(LR_HAALBAAR);
    expect(leerrendementSignaal(0.71, true)).toBe(LR_HAALBAAR);
    expect(leerrendementSignaal(0.57, true)).toBe(LR_NIET_HAALBAAR);
  });

  it("places an LR below both bounds under the end level of groep 6", () => {
    expect(leerrendementSignaal(0.66, false)).toBe(LR_ONDER_GROEP_6);
    expect(leerrendementSignaal(0.56, true)).toBe(LR_ONDER_GROEP_6);
  });
});
