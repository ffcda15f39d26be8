import { describe, expect, it } from "vitest";
import { bepaalVermogens, vermogensTekst } from "../../src/taskpane/vermogens";

const excel = (sets: Record<string, string>) => (set: string, versie: string) => {
  const heeft = sets[set];
  return heeft !== undefined && Number(heeft.split(".")[1]) >= Number(versie.split(".")[1]);
};

describe("what this Excel can do", () => {
  it("finds everything in a current Microsoft 365 and says nothing", () => {
    const v = bepaalVermogens(excel({ ExcelApi: "1.20", CustomFunctionsRuntime: "1.4", SharedRuntime: "1.1" }));
    expect(v).toEqual({ acties: true, functies: true, ongedaanInEen: true });
    expect(vermogensTekst(v)).toEqual([]);
  });

  it("says the buttons need an updated Excel, while the steps still work, where ExcelApi 1.9 is missing", () => {
    const v = bepaalVermogens(excel({ ExcelApi: "1.2" }));
    expect(v).toEqual({ acties: false, functies: false, ongedaanInEen: false });
    const tekst = vermogensTekst(v).join(" ");
    expect(tekst).toMatch(/mist wat de knoppen nodig hebben/);
    // Excel 2019 never sees the add-in (the manifest asks for the shared runtime): no advice to use it.
    expect(tekst).not.toMatch(/2019/);
    expect(tekst).toMatch(/=LVS\.NIVEAU en de andere functies werken hier niet/);
    expect(tekst).toMatch(/stappenplan/);
  });

  it("explains undo step by step where an action cannot be one undo step", () => {
    const tekst = vermogensTekst(
      bepaalVermogens(excel({ ExcelApi: "1.17", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" })),
    );
    expect(tekst).toEqual([expect.stringMatching(/Ongedaan maken/)]);
  });

  it("treats a check that fails as not supported, never as an error", () => {
    const v = bepaalVermogens(() => {
      throw new Error("requirements not loaded");
    });
    expect(v.acties).toBe(false);
  });
});
