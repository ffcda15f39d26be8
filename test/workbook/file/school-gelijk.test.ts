/**
 * One school figure, one value: on the demo school, for every norm choice, every sheet and card is
 * made, and every figure that two of them show is compared.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import { DEMO_SCHOOL } from "../../../src/core/demo/school";
import { type Normkeuze } from "../../../src/core/groep/kleurplan";
import { normNaam } from "../../../src/core/normregister";
import { INSTRUMENTEN } from "../../../src/core/kaart/sjabloon";
import { MOMENTEN } from "../../../src/core/moment";
import { defaultNormlijn } from "../../../src/core/normlijn";
import { maakDemoWerkmap } from "../../../src/workbook/demo";
import { FileWorkbook } from "../../../src/workbook/file/file-workbook";
import { maakKaarten } from "../../../src/workbook/kwaliteitskaart";
import { maakSchooloverzichten } from "../../../src/workbook/school";

const NORMEN: readonly Normkeuze[] = ["2F/1S", "1F", "landelijk", "schoolweging", "geen"];

/** A Normen sheet with a landelijk and a schoolweging line (a little under the 2F/1S line), so every norm colours. */
function normenBlad(wb: FileWorkbook) {
  const rijen = [
    ["moment", "landelijk", "schoolweging"],
    ...MOMENTEN.map((m) => [m, defaultNormlijn("2F/1S", m)! - 2, defaultNormlijn("2F/1S", m)! - 5]),
  ];
  return wb.apply([
    { kind: "addSheet", sheet: "Normen" },
    { kind: "cells", sheet: "Normen", row: 0, col: 0, cells: rijen.map((r) => r.map((value) => ({ value }))) },
  ]);
}

type Cellen = CellValue[][];

/** Rows of the card section `sectie`, by their label in column A, as header → value. */
function kaartRijen(cellen: Cellen, sectie: string): Map<string, Record<string, CellValue>> {
  const start = cellen.findIndex((r) => r[0] === sectie);
  // A card writes its Bron column only where a value has a source; an instrument table always has Gemeten.
  const kop = cellen.findIndex((r, i) => i > start && (r.includes("Bron") || r.includes("Gemeten")));
  const uit = new Map<string, Record<string, CellValue>>();
  for (let i = kop + 1; i < cellen.length && cellen[i]?.[0] != null && cellen[i]?.[0] !== ""; i++) {
    uit.set(String(cellen[i]![0]), Object.fromEntries(cellen[kop]!.map((k, j) => [String(k), cellen[i]![j] ?? null])));
  }
  return uit;
}

/** Tables of a school sheet under a title `<vaardigheid><achtervoegsel>`, as vaardigheid → rows of header → value. */
function tabellen(cellen: Cellen, achtervoegsel: string): Map<string, Record<string, CellValue>[]> {
  const uit = new Map<string, Record<string, CellValue>[]>();
  cellen.forEach((r, i) => {
    const titel =
      typeof r[0] === "string" && r[0].endsWith(achtervoegsel) ? r[0].slice(0, -achtervoegsel.length) : undefined;
    if (titel === undefined) return;
    const kop = cellen[i + 1]!.map(String);
    const rijen: Record<string, CellValue>[] = [];
    for (let j = i + 2; j < cellen.length && cellen[j]?.[0] != null && cellen[j]?.[0] !== ""; j++)
      rijen.push(Object.fromEntries(kop.map((k, c) => [k, cellen[j]![c] ?? null])));
    uit.set(titel, rijen);
  });
  return uit;
}

function rijMet(cellen: Cellen, kolom: string, label: CellValue): Record<string, CellValue> | undefined {
  const i = cellen.findIndex((r) => r[0] === label);
  if (i < 0) return undefined;
  let k = i;
  while (k >= 0 && !cellen[k]!.includes(kolom)) k--;
  return Object.fromEntries(cellen[k]!.map((kop, j) => [String(kop), cellen[i]![j] ?? null]));
}

const kleurWoord = (v: CellValue) =>
  typeof v === "string" ? v.replace(/ \(\d+\)$/, "").replace(/^geen kleur$/, "") : "";

