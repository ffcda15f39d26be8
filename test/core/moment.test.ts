import { describe, expect, it } from "vitest";
import { isLvsError } from "../../src/core/errors";
import { halfjaren, momentFromLabel, readCitoMoment, readMoment, toCito } from "../../src/core/moment";

describe("moments", () => {
  it("read IEP labels trimmed and case-insensitively", () => {
    expect(readMoment(" 4A ", "m")).toBe("4a");
    expect(readMoment("8b", "m")).toBe("8b");
  });

  it("read Cito labels M and E as the IEP half years a and b", () => {
    expect(readMoment("M5", "m")).toBe("5a");
    expect(readMoment("e8", "m")).toBe("8b");
  });

  it("refuse B8 outside the Cito tables, saying where it does exist", () => {
    const result = readMoment("B8", "moment");
    expect(isLvsError(result) && result.message).toContain("SIGNALERING");
  });

  it("accept B8 as a Cito moment and translate IEP labels to Cito", () => {
    expect(readCitoMoment("B8", "m")).toBe("B8");
    expect(readCitoMoment("5b", "m")).toBe("E5");
    expect(toCito("3a")).toBe("M3");
  });

  it("refuse labels outside groep 3 to 8", () => {
    for (const bad of ["2a", "9b", "B7", "M9", "", "5", "5c"]) expect(isLvsError(readMoment(bad, "m")), bad).toBe(true);
  });

  it("count half years from the start of groep 3", () => {
    expect(halfjaren("3a")).toBe(1);
    expect(halfjaren("8b")).toBe(12);
  });

  it("read table labels without errors", () => {
    expect(momentFromLabel("M5")).toBe("5a");
    expect(momentFromLabel("B8")).toBeUndefined();
    expect(momentFromLabel(5)).toBeUndefined();
  });
});
