import { describe, expect, it } from "vitest";
import { readNorm } from "../../src/core/norm";
import { normlijn, verwachteGroei } from "../../src/core/normlijn";
import { leesNormtabel } from "../../src/core/normtabel";

describe("reading a norm name", () => {
  it("recognises the known norms in every spelling users write", () => {
    expect(readNorm("Ontwikkellijn 2F/1S").basis).toBe("2F/1S");
    expect(readNorm("1s").basis).toBe("2F/1S");
    expect(readNorm("Landelijk gemiddelde").basis).toBe("landelijk");
  });

  it("splits off the vaardigheid after the norm", () => {
    expect(readNorm("landelijk gemiddelde begrijpend lezen")).toMatchObject({
      basis: "landelijk",
      vaardigheid: "begrijpend lezen",
    });
    expect(readNorm("2F rekenen")).toMatchObject({ basis: "2F/1S", vaardigheid: "rekenen" });
  });

  it("keeps any other header as a norm of the school's own", () => {
    expect(readNorm("Ambitie school")).toMatchObject({ basis: undefined, label: "Ambitie school" });
  });
});

describe("normlijn", () => {
  it("prefers the school's table over the indicatieve default line", () => {
    const tabel = leesNormtabel([
      ["", "2F/1S"],
      ["5a", 44],
    ]);
    expect(normlijn(readNorm("2F/1S"), "5a")).toBe(40);
    expect(normlijn(readNorm("2F/1S"), "5a", tabel)).toBe(44);
  });

  it("treats a table cell without a number as no value, not as zero", () => {
    const tabel = leesNormtabel([
      ["", "landelijk"],
      ["5a", "n.v.t."],
      ["5b", { cellError: "#N/A" }],
    ]);
    expect(normlijn(readNorm("landelijk"), "5a", tabel)).toMatchObject({ error: "#N/A" });
    expect(normlijn(readNorm("landelijk"), "5b", tabel)).toMatchObject({ error: "#N/A" });
  });

  it("uses the first of two columns with the same norm, as a lookup would", () => {
    const tabel = leesNormtabel([
      ["", "landelijk", "Landelijk"],
      ["5a", 40, 99],
    ]);
    expect(normlijn(readNorm("landelijk"), "5a", tabel)).toBe(40);
  });
});

describe("verwachte groei", () => {
  it("is the rise of the indicatieve 2F/1S line without a table", () => {
    expect(verwachteGroei("3a", "3b")).toBe(8);
    expect(verwachteGroei("6b", "8b")).toBe(16);
  });

  it("falls back to the default when the table's landelijk line misses a moment", () => {
    const tabel = leesNormtabel([
      ["", "landelijk"],
      ["5a", 41],
    ]);
    expect(verwachteGroei("5a", "5b", tabel)).toBe(8);
  });
});
