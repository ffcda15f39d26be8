import { describe, expect, it } from "vitest";
import {
  CODE_ORANJE,
  CODE_ROOD,
  citoSignalering,
  ONDER_SIGNALERINGSWAARDE,
  readSignaleringsnorm,
  signalering1F,
  signalering2F1S,
  VOLDOENDE,
} from "../../src/core/signalering";

describe("signalering on the board's Cito tables", () => {
  it("chooses the column by the share of gewogen leerlingen, 15% belonging to the upper column", () => {
    expect(citoSignalering("BL", 22, "M5", 0.14)).toBe(CODE_ORANJE);
    expect(citoSignalering("BL", 22, "M5", 0.15)).toBe(VOLDOENDE);
  });

  it("calls a mean below midden niveau IV code rood", () => {
    expect(citoSignalering("RW3", 155.9, "M4", 0.2)).toBe(CODE_ROOD);
    expect(citoSignalering("RW3", 156, "M4", 0.2)).toBe(CODE_ORANJE);
  });

  it("uses only voldoende and onder signaleringswaarde for DMT and spelling", () => {
    expect(citoSignalering("DMT", 10, "M3", undefined)).toBe(ONDER_SIGNALERINGSWAARDE);
    expect(citoSignalering("SP3", 400, "E6", undefined)).toBe(VOLDOENDE);
  });

  it("names the table and moment when a cell is empty", () => {
    const result = citoSignalering("BL3", 100, "M7", 0.1);
    expect(result).toMatchObject({ error: "#N/A" });
    expect((result as { message: string }).message).toContain("M7");
  });
});

describe("signalering for the inspectie", () => {
  it("holds 1F to 85% for every school", () => {
    expect(signalering1F(0.85)).toBe(VOLDOENDE);
    expect(signalering1F(0.8499)).toBe(ONDER_SIGNALERINGSWAARDE);
  });

  it("asks for the school's own 2F/1S value and says where to find it", () => {
    const result = signalering2F1S(0.6, undefined);
    expect(result).toMatchObject({ error: "#N/A" });
    expect((result as { message: string }).message).toContain("inspectie");
  });
});

describe("signaleringsnorm names", () => {
  it("accept 2F, 1S and 1S/2F as 2F/1S and the 3.0 spelling of the Cito tables", () => {
    expect(readSignaleringsnorm("1S/2F")).toBe("2F/1S");
    expect(readSignaleringsnorm("rw 3.0")).toBe("RW3");
    expect(readSignaleringsnorm("TL")).toBeUndefined();
  });
});
