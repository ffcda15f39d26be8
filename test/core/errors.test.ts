import { describe, expect, it } from "vitest";
import { ERROR_CODES, fout, quote } from "../../src/core/errors";

describe("the error catalogue", () => {
  it("gives every error a Dutch message and an Excel error value", () => {
    const params = {
      naam: "ontwikkelscore",
      waarde: "x",
      ontwikkelscore: 30,
      toets: "4a",
      hoogste: 27,
      vorig: "4a",
      huidig: "4a",
      moment: "5a",
      norm: "BL",
      tabel: "BL3",
      categorie: "",
      eerste: "1 x 2",
      ander: "2 x 1",
      functie: "LVS.NIVEAU",
      max: 2,
      leerjaar: 6,
      fout: "#N/A",
    };
    for (const code of ERROR_CODES) {
      const error = fout(code, params as never);
      expect(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"]).toContain(error.error);
      expect(error.message, code).toMatch(/[a-z]/);
      expect(error.message, code).not.toMatch(/undefined|\[object/);
    }
  });

  it("cuts long input short when quoting it", () => {
    expect(quote("x".repeat(10_000)).length).toBeLessThan(40);
  });
});
