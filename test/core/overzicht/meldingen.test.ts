import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { meldingenPerSoort, type Leesmelding } from "../../../src/core/overzicht/metingen";

const SOORTEN = ["tekstgetal", "bovenBereik", "getypt", "onwaarschijnlijk"] as const;
const melding = fc.record({
  soort: fc.constantFrom(...SOORTEN),
  cel: fc.record({ rij: fc.nat(1000), kolom: fc.nat(50) }),
  inhoud: fc.string({ maxLength: 5 }),
});

describe("messages grouped per kind", () => {
  it("keeps every message once, in its own order within its kind, kinds in the order they first occur", () => {
    fc.assert(
      fc.property(fc.array(melding, { maxLength: 60 }), (meldingen: Leesmelding[]) => {
        const perSoort = meldingenPerSoort(meldingen);
        expect([...perSoort.keys()]).toEqual([...new Set(meldingen.map((m) => m.soort))]);
        for (const [soort, lijst] of perSoort) expect(lijst).toEqual(meldingen.filter((m) => m.soort === soort));
      }),
    );
  });

  it("takes the messages of a whole school's sheet, one per pupil, in one go", () => {
    const veel: Leesmelding[] = Array.from({ length: 200_000 }, (_, rij) => ({
      soort: "bovenBereik",
      cel: { rij, kolom: 2 },
      inhoud: "60 (boven bereik 5b)",
    }));
    const lijst = meldingenPerSoort(veel).get("bovenBereik")!;
    expect(lijst).toHaveLength(200_000);
    expect(lijst[199_999]!.cel.rij).toBe(199_999);
  });
});
