import { describe, expect, it } from "vitest";
import { beschrijfIndeling } from "../../../src/core/overzicht/beschrijving";
import type { Kolomindeling } from "../../../src/core/overzicht/indeling";

const BREED: Kolomindeling = {
  indeling: "breed",
  kopRij: 0,
  kopRijen: 1,
  eersteKolom: 0,
  laatsteKolom: 2,
  eersteRij: 1,
  laatsteRij: 4,
  leerling: [0],
  scores: [{ kolom: 1, vaardigheid: "rekenen", moment: "5a" }],
};

describe("the column mapping in words", () => {
  it("names the rows of the pupils as a range", () => {
    expect(beschrijfIndeling(BREED)[0]).toBe(
      "Breed overzicht (een rij per leerling); kopregel 1, leerlingen in rij 2 t/m 5.",
    );
  });

  it("names one row once, never 'rij 2 t/m 2'", () => {
    expect(beschrijfIndeling({ ...BREED, laatsteRij: 1 })[0]).toBe(
      "Breed overzicht (een rij per leerling); kopregel 1, de leerling in rij 2.",
    );
  });
});
