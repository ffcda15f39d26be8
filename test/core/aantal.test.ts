import { describe, expect, it } from "vitest";
import { aantal } from "../../src/core/aantal";

describe("a count in words", () => {
  it("takes the singular for one and the plural otherwise", () => {
    expect(aantal(1, "score", "scores")).toBe("1 score");
    expect(aantal(2, "score", "scores")).toBe("2 scores");
    expect(aantal(0, "cel", "cellen")).toBe("0 cellen");
  });
});
