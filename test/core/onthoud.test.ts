import { describe, expect, it } from "vitest";
import { onthoud } from "../../src/core/onthoud";

describe("remembering what a label gave", () => {
  it("works a text out once, also a long one that thousands of cells share", () => {
    let keren = 0;
    const lees = onthoud((tekst: string) => {
      keren++;
      return tekst.length;
    });
    const alinea = "een geplakte alinea ".repeat(50_000);
    for (let i = 0; i < 12_000; i++) expect(lees(alinea)).toBe(alinea.length);
    for (let i = 0; i < 100; i++) lees("5b");
    expect(keren).toBe(2);
  });

  it("keeps no more entries and characters than its bounds, and still answers", () => {
    let keren = 0;
    const lees = onthoud(
      (tekst: string) => {
        keren++;
        return tekst.toUpperCase();
      },
      3,
      10,
    );
    for (const t of ["a", "b", "c", "d", "a"]) lees(t);
    expect(keren).toBe(5); // "a" was let go when the fourth label came
    expect(lees("veel te lang voor de grens")).toBe("VEEL TE LANG VOOR DE GRENS");
    expect(lees("veel te lang voor de grens")).toBe("VEEL TE LANG VOOR DE GRENS");
    expect(keren).toBe(7); // longer than the bound: worked out each time, never kept
  });
});
