import { describe, expect, it } from "vitest";
import type { Grafiek } from "../../src/core/grafiek";
import { KLEUR_OPMAAK } from "../../src/core/kleur";
import { maakDemoAnalyse, maakDemoWerkmap } from "../../src/workbook/demo";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";
import { Weergave } from "../../src/taskpane/blad-opmaak";
import { Geopend } from "../../src/taskpane/bestandsmodus";
import { labelsVan, tekenGrafiek, waardenVan } from "../../src/taskpane/grafiek-tekening";

/** Every chart the demo's analysis places, with the cells of its sheet. */
async function demoGrafieken(): Promise<
  { blad: string; grafiek: Grafiek; cellen: Awaited<ReturnType<FileWorkbook["read"]>>["sheets"][number] }[]
> {
  const weergave = new Weergave();
  const wb = FileWorkbook.create();
  const geopend = new Geopend(wb, "demo", weergave);
  await maakDemoWerkmap(geopend);
  await maakDemoAnalyse(geopend, "23-11-2026");
  const namen = await wb.sheetNames();
  const { sheets } = await wb.read({ sheets: namen });
  return namen.flatMap((blad, i) =>
    weergave.blad(blad).grafieken.map((grafiek) => ({ blad, grafiek, cellen: sheets[i] })),
  );
}

const alle = await demoGrafieken();

describe("the charts drawn in the browser from the specs the workbook adapters use", () => {
  it("cover every kind the add-in makes: voortgang, spreiding, dwarsdoorsnede, trend or end results, and spider charts", () => {
    expect(new Set(alle.map((g) => g.grafiek.type))).toEqual(new Set(["line", "scatter", "barStacked", "radar"]));
    expect(alle.some((g) => g.blad.startsWith("Groepsoverzicht"))).toBe(true);
    expect(alle.some((g) => g.blad.startsWith("Hart en handen –"))).toBe(true);
  });

  it("draw every series with exactly the numbers its cells hold, in order, and name it as the spec does", () => {
    for (const { blad, grafiek, cellen } of alle) {
      const t = tekenGrafiek(grafiek, cellen!.cellen, 480, 300);
      expect(
        t.reeksen.map((r) => r.naam),
        `${blad}: ${grafiek.title}`,
      ).toEqual(grafiek.series.map((s) => s.name));
      grafiek.series.forEach((s, i) => {
        const getekend = [...t.reeksen[i]!.staven, ...t.reeksen[i]!.punten].map((p) => p.waarde);
        expect(getekend, `${blad}: ${grafiek.title} / ${s.name}`).toEqual(
          waardenVan(cellen!.cellen, s.values).filter((v) => v !== undefined),
        );
        expect(getekend.length, `${blad}: ${grafiek.title} / ${s.name}`).toBeGreaterThan(0);
      });
    }
  });

  it("keep every point and bar inside the chart's own area", () => {
    for (const { grafiek, cellen } of alle) {
      const t = tekenGrafiek(grafiek, cellen!.cellen, 480, 300);
      for (const r of t.reeksen) {
        for (const p of r.punten) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(480);
          expect(p.y).toBeGreaterThanOrEqual(t.vlak.y - 0.5);
          expect(p.y).toBeLessThanOrEqual(t.vlak.y + t.vlak.hoogte + 0.5);
        }
        for (const s of r.staven) expect(s.y + s.hoogte).toBeLessThanOrEqual(t.vlak.y + t.vlak.hoogte + 0.5);
      }
    }
  });

  it("stack the dwarsdoorsnede's shares to the whole group, in the colours of the colour words, with the ambitie as a line", () => {
    const dwars = alle.find((g) => g.grafiek.type === "barStacked")!;
    const t = tekenGrafiek(dwars.grafiek, dwars.cellen!.cellen, 480, 300);
    const donkergroen = t.reeksen.find((r) => r.naam === "donkergroen")!;
    expect(donkergroen.kleur).toBe(KLEUR_OPMAAK.donkergroen.achtergrond);
    // Each category's bars stand on one another: the top of one is the bottom of the next.
    const [eerste, tweede] = t.reeksen.filter((r) => r.staven.length > 0);
    expect(tweede!.staven[0]!.y + tweede!.staven[0]!.hoogte).toBeCloseTo(eerste!.staven[0]!.y, 5);
    // With yMax 1 (100%) a full stack reaches the top of the plot.
    const eerste3 = t.categorieLabels[0]!.tekst; // "leerjaar 3"
    const top = Math.min(...t.reeksen.flatMap((r) => r.staven.filter((s) => s.categorie === eerste3).map((s) => s.y)));
    expect(top).toBeCloseTo(t.vlak.y, 0);
    const ambitie = t.reeksen.find((r) => r.naam === "ambitie");
    if (ambitie) expect(ambitie).toMatchObject({ referentie: true, staven: [] });
  });

  it("put the voortgang's moments along the axis from left to right as the spec's categories", () => {
    const voortgang = alle.find((g) => g.grafiek.title === "Voortgang van de groep")!;
    const t = tekenGrafiek(voortgang.grafiek, voortgang.cellen!.cellen, 480, 300);
    expect(t.categorieLabels.map((l) => l.tekst)).toEqual(
      labelsVan(voortgang.cellen!.cellen, voortgang.grafiek.categories),
    );
    const xs = t.categorieLabels.map((l) => l.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("draw a spider chart with one spoke per aspect, higher values further out", () => {
    const spin = alle.find((g) => g.grafiek.type === "radar")!;
    const t = tekenGrafiek(spin.grafiek, spin.cellen!.cellen, 300, 300);
    const aspecten = labelsVan(spin.cellen!.cellen, spin.grafiek.categories);
    expect(t.categorieLabels).toHaveLength(aspecten.length);
    const midden = { x: 150, y: t.vlak.y + t.vlak.hoogte / 2 };
    const afstand = t.reeksen[0]!.punten.map((p) => ({
      waarde: p.waarde,
      r: Math.hypot(p.x - midden.x, p.y - midden.y),
    }));
    const gesorteerd = [...afstand].sort((a, b) => a.waarde - b.waarde);
    for (let i = 1; i < gesorteerd.length; i++)
      expect(gesorteerd[i]!.r).toBeGreaterThanOrEqual(gesorteerd[i - 1]!.r - 1e-6);
  });
});
