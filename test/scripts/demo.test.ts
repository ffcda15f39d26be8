/** `npm run demo`: the fictional school with every analysis sheet, checked against its own data. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { maakDemoSchool } from "../../src/core/demo/school";
import { INSTRUMENTEN, KAARTEN } from "../../src/core/kaart/sjabloon";
import { FileWorkbook } from "../../src/workbook/file/file-workbook";

const root = join(__dirname, "..", "..");
const uit = join(mkdtempSync(join(tmpdir(), "lvs-demo-")), "demo.xlsx");
let wb: FileWorkbook;

beforeAll(async () => {
  const r = spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "demo.ts"), uit],
    { cwd: root, encoding: "utf8" },
  );
  expect(r.status, r.stderr).toBe(0);
  wb = await FileWorkbook.open(readFileSync(uit));
}, 60_000);

describe("the demo workbook", () => {
  it("holds the school's own sheets and every analysis sheet", async () => {
    const namen = await wb.sheetNames();
    for (const n of [
      "Groep 3",
      "Groep 5-6",
      "IEP-export",
      "Normen",
      "Groepsoverzicht Groep 5",
      "Dwarsdoorsnede",
      "Trendanalyse",
      "Eindresultaten",
      "Hart en handen – groep 6",
      "Bestuursoverzicht",
    ]) {
      expect(namen, n).toContain(n);
    }
  });

  it("includes every template: the three kwaliteitskaarten, the groepsanalyse and a card per instrument", async () => {
    const namen = await wb.sheetNames();
    for (const k of KAARTEN) expect(namen, k.blad).toContain(k.blad);
    for (const i of INSTRUMENTEN) expect(namen).toContain(`Instrument - ${i.naam}`);
    // The teacher's card is of Groep 5, and its first impression matches the group's own colouring.
    const kaart = (await wb.read({ sheets: ["Kwaliteitskaart leerkracht"] })).sheets[0]!.cellen;
    expect(kaart.find((r) => r[0] === "Groep")?.[1]).toBe("Groep 5");
    const rekenen = kaart.find((r) => r[0] === "rekenen")!;
    const groep = (await wb.read({ sheets: ["Groep 5"] })).sheets[0]!.cellen;
    const kop = groep.find((r) => r.includes("Kleur rekenen"))!;
    const kleuren = groep
      .map((r) => r[kop.indexOf("Kleur rekenen")])
      .filter((k): k is string => typeof k === "string" && k !== "Kleur rekenen");
    const onder = kleuren.filter((k) => k.endsWith("blauw")).length;
    expect(kaart.find((r, i) => i > kaart.indexOf(rekenen) && r[0] === "rekenen")?.[1]).toMatch(
      new RegExp(`\\(${onder} van ${kleuren.length}\\)$`),
    );
  });

  it("has native charts for the groups, the dwarsdoorsnede, the end results and hart en handen", async () => {
    const zip = await JSZip.loadAsync(readFileSync(uit));
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async("string")),
    );
    expect(charts.filter((c) => c.includes("<c:barChart>")).length).toBe(4); // a dwarsdoorsnede per vaardigheid
    expect(charts.filter((c) => c.includes("<c:radarChart>")).length).toBeGreaterThan(3 * 10);
    expect(charts.filter((c) => c.includes("<c:scatterChart>")).length).toBeGreaterThan(8);
  });

  it("pools the end results exactly as a count straight from the demo data gives them", async () => {
    const school = maakDemoSchool();
    // Independent count: groep 8 at eind, last three school years, three domains, 60+ and 80+.
    const jaren = [...new Set(school.afnames.filter((a) => a.leerjaar === 8).map((a) => a.schooljaar))]
      .sort()
      .slice(-3);
    const eind = school.afnames.filter(
      (a) =>
        a.moment === "8b" &&
        jaren.includes(a.schooljaar) &&
        ["lezen", "taalverzorging", "rekenen"].includes(a.vaardigheid),
    );
    const cellen = (await wb.read({ sheets: ["Eindresultaten"] })).sheets[0]!.cellen;
    const niet = cellen.find((r) => r[0] === "Niet gefilterd")!;
    expect(niet[1]).toBeCloseTo(eind.filter((a) => a.score >= 60).length / eind.length, 10);
    expect(niet[5]).toBeCloseTo(eind.filter((a) => a.score >= 80).length / eind.length, 10);
    const wel = eind.filter((a) => !school.uitgesloten.has(a.leerling));
    expect(cellen.find((r) => r[0] === "Gefilterd")![1]).toBeCloseTo(
      wel.filter((a) => a.score >= 60).length / wel.length,
      10,
    );
    const genoemd = cellen.filter((r) => school.uitgesloten.has(String(r[0]))).map((r) => r[0]);
    expect(genoemd.sort()).toEqual([...school.uitgesloten.keys()].sort());
  });

  it("counts every groep 5 pupil once in the dwarsdoorsnede, as the group sheet has them", async () => {
    const cellen = (await wb.read({ sheets: ["Dwarsdoorsnede"] })).sheets[0]!.cellen;
    const school = maakDemoSchool();
    const inLeerjaar5 = new Set(
      school.afnames
        .filter((a) => a.schooljaar === "2025-2026" && a.leerjaar === 5 && a.vaardigheid === "rekenen")
        .map((a) => a.leerling),
    );
    const start = cellen.findIndex((r) => r[0] === "rekenen: leerlingen per kleur");
    const groep5 = cellen.slice(start).find((r) => r[0] === 5)!;
    expect(groep5[1]).toBe(inLeerjaar5.size);
    const perKleur = (groep5.slice(2, 11) as number[]).reduce((a, b) => a + b, 0);
    expect(perKleur).toBe(inLeerjaar5.size);
  });
});
