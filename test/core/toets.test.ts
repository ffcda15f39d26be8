import { describe, expect, it } from "vitest";
import { isLvsError } from "../../src/core/errors";
import { readToets } from "../../src/core/toets";

describe("toetsen", () => {
  it("know the lowest, threshold and highest score of each half-year toets", () => {
    expect(readToets("4a")).toMatchObject({ soort: "halfjaar", laagste: 20, drempelwaarde: 24, hoogste: 27 });
    expect(readToets("6B")).toMatchObject({ soort: "halfjaar", laagste: 60, drempelwaarde: 64, hoogste: 67 });
  });

  it("echo reference levels in canonical spelling, with 1S/2F as an alias of 2F/1S", () => {
    expect(readToets("2f")).toMatchObject({ label: "2F" });
    expect(readToets("1s")).toMatchObject({ label: "1S" });
    expect(readToets("1S/2F")).toMatchObject({ label: "2F/1S" });
  });

  it("read span toetsen with any dash and spacing", () => {
    expect(readToets("1F – 2F")).toMatchObject({ label: "1F-2F" });
    expect(readToets("<1f-1f")).toMatchObject({ label: "<1F-1F" });
  });

  it("refuse unknown toetsen with a message listing the allowed ones", () => {
    const result = readToets("7a");
    expect(isLvsError(result) && result.message).toContain("3a t/m 6b");
  });
});
