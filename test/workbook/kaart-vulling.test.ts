/**
 * The keys a card template fills (`vulling` in src/data/kwaliteitskaarten.json and the instrument
 * template) against the keys the card data provides (src/core/kaart/gegevens.ts), both ways, on the
 * demo school, where every kind of data is present: a key no data gives stays empty on every card,
 * and a value no card asks for is computed for nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { bestuursgegevens, instrumentGegevens, schoolgegevens, type Gegevens } from "../../src/core/kaart/gegevens";
import { INSTRUMENTEN, instrumentSjabloon, KAARTEN, type Sjabloon } from "../../src/core/kaart/sjabloon";
import { schoolcijfers } from "../../src/core/school/cijfers";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { DEMO_KAART_GROEP, maakDemoWerkmap } from "../../src/workbook/demo";
import { maakNormenblad } from "../../src/workbook/normenblad";
import { groepGegevens, schoolInvoer } from "../../src/workbook/kwaliteitskaart";

/** Where a key is looked up: the card's own fields, the rows of one kind of data, or fixed row labels. */
type Plek = string;

function gevraagd(sjabloon: Sjabloon): Set<string> {
  const sleutels = new Set<string>();
  const voeg = (plek: Plek, vulling: string | undefined) => vulling && sleutels.add(`${plek}:${vulling}`);
  for (const o of sjabloon.onderdelen) {
    if (o.soort === "velden") for (const v of o.velden) voeg("velden", v.vulling);
    if (o.soort === "vragen")
      for (const v of o.vragen) voeg(o.perVaardigheid ? "rijen:vaardigheden" : "velden", v.vulling);
    if (o.soort === "tabel") {
      const plek = typeof o.rijen === "string" ? `rijen:${o.rijen}` : Array.isArray(o.rijen) ? "perLabel" : "leeg";
      for (const k of o.kolommen) voeg(plek, k.vulling);
    }
  }
  return sleutels;
}

function gegeven(g: Gegevens): Set<string> {
  const sleutels = new Set<string>();
  for (const k of Object.keys(g.velden)) sleutels.add(`velden:${k}`);
  for (const [soort, rijen] of Object.entries(g.rijen))
    for (const rij of rijen ?? []) for (const k of Object.keys(rij.velden)) sleutels.add(`rijen:${soort}:${k}`);
  for (const velden of Object.values(g.perLabel ?? {}))
    for (const k of Object.keys(velden)) sleutels.add(`perLabel:${k}`);
  return sleutels;
}

/** The cards that read the same data: instrument cards add their own to the school's figures. */
const bronnen: { naam: string; sjablonen: Sjabloon[]; gegevens: Gegevens[] }[] = [];

beforeAll(async () => {
  const wb = FileWorkbook.create();
  await maakDemoWerkmap(wb);
  await maakNormenblad(wb);
  const datum = "01-12-2026";
  const groep = await groepGegevens(wb, DEMO_KAART_GROEP, "2F/1S", datum);
  if (typeof groep === "string") throw new Error(groep);
  const invoer = await schoolInvoer(wb, "2F/1S", datum);
  const cijfers = schoolcijfers(invoer);
  const school = schoolgegevens(invoer, cijfers);
  const niveau = (n: string) => KAARTEN.filter((k) => k.niveau === n);
  bronnen.push(
    { naam: "groep", sjablonen: niveau("groep"), gegevens: [groep] },
    {
      naam: "school",
      sjablonen: [...niveau("school"), ...INSTRUMENTEN.map(instrumentSjabloon)],
      gegevens: [school, ...INSTRUMENTEN.map((i) => instrumentGegevens(i, school))],
    },
    {
      naam: "bestuur",
      sjablonen: niveau("bestuur"),
      gegevens: [bestuursgegevens([{ naam: "Demo", invoer, cijfers }], datum)],
    },
  );
});

const alle = (gegevens: readonly Gegevens[]) => new Set(gegevens.flatMap((g) => [...gegeven(g)]));

describe("the keys the card templates fill", () => {
  it("cover every card of the data file, each from one kind of data", () => {
    expect(
      bronnen.flatMap((b) => b.sjablonen.map((s) => s.id)).filter((id) => KAARTEN.some((k) => k.id === id)),
    ).toEqual(KAARTEN.map((k) => k.id));
  });

  it("are all given by the card data on the demo school, so no card asks for what nothing gives", () => {
    for (const { sjablonen, gegevens } of bronnen) {
      const er = alle(gegevens);
      for (const s of sjablonen)
        expect(
          [...gevraagd(s)].filter((k) => !er.has(k)),
          s.id,
        ).toEqual([]);
    }
  });

  it("leave no key of the card data unasked, so nothing is computed for no card", () => {
    for (const { naam, sjablonen, gegevens } of bronnen) {
      const gevraagdDoorAlle = new Set(sjablonen.flatMap((s) => [...gevraagd(s)]));
      expect(
        [...alle(gegevens)].filter((k) => !gevraagdDoorAlle.has(k)),
        naam,
      ).toEqual([]);
    }
  });
});