describe("every school figure shown in two places", () => {
  for (const norm of NORMEN) {
    it(`is the same on the school sheets, the board sheet and every card, with norm ${norm}`, async () => {
      const wb = FileWorkbook.create();
      await maakDemoWerkmap(wb);
      await normenBlad(wb);
      const overzichten = await maakSchooloverzichten(wb, { norm });
      expect(overzichten.every((o) => o.status === "klaar")).toBe(true);
      const kaarten = await maakKaarten(wb, {
        kaarten: ["ib", "beleid"],
        instrumenten: INSTRUMENTEN.map((i) => i.id),
        norm,
        datum: "01-02-2026",
      });
      expect(kaarten.every((k) => k.status === "gemaakt")).toBe(true);
      const lees = async (naam: string) => (await wb.read({ sheets: [naam] })).sheets[0]!.cellen;
      const [doorsnede, trend, eind, bestuur, ib, beleid, tussen, eindKaart, cito] = await Promise.all(
        [
          "Dwarsdoorsnede",
          "Trendanalyse",
          "Eindresultaten",
          "Bestuursoverzicht",
          "Kwaliteitskaart IB",
          "Kwaliteitskaart beleid",
          "Instrument - Tussenopbrengsten",
          "Instrument - Eindresultaten",
          "Instrument - Cito LOVS",
        ].map(lees),
      );

      // Per leerjaar and vaardigheid: the IB card against the dwarsdoorsnede and the trendanalyse.
      const ibRijen = kaartRijen(ib!, "Resultaten per leerjaar en vaardigheid");
      const perKleur = tabellen(doorsnede!, ": leerlingen per kleur");
      const kleuren = tabellen(trend!, ": kleur en aantal leerlingen");
      let vergeleken = 0;
      for (const [vaardigheid, rijen] of perKleur) {
        for (const d of rijen) {
          const kaart = ibRijen.get(`${vaardigheid}, leerjaar ${d["Leerjaar"]}`)!;
          expect(kaart, `${vaardigheid} ${d["Leerjaar"]}`).toBeDefined();
          expect(kaart["Op of boven de norm"]).toEqual(d["% groen"]);
          expect(kaart["Ambitie"]).toEqual(d["Ambitie"]);
          const t = kleuren.get(vaardigheid)!.find((r) => r["Leerjaar"] === `leerjaar ${d["Leerjaar"]}`);
          const jaren = Object.keys(t ?? {}).slice(1);
          expect(kleurWoord(kaart["Kleur nu"])).toBe(kleurWoord(t?.[jaren.at(-1)!] ?? null));
          expect(kleurWoord(kaart["Kleur zelfde leerjaar vorig jaar"])).toBe(kleurWoord(t?.[jaren.at(-2)!] ?? null));
          vergeleken++;
        }
      }
      expect(vergeleken).toBeGreaterThan(20);

      // The share on the norm: board sheet, board card and the Tussenopbrengsten card.
      const school = rijMet(bestuur!, "School", DEMO_SCHOOL)!;
      const opDeNorm = school[`% op of boven ${normNaam(norm)} (dit jaar)`];
      const beleidSchool = kaartRijen(beleid!, "Tussenopbrengsten per school").get(DEMO_SCHOOL)!;
      expect(beleidSchool["Op of boven de norm"]).toEqual(opDeNorm);
      const tussenGemeten =
        kaartRijen(tussen!, "Indicatoren").get(
          "Aandeel leerlingen op of boven de norm bij de laatste afname (alle leerjaren en vaardigheden)",
        )?.["Gemeten"] ?? null;
      expect(tussenGemeten).toEqual(opDeNorm);
      if (norm === "geen") expect(opDeNorm).toBeNull();
      else expect(opDeNorm).toEqual(expect.any(Number));

      // The ambitie for the chosen norm.
      const ambitie = norm === "1F" || norm === "2F/1S" ? school[`Ambitie ${norm}`] : null;
      expect(beleidSchool["Ambitie"]).toEqual(ambitie);
      for (const rijen of perKleur.values()) for (const d of rijen) expect(d["Ambitie"]).toEqual(ambitie);

      // The end results: the Eindresultaten sheet, the board sheet, the board card and the instrument card.
      const gefilterd = rijMet(eind!, "% 1F", "Gefilterd")!;
      const nietGefilterd = rijMet(eind!, "% 1F", "Niet gefilterd")!;
      expect(school["% 1F (3 jaar, gefilterd)"]).toEqual(gefilterd["% 1F"]);
      expect(school["% 2F/1S (3 jaar, gefilterd)"]).toEqual(gefilterd["% 2F/1S"]);
      const referentie = kaartRijen(beleid!, "Eindresultaten (LVS, leerjaar 8) tegen signaleringswaarde en ambitie");
      for (const niveau of ["1F", "2F/1S"] as const) {
        const rij = referentie.get(`${DEMO_SCHOOL} – ${niveau}`)!;
        expect(rij["Gefilterd"]).toEqual(gefilterd[`% ${niveau}`]);
        expect(rij["Alle leerlingen"]).toEqual(nietGefilterd[`% ${niveau}`]);
        expect(rij["Signaleringswaarde"]).toEqual(gefilterd[`Signaleringswaarde ${niveau}`]);
        expect(rij["Ambitie"]).toEqual(gefilterd[`Ambitie ${niveau}`]);
      }
      const indicatoren = kaartRijen(eindKaart!, "Indicatoren");
      expect(indicatoren.get("Aandeel resultaten op 1F of hoger, drie jaar samen, gefilterd")?.["Gemeten"]).toEqual(
        gefilterd["% 1F"],
      );
      expect(indicatoren.get("Aandeel resultaten op 2F/1S of hoger, drie jaar samen, gefilterd")?.["Gemeten"]).toEqual(
        gefilterd["% 2F/1S"],
      );

      // The Cito indicator: board sheet, board card and the Cito LOVS card.
      const telling = school["Cito: DMT3, DMT4, RW4, RW6, BL6"];
      expect(telling).toMatch(/^\d van 5 voldoende/);
      expect(beleidSchool["Cito-indicator"]).toBe(telling);
      const citoRij = kaartRijen(cito!, "Indicatoren").get(
        "Meetpunten DMT3, DMT4, RW4, RW6 en BL6 op of boven de ondergrens",
      )!;
      expect(citoRij["Gemeten"]).toBe(telling);
      const oordeel = { voldoet: "ja", "voldoet niet": "nee", "nog niet te beoordelen": "nog niet te beoordelen" }[
        String(school["Indicator (minstens 4 van 5)"])
      ];
      expect(citoRij["Voldaan?"]).toBe(oordeel);
    }, 300_000);
  }
});
