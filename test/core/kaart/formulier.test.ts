import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/core/cell";
import {
  BRON_KOLOM,
  knipTekst,
  maakFormulier,
  tabelNaam,
  zoekPlek,
  type Formulier,
} from "../../../src/core/kaart/formulier";
import type { DataRij, Gegevens } from "../../../src/core/kaart/gegevens";
import { instrumentGegevens } from "../../../src/core/kaart/gegevens";
import { eigenInstrument, instrumentSjabloon, INSTRUMENTEN, KAARTEN, KEUZES } from "../../../src/core/kaart/sjabloon";

const rij = (label: string, velden: Record<string, string>): DataRij => ({
  label,
  velden: Object.fromEntries(Object.entries(velden).map(([k, waarde]) => [k, { waarde, bron: `bron van ${label}` }])),
});

const gegevens: Gegevens = {
  velden: {
    "school.naam": { waarde: "De Kleine Kaart", bron: "instellingen" },
    vandaag: { waarde: "01-02-2026", bron: "vandaag" },
  },
  rijen: {
    vaardigheden: [
      rij("rekenen", {
        vaardigheid: "rekenen",
        "vaardigheid.normpositie": "onder de norm",
        "vaardigheid.groeiTekst": "weinig",
      }),
      rij("lezen", { "vaardigheid.normpositie": "boven de norm" }),
    ],
    leerjaren: [rij("rekenen, leerjaar 5", { "leerjaar.kleurNu": "blauw" })],
    referentieniveaus: [rij("De Kleine Kaart – 1F", { "eind.boven": "nee" })],
    scholen: [rij("De Kleine Kaart", { "school.cito": "4 van 5" })],
  },
};

const alleSjablonen = [
  ...KAARTEN,
  ...INSTRUMENTEN.map(instrumentSjabloon),
  instrumentSjabloon(eigenInstrument("Veiligheid")),
];

function grid(f: Formulier): CellValue[][] {
  return f.cellen.map((r) => Array.from({ length: 7 }, (_, c) => r[c]?.waarde ?? null));
}

describe("a card laid out as a form", () => {
  it("has unique section titles, so each part can be found again", () => {
    for (const s of alleSjablonen) {
      const f = maakFormulier(s, gegevens, s.blad);
      expect(new Set(f.secties).size, s.id).toBe(f.secties.length);
    }
  });

  it("keeps every cell within columns A to G and never merges a cell twice", () => {
    for (const s of alleSjablonen) {
      const f = maakFormulier(s, gegevens, s.blad);
      for (const r of f.cellen) expect(r.length, s.id).toBeLessThanOrEqual(7);
      const bezet = new Set<string>();
      for (const m of f.samenvoegingen) {
        expect(m.kolom + m.kolommen, s.id).toBeLessThanOrEqual(7);
        for (let c = m.kolom; c < m.kolom + m.kolommen; c++) {
          const key = `${m.rij}:${c}`;
          expect(bezet.has(key), `${s.id} ${key}`).toBe(false);
          bezet.add(key);
        }
      }
    }
  });

  it("makes the action tables Excel tables without merged cells, named after their sheet", () => {
    for (const s of KAARTEN) {
      const f = maakFormulier(s, gegevens, s.blad);
      expect(f.tabellen.length, s.id).toBe(1);
      const t = f.tabellen[0]!;
      expect(t.naam).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(t.koppen).toContain(s.id === "beleid" ? "Afspraak" : s.id === "ib" ? "Interventie" : "Actie");
      expect(
        f.samenvoegingen.some(
          (m) => m.rij >= t.bereik.rij && m.rij < t.bereik.rij + t.bereik.rijen && m.kolom < t.bereik.kolommen,
        ),
      ).toBe(false);
    }
    expect(tabelNaam("Acties", "Kwaliteitskaart leerkracht (2)")).toBe("Acties_Kwaliteitskaart_leerkracht_2");
    expect(tabelNaam("Acties", "Groepsanalyse – groep 5/6")).toBe("Acties_Groepsanalyse_groep_5_6");
  });

  it("offers the status and norm choices as dropdowns", () => {
    const f = maakFormulier(
      KAARTEN.find((k) => k.id === "leerkracht")!,
      gegevens,
      "x",
    );
    const lijsten = f.keuzelijsten.map((k) => k.keuzes);
    expect(lijsten).toContainEqual(KEUZES.status);
    expect(lijsten).toContainEqual(["boven de norm", "op de norm", "onder de norm"]);
    expect(KEUZES.status).toEqual(["gepland", "bezig", "afgerond"]);
  });

  it("puts each filled-in value where the template asks for it, with its source in column G", () => {
    const f = maakFormulier(
      KAARTEN.find((k) => k.id === "groepsanalyse")!,
      gegevens,
      "Groepsanalyse",
    );
    const cellen = grid(f);
    const titel = cellen.findIndex((r) => r[0] === "Stap 1 – Vaardigheid: rekenen");
    expect(titel).toBeGreaterThan(0);
    const groei = cellen.findIndex((r, i) => i > titel && typeof r[0] === "string" && r[0].startsWith("Hoe groeiden"));
    expect(cellen[groei]?.[1]).toBe("weinig");
    expect(cellen[groei]?.[BRON_KOLOM]).toBe("bron van rekenen");
    // One block per vaardigheid the group has.
    expect(f.secties.filter((s) => s.startsWith("Stap 1 – Vaardigheid:"))).toEqual([
      "Stap 1 – Vaardigheid: rekenen",
      "Stap 1 – Vaardigheid: lezen",
    ]);
  });

  it("fills an instrument card with its suggestions, which are not data and so have no source", () => {
    const s = instrumentSjabloon(INSTRUMENTEN.find((i) => i.id === "tussenopbrengsten")!);
    const f = maakFormulier(s, instrumentGegevens(INSTRUMENTEN[0]!, { velden: {}, rijen: {} }), s.blad);
    const cellen = grid(f);
    expect(f.secties).toEqual([
      "Over dit instrument",
      "Standaard",
      "Indicatoren",
      "Ambitie",
      "PDCA-cyclus",
      "Werkafspraken",
    ]);
    expect(cellen.flat()).toContain(INSTRUMENTEN[0]!.standaard[0]);
    expect(cellen.find((r) => r[0] === "Plan")?.[1]).toBe(INSTRUMENTEN[0]!.pdca.Plan);
    expect(f.plekken.every((p) => p.vulling.bron)).toBe(true);
  });
});

