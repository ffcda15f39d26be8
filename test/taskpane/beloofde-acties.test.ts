import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planKleuring } from "../../src/core/groep/kleurplan";
import { vindIndeling } from "../../src/core/overzicht/indeling";
import { leesOverzicht } from "../../src/core/overzicht/metingen";
import type { CellValue } from "../../src/core/cell";
import { ACTIE_LABELS } from "../../src/taskpane/acties-view";
import { foutTekst } from "../../src/taskpane/foutmelding";
import { KAARTEN_MAKEN } from "../../src/taskpane/kaartacties";
import { STAPPEN } from "../../src/taskpane/stappenplan";
import { vermogensTekst } from "../../src/taskpane/vermogens";
import { OnvolledigeWijziging } from "../../src/workbook/port";

/** Excel's own commands, which the texts name too: not ours to offer. */
const VAN_EXCEL = new Set(["Ongedaan maken"]);

/** Names of actions a text tells the user to choose: quoted ('…', "…", *…*) and ending in a verb of doing. */
function genoemdeActies(tekst: string): string[] {
  const namen = [...tekst.matchAll(/'([^'\n]{3,40})'|\*([^*\n]{3,40})\*|"([^"\n]{3,40})"/g)].map((m) =>
    (m[1] ?? m[2] ?? m[3]!).replace(/[.:]$/, ""),
  );
  return namen.filter((n) => /^[A-Z][a-z].* (verwijderen|maken|invullen|kleuren)$/.test(n) && !VAN_EXCEL.has(n));
}

function legenda(): string[] {
  const cellen: CellValue[][] = [
    ["Naam", "Groep", "Rekenen 5a", "Rekenen 5b"],
    ["Ada", 5, 36, 44],
  ];
  const indeling = vindIndeling({ naam: "Groep 5", cellen })!;
  const plan = planKleuring(leesOverzicht({ naam: "Groep 5", cellen }, indeling), { norm: "2F/1S" }, cellen, 4);
  return plan.legenda.regels.map((r) => r.tekst);
}

describe("every action a text promises", () => {
  const teksten = [
    ...legenda(),
    readFileSync("README.md", "utf8"),
    ...vermogensTekst({ acties: true, functies: true, ongedaanInEen: false }),
    foutTekst(new OnvolledigeWijziging(new Error("x"), false)),
  ];

  it("is a button some step of the walker shows", () => {
    const genoemd = [...new Set(teksten.flatMap(genoemdeActies))];
    expect(genoemd).toContain("Kleuring verwijderen");
    // The walker's buttons, and the Kwaliteitskaarten panel's, which every step shows below it.
    const aangeboden = new Set([...STAPPEN.flatMap((s) => s.acties).map((a) => ACTIE_LABELS[a]), KAARTEN_MAKEN]);
    expect(genoemd.filter((naam) => !aangeboden.has(naam))).toEqual([]);
  });

  it("offers removing the colouring wherever it offers colouring", () => {
    for (const stap of STAPPEN)
      if (stap.acties.includes("kleuren")) expect(stap.acties, stap.id).toContain("verwijderen");
  });
});
