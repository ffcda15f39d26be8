import { describe, expect, it } from "vitest";
import { KLEUR_OPMAAK, KLEUREN, type Kleur } from "../../src/core/kleur";
import { ciede2000, contrast, grijswaarde, kleurverschil } from "./kleurmaat";

const paren = KLEUREN.flatMap((a, i) => KLEUREN.slice(i + 1).map((b) => [a, b] as const));

describe("the colours of the add-in", () => {
  it("measures CIEDE2000 as the reference data of Sharma, Wu and Dalal gives it", () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
    expect(ciede2000([22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619])).toBeCloseTo(2.0373, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it.each(paren)("tell %s and %s apart: at least 10 apart in CIEDE2000", (a, b) => {
    expect(kleurverschil(KLEUR_OPMAAK[a].achtergrond, KLEUR_OPMAAK[b].achtergrond)).toBeGreaterThanOrEqual(10);
  });

  it.each([...KLEUREN])("put text on %s with at least the WCAG AA contrast of 4.5", (k) => {
    expect(contrast(KLEUR_OPMAAK[k].achtergrond, KLEUR_OPMAAK[k].tekst)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ["donkergroen", "donkerblauw"],
    ["lichtgroen", "lichtblauw"],
    ["groen", "blauw"],
  ] as const)(
    "print %s clearly lighter than %s in greyscale, so above and below the norm stay apart",
    (boven, onder) => {
      expect(
        grijswaarde(KLEUR_OPMAAK[boven].achtergrond) - grijswaarde(KLEUR_OPMAAK[onder].achtergrond),
      ).toBeGreaterThanOrEqual(10);
    },
  );

  it("prints dark growth darker than light growth in greyscale, for green and for blue", () => {
    const l = (k: Kleur) => grijswaarde(KLEUR_OPMAAK[k].achtergrond);
    expect(l("lichtgroen") - l("donkergroen")).toBeGreaterThanOrEqual(10);
    expect(l("lichtblauw") - l("donkerblauw")).toBeGreaterThanOrEqual(10);
    expect(l("licht") - l("donker")).toBeGreaterThanOrEqual(10);
  });
});