describe("finding a card's values again in the sheet as the user has it", () => {
  const s = KAARTEN.find((k) => k.id === "leerkracht")!;
  const f = maakFormulier(s, gegevens, s.blad);

  it("finds every value in the card as it was made", () => {
    const cellen = grid(f);
    for (const plek of f.plekken)
      expect(zoekPlek(cellen, f.secties, plek), `${plek.sectie} / ${plek.rij}`).toMatchObject(plek.cel);
  });

  it("still finds them after the user inserted rows and typed in other cells", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.string()), { maxLength: 8 }), (invoegingen) => {
        const cellen = grid(f);
        const verschoven = f.plekken.map((p) => ({ ...p.cel }));
        for (const [plaats, tekst] of invoegingen) {
          const r = 2 + (plaats % (cellen.length - 2));
          // A row of the user's own: never a copy of one of our labels.
          cellen.splice(r, 0, [null, `${tekst} (eigen regel)`]);
          for (const c of verschoven) if (c.rij >= r) c.rij++;
        }
        f.plekken.forEach((plek, i) => expect(zoekPlek(cellen, f.secties, plek)).toMatchObject(verschoven[i]!));
      }),
    );
  });

  it("gives up on a value whose row or column the user removed", () => {
    const cellen = grid(f).filter((r) => r[0] !== "lezen");
    const lezen = f.plekken.find((p) => p.rij === "lezen")!;
    expect(zoekPlek(cellen, f.secties, lezen)).toBeUndefined();
  });
});

describe("a text longer than the highest row", () => {
  const lijst = Array.from({ length: 300 }, (_, i) => `Leerling ${i + 1} van groep 5`).join(", ");

  it("is cut into pieces that each fit in a row, with nothing lost and list items kept whole", () => {
    const stukken = knipTekst(lijst, 65, 27);
    expect(stukken.length).toBeGreaterThan(1);
    for (const stuk of stukken) {
      expect(Math.ceil(stuk.length / Math.floor(65 * 0.95))).toBeLessThanOrEqual(27);
      expect(stuk).toMatch(/^Leerling \d+ van groep 5/);
    }
    expect(stukken.join(" ")).toBe(lijst);
  });

  it("is cut between words, or within a word longer than a whole row, when it has no list", () => {
    expect(knipTekst("kort", 65, 27)).toEqual(["kort"]);
    const woord = "x".repeat(5000);
    expect(knipTekst(woord, 10, 3).join("")).toBe(woord);
    expect(knipTekst(woord, 10, 3).every((s) => s.length <= 27)).toBe(true);
  });
});
