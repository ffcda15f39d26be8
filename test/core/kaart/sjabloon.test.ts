import { describe, expect, it } from "vitest";
import { eigenInstrument, instrumentSjabloon, INSTRUMENTEN, KAARTEN, type Sjabloon } from "../../../src/core/kaart/sjabloon";
import { gedeeldeWoordrijen } from "../../fixtures/eigen-woorden";

function teksten(s: Sjabloon): string[] {
  return [
    s.titel,
    s.uitleg,
    ...s.onderdelen.flatMap((o) => [
      o.titel,
      ...("uitleg" in o && o.uitleg ? [o.uitleg] : []),
      ...(o.soort === "vragen" ? o.vragen.map((v) => v.vraag) : []),
      ...(o.soort === "velden" ? o.velden.map((v) => v.label) : []),
      ...(o.soort === "tabel" ? [...o.kolommen.map((k) => k.kop), ...(Array.isArray(o.rijen) ? (o.rijen as string[]) : [])] : []),
      ...(o.soort === "lijst" ? o.regels : []),
    ]),
  ];
}

describe("the card templates", () => {
  it("are the three kwaliteitskaarten and the groepsanalyse, on the sheets users look for", () => {
    expect(KAARTEN.map((k) => [k.id, k.blad, k.niveau])).toEqual([
      ["leerkracht", "Kwaliteitskaart leerkracht", "groep"],
      ["groepsanalyse", "Groepsanalyse", "groep"],
      ["ib", "Kwaliteitskaart IB", "school"],
      ["beleid", "Kwaliteitskaart beleid", "bestuur"],
    ]);
  });

  it("follow the four steps of the groepsanalyse", () => {
    const titels = KAARTEN.find((k) => k.id === "groepsanalyse")!.onderdelen.map((o) => o.titel);
    for (const stap of ["Stap 1 – Wat de gegevens laten zien", "Stap 2 – De antwoorden naast elkaar", "Stap 3 – Oorzaken zoeken", "Stap 4 – Aan de slag"]) {
      expect(titels.some((t) => t.startsWith(stap)), stap).toBe(true);
    }
  });

  it("give every instrument the five parts of the handbook, on a sheet name Excel accepts", () => {
    for (const instrument of [...INSTRUMENTEN, eigenInstrument("Sociale veiligheid")]) {
      const s = instrumentSjabloon(instrument);
      expect(s.blad.length, s.blad).toBeLessThanOrEqual(31);
      expect(s.blad).toMatch(/^Instrument - /);
      expect(s.onderdelen.map((o) => o.titel).slice(1)).toEqual(["Standaard", "Indicatoren", "Ambitie", "PDCA-cyclus", "Werkafspraken"]);
    }
  });

  it("only measure what the workbook can measure", () => {
    const bekend = ["tussen.aandeelGroen", "tussen.meerderheidBlauw", "tussen.aandeelDonkergroen", "eind.1F", "eind.2F1S", "eind.ambitie1F", "eind.ambitie2F1S", "cito.indicator", "cito.codes", "cito.alle", "hh.voorzichtig"];
    for (const i of INSTRUMENTEN) for (const ind of [...i.indicatoren, ...i.ambitie]) if (ind.meting) expect(bekend, `${i.id}: ${ind.tekst}`).toContain(ind.meting);
  });

  it("are written in our own words: no run of five words of a seed appears in them", () => {
    const alle = [...KAARTEN, ...INSTRUMENTEN.map(instrumentSjabloon)].flatMap(teksten);
    expect(alle.length).toBeGreaterThan(200);
    expect(alle.flatMap(gedeeldeWoordrijen)).toEqual([]);
  });
});
