import { describe, expect, it } from "vitest";
import {
  eigenInstrument,
  instrumentSjabloon,
  INSTRUMENTEN,
  KAARTEN,
  type Sjabloon,
} from "../../../src/core/kaart/sjabloon";
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
      ...(o.soort === "tabel"
        ? [...o.kolommen.map((k) => k.kop), ...(Array.isArray(o.rijen) ? (o.rijen as string[]) : [])]
        : []),
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
    for (const stap of [
      "Stap 1 – Wat de gegevens laten zien",
      "Stap 2 – De antwoorden naast elkaar",
      "Stap 3 – Oorzaken zoeken",
      "Stap 4 – Aan de slag",
    ]) {
      expect(
        titels.some((t) => t.startsWith(stap)),
        stap,
      ).toBe(true);
    }
  });

  it("give every instrument the five parts of the handbook, on a sheet name Excel accepts", () => {
    for (const instrument of [...INSTRUMENTEN, eigenInstrument("Sociale veiligheid")]) {
      const s = instrumentSjabloon(instrument);
      expect(s.blad.length, s.blad).toBeLessThanOrEqual(31);
      expect(s.blad).toMatch(/^Instrument - /);
      expect(s.onderdelen.map((o) => o.titel).slice(1)).toEqual([
        "Standaard",
        "Indicatoren",
        "Ambitie",
        "PDCA-cyclus",
        "Werkafspraken",
      ]);
    }
  });

  it("only measure what the workbook can measure", () => {
    const bekend = [
      "tussen.aandeelGroen",
      "tussen.meerderheidBlauw",
      "eind.1F",
      "eind.2F1S",
      "eind.ambitie1F",
      "eind.ambitie2F1S",
      "cito.indicator",
      "cito.codes",
      "hh.voorzichtig",
      "lr.83",
      "lr.67",
      "lr.71",
      "lr.57",
      "lr.lwooPro",
    ];
    for (const i of INSTRUMENTEN)
      for (const ind of [...i.indicatoren, ...i.ambitie])
        if (ind.meting) expect(bekend, `${i.id}: ${ind.tekst}`).toContain(ind.meting);
  });

  it("hold the handbook's numbers, and no ambitie the handbook does not state", () => {
    const van = (id: string) => INSTRUMENTEN.find((i) => i.id === id)!;
    const grenzen = (id: string, deel: "indicatoren" | "ambitie") => van(id)[deel].map((i) => i.grens);
    // Derde leerjaar VO: 80% as indicator, 85% as ambitie.
    expect(grenzen("uitstroom-vo", "indicatoren")).toEqual(["80%"]);
    expect(grenzen("uitstroom-vo", "ambitie")).toContain("85%");
    // OPP: 80% reach their tussendoelen; the leerrendement kengetallen, also after a doublure.
    expect(grenzen("eigen-leerlijn", "ambitie")).toEqual(["80%"]);
    expect(grenzen("eigen-leerlijn", "indicatoren")).toEqual(
      expect.arrayContaining(["LR 83%", "LR 67%", "LR 71%", "LR 57%", "LR 67% / LA 0,33"]),
    );
    // Cito LOVS: the board-level indicators and the ambitie on the Cito levels.
    expect(grenzen("cito", "indicatoren")).toEqual(
      expect.arrayContaining(["ten minste 4 van 5", "minstens 5", "niveau III", "4 of meer"]),
    );
    expect(grenzen("cito", "ambitie")).toEqual([
      "hoog in niveau III of laag in niveau II",
      "elk hoogstens 20%",
      "minstens 20%",
    ]);
    expect(grenzen("eindresultaten", "ambitie")).toContain("80% van de scholen");
    // The handbook states no ambitie for these; the card leaves the row for the school's own.
    expect(van("tussenopbrengsten").ambitie).toEqual([]);
    expect(van("hart-en-handen").ambitie).toEqual([]);
    expect(INSTRUMENTEN.flatMap((i) => i.ambitie.map((a) => a.tekst)).join(" ")).not.toMatch(/donkergroen|alle vijf/i);
  });

  it("are written in our own words: no run of five words of a seed appears in them", () => {
    const alle = [...KAARTEN, ...INSTRUMENTEN.map(instrumentSjabloon)].flatMap(teksten);
    expect(alle.length).toBeGreaterThan(200);
    expect(alle.flatMap(gedeeldeWoordrijen)).toEqual([]);
  });
});
