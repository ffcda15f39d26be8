import { describe, expect, it } from "vitest";
import { herkendeNamen, VRAGENLIJSTEN, leesHartEnHanden } from "../../../src/core/school/hartenhanden";

const IEP_NAMEN = VRAGENLIJSTEN.flatMap((i) => [...i.aspecten, ...(i.schoolbeleving ?? [])]);

describe("reading hart en handen", () => {
  it("uses the aspect names of IEP's three questionnaires", () => {
    expect(VRAGENLIJSTEN.map((i) => [i.naam, i.aspecten.length])).toEqual([
      ["Sociaal-emotionele ontwikkeling", 5],
      ["Creatief vermogen", 7],
      ["Leeraanpak", 4],
    ]);
    expect(VRAGENLIJSTEN[0]!.aspecten).toEqual([
      "Zelfmanagement",
      "Sociale vaardigheden",
      "Uiting van gevoelens",
      "Beheersing van gevoelens",
      "Empathisch vermogen",
    ]);
    expect(VRAGENLIJSTEN[2]!.aspecten).toEqual([
      "Doorzettingsvermogen",
      "Plannen",
      "Organiserend vermogen",
      "Prestatiemotivatie",
    ]);
  });

  it("reads a sheet laid out with every one of IEP's names, and says nothing about names", () => {
    const h = leesHartEnHanden([
      ["Leerling", "Leerjaar", ...IEP_NAMEN, "Sociaalwenselijkheid"],
      ["Ada", 6, ...IEP_NAMEN.map((_, i) => 40 + i), 30],
    ])!;
    expect(Object.keys(h.gemiddelden).sort()).toEqual([...IEP_NAMEN].sort());
    expect(h.herkend).toEqual([]);
    expect(herkendeNamen(h)).toBeUndefined();
  });

  it("reads a sheet with the names schools often use, and says which IEP name each was read as", () => {
    const h = leesHartEnHanden([
      [
        "Naam",
        "Groep",
        "Empathie",
        "Uiten van gevoelens",
        "Beheersen van gevoelens",
        "Doorzetten",
        "Organiseren",
        "empatisch vermogen ",
      ],
      ["Bram", "6", 70, 60, 50, 40, 30, 99],
    ])!;
    expect(h.leerlingen[0]!.waarden).toEqual({
      "Empathisch vermogen": 70,
      "Uiting van gevoelens": 60,
      "Beheersing van gevoelens": 50,
      Doorzettingsvermogen: 40,
      "Organiserend vermogen": 30,
    });
    expect(herkendeNamen(h)).toBe(
      "Gelezen onder de naam van IEP: 'Empathie' als Empathisch vermogen, 'Uiten van gevoelens' als Uiting van gevoelens, 'Beheersen van gevoelens' als Beheersing van gevoelens, 'Doorzetten' als Doorzettingsvermogen, 'Organiseren' als Organiserend vermogen.",
    );
  });

  it("ignores case and spacing in IEP's own names without calling them variants", () => {
    const h = leesHartEnHanden([
      ["Leerling", "  zelfmanagement", "SOCIALE VAARDIGHEDEN", "Trots op je werk"],
      ["Ada", 10, 20, 30],
    ])!;
    expect(h.gemiddelden).toEqual({ Zelfmanagement: 10, "Sociale vaardigheden": 20, "Trots op je werk": 30 });
    expect(h.herkend).toEqual([]);
  });
});
