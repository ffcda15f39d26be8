/** The command line as data: one list of options per script, one reader with Dutch messages. */
import { describe, expect, it } from "vitest";
import { leesArgumenten, OVERSCHRIJF, type Optie } from "../../../scripts/lib/argumenten";
import { CliFout } from "../../../scripts/lib/fout";

const OPTIES: readonly Optie[] = [
  { naam: "--norm", soort: "waarde", voorbeeld: "2F/1S" },
  { naam: "--json", soort: "vlagOfWaarde" },
  { naam: "--overzicht", soort: "vlag" },
  OVERSCHRIJF,
];
const GEBRUIK = "Gebruik: npm run analyse -- IN.xlsx UIT.xlsx";
const lees = (...args: string[]) => leesArgumenten(args, OPTIES, GEBRUIK);

function fout(f: () => unknown): CliFout {
  try {
    f();
  } catch (e) {
    if (e instanceof CliFout) return e;
  }
  throw new Error("geen CliFout");
}

describe("leesArgumenten", () => {
  it("separates files from options, in any order, with values after a space or an equals sign", () => {
    const a = lees("--norm", "1F", "in.xlsx", "--json=k.json", "uit.xlsx", "--overschrijf");
    expect(a.bestanden).toEqual(["in.xlsx", "uit.xlsx"]);
    expect(a.waarde("--norm")).toBe("1F");
    expect(a.waarde("--json")).toBe("k.json");
    expect(a.vlag("--overschrijf")).toBe(true);
    expect(a.vlag("--overzicht")).toBe(false);
    expect(lees("--norm=geen").waarde("--norm")).toBe("geen");
    expect(lees("--json").waarde("--json")).toBe(true);
  });

  it("takes a new option as one more line in the list", () => {
    const a = leesArgumenten(
      ["in.xlsx", "uit.xlsx", "--leerlingkaarten"],
      [...OPTIES, { naam: "--leerlingkaarten", soort: "vlag" }],
      GEBRUIK,
    );
    expect(a.vlag("--leerlingkaarten")).toBe(true);
  });

  it("refuses an unknown option, a missing value and a value on a flag in Dutch, with the usage line and exit code 2", () => {
    const onbekend = fout(() => lees("in.xlsx", "--kleur"));
    expect(onbekend.message).toBe(`Onbekende optie --kleur.\n${GEBRUIK}`);
    expect(onbekend.code).toBe(2);
    expect(fout(() => lees("--norm")).message).toContain("Bij --norm hoort een waarde, bijvoorbeeld --norm 2F/1S.");
    expect(fout(() => lees("--norm", "--json")).message).toContain("Bij --norm hoort een waarde");
    expect(fout(() => lees("--overschrijf=ja")).message).toContain("Bij --overschrijf hoort geen waarde");
  });
});
