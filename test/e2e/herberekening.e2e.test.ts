/**
 * The workbook works without us: a file written by `npm run analyse` (and by `npm run demo`) is
 * recalculated by LibreOffice, a spreadsheet nobody here wrote, with every cached value removed.
 * Every formula cell must come out as the value we cached beside it, and a changed score must change
 * that pupil's Kleur.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { langOverzicht, rommeligOverzicht } from "../fixtures/overzichten";

const UIT = join(__dirname, "..", "..", "test-results", "herberekening");
const ROOT = join(__dirname, "..", "..");

interface Formulecel {
  readonly blad: string;
  readonly adres: string;
  readonly formule: string;
  /** The cached value as the file holds it: text, number, error text, or "" when there is none. */
  readonly waarde: string | number;
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The sheets of a package by name, with the path of their XML part. */
async function bladen(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const doel = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
  const uit = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = doel.get(m[2]!)!.replace(/^\/?(xl\/)?/, "");
    uit.set(decode(m[1]!), `xl/${target}`);
  }
  return uit;
}

const CEL = /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Every formula cell with its cached value; the package with the cached values taken out. */
async function zonderWaarden(
  bestand: Uint8Array,
): Promise<{ cellen: Formulecel[]; kaal: Uint8Array; namen: Map<string, string> }> {
  const zip = await JSZip.loadAsync(bestand);
  const namen = await bladen(zip);
  const cellen: Formulecel[] = [];
  for (const [blad, pad] of namen) {
    const xml = await zip.file(pad)!.async("string");
    // A shared formula's text stands in its first cell; the cells below name its group (si).
    const gedeeld = new Map<string, string>();
    const kaal = xml.replace(CEL, (geheel, adres: string, attrs: string, inhoud: string | undefined) => {
      const f = inhoud && /<f([^>]*)>([\s\S]*?)<\/f>|<f([^>]*)\/>/.exec(inhoud);
      if (!f) return geheel;
      const v = /<v>([\s\S]*?)<\/v>/.exec(inhoud!)?.[1];
      const type = /\bt="(\w+)"/.exec(attrs)?.[1];
      const waarde = v === undefined ? "" : type === "str" || type === "e" || type === "b" ? decode(v) : Number(v);
      const si = /\bsi="(\d+)"/.exec(f[1] ?? f[3] ?? "")?.[1];
      if (si !== undefined && f[2] !== undefined) gedeeld.set(si, f[2]);
      const tekst = f[2] ?? (si !== undefined ? gedeeld.get(si) : undefined) ?? "";
      cellen.push({ blad, adres, formule: decode(tekst), waarde });
      return `<c r="${adres}"${attrs.replace(/\s*t="\w+"/, "")}>${inhoud!.replace(/<v>[\s\S]*?<\/v>/, "")}</c>`;
    });
    zip.file(pad, kaal);
  }
  return { cellen, kaal: await zip.generateAsync({ type: "uint8array" }), namen };
}

function csvRijen(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let veld = "";
  let inAanhaling = false;
  for (let i = 0; i < tekst.length; i++) {
    const ch = tekst[i]!;
    if (inAanhaling) {
      if (ch === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (ch === '"') inAanhaling = false;
      else veld += ch;
    } else if (ch === '"') inAanhaling = true;
    else if (ch === ",") {
      rij.push(veld);
      veld = "";
    } else if (ch === "\n") {
      rij.push(veld);
      rijen.push(rij);
      rij = [];
      veld = "";
    } else if (ch !== "\r") veld += ch;
  }
  if (veld !== "" || rij.length > 0) {
    rij.push(veld);
    rijen.push(rij);
  }
  return rijen;
}

function positie(adres: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(adres)!;
  const kolom = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, kolom];
}

/** LibreOffice recalculates the package and gives every sheet's values, as text, by sheet name. */
function herbereken(kaal: Uint8Array, naam: string): Map<string, string[][]> {
  const map = join(UIT, naam);
  rmSync(map, { recursive: true, force: true });
  mkdirSync(map, { recursive: true });
  const xlsx = join(map, `${naam}.xlsx`);
  writeFileSync(xlsx, kaal);
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${join(UIT, "lo-profiel")}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1",
      "--outdir",
      map,
      xlsx,
    ],
    { stdio: "ignore", timeout: 300_000 },
  );
  const uit = new Map<string, string[][]>();
  for (const bestand of readdirSync(map).filter((f) => f.endsWith(".csv"))) {
    uit.set(bestand.slice(naam.length + 1, -4), csvRijen(readFileSync(join(map, bestand), "utf8")));
  }
  return uit;
}

/** Formula cells whose recalculated value is not the value we cached. */
function verschillen(cellen: readonly Formulecel[], herberekend: Map<string, string[][]>): string[] {
  const uit: string[] = [];
  for (const c of cellen) {
    const [rij, kolom] = positie(c.adres);
    // LibreOffice names a sheet's CSV after the sheet, with characters a file name cannot hold replaced.
    const blad = herberekend.get(c.blad) ?? herberekend.get(c.blad.replace(/[/\\:*?"<>|]/g, "_"));
    const lo = blad?.[rij]?.[kolom] ?? "";
    const gelijk =
      typeof c.waarde === "number"
        ? lo !== "" && Math.abs(Number(lo) - c.waarde) <= 1e-9 * Math.max(1, Math.abs(c.waarde))
        : lo === String(c.waarde);
    if (!gelijk)
      uit.push(
        `${c.blad}!${c.adres}: cached ${JSON.stringify(c.waarde)}, LibreOffice ${JSON.stringify(lo)} (=${c.formule.slice(0, 120)})`,
      );
  }
  return uit;
}

function analyse(invoer: Uint8Array, naam: string, extra: string[] = []): Uint8Array {
  const map = join(UIT, `${naam}-bron`);
  rmSync(map, { recursive: true, force: true });
  mkdirSync(map, { recursive: true });
  const inBestand = join(map, "in.xlsx");
  const uitBestand = join(map, "uit.xlsx");
  writeFileSync(inBestand, invoer);
  execFileSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "scripts", "analyse.ts"), inBestand, uitBestand, ...extra],
    { cwd: ROOT, stdio: "ignore", timeout: 300_000 },
  );
  return readFileSync(uitBestand);
}

beforeAll(() => {
  rmSync(UIT, { recursive: true, force: true });
  mkdirSync(UIT, { recursive: true });
});

describe("a file written outside Excel, recalculated by LibreOffice", () => {
  it("computes every helper and lookup formula to the value the file carries, for a wide and a long overview", async () => {
    for (const [naam, invoer] of [
      ["breed", await rommeligOverzicht()],
      ["lang", await langOverzicht()],
    ] as const) {
      // The user's own formulas (an AVERAGE row with a made-up cached value) are theirs, not ours to check.
      const vanGebruiker = new Set((await zonderWaarden(invoer)).cellen.map((c) => `${c.blad}!${c.adres}`));
      const { cellen: alle, kaal } = await zonderWaarden(analyse(invoer, naam));
      const cellen = alle.filter((c) => !vanGebruiker.has(`${c.blad}!${c.adres}`));
      expect(cellen.length).toBeGreaterThan(20);
      expect(cellen.filter((c) => /LVS\./.test(c.formule))).toEqual([]);
      expect(cellen.some((c) => c.blad === "LVS-normen")).toBe(true);
      expect(verschillen(cellen, herbereken(kaal, naam))).toEqual([]);
    }
  });

  it("changes a pupil's Kleur when a score is changed in the file", async () => {
    const bestand = analyse(await rommeligOverzicht(), "wijzig");
    const { cellen, kaal, namen } = await zonderWaarden(bestand);
    const zip = await JSZip.loadAsync(kaal);
    const pad = namen.get("Groep 5")!;
    // Ada, rekenen E5 in C6: 48 (on the 2F/1S line, growth 8/8: donkergroen). Make it 42.
    const xml = await zip.file(pad)!.async("string");
    const gewijzigd = xml.replace(/<c r="C6"([^>]*)><v>48<\/v><\/c>/, '<c r="C6"$1><v>42</v></c>');
    expect(gewijzigd).not.toBe(xml);
    zip.file(pad, gewijzigd);
    const herberekend = herbereken(await zip.generateAsync({ type: "uint8array" }), "wijzig");
    const kop = herberekend.get("Groep 5")!.find((r) => r.includes("Kleur rekenen"))!;
    const kolom = kop.indexOf("Kleur rekenen");
    const vooraf = cellen.find(
      (c) => c.blad === "Groep 5" && positie(c.adres)[0] === 5 && positie(c.adres)[1] === kolom,
    );
    expect(vooraf?.waarde).toBe("donkergroen");
    expect(herberekend.get("Groep 5")![5]![kolom]).toBe("lichtblauw"); // 42 < 48 and growth 2/8
  });

  it("computes every formula of the demo workbook to the value it carries", async () => {
    const map = join(UIT, "demo-bron");
    mkdirSync(map, { recursive: true });
    const demo = join(map, "demo.xlsx");
    rmSync(demo, { force: true });
    execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "demo.ts"), demo], {
      cwd: ROOT,
      stdio: "ignore",
      timeout: 300_000,
    });
    const { cellen, kaal } = await zonderWaarden(readFileSync(demo));
    expect(cellen.filter((c) => /LVS\./.test(c.formule))).toEqual([]);
    // Every Kleur cell of every coloured group sheet is a formula with its value.
    const kleurcellen = cellen.filter(
      (c) => c.formule.includes('"groen","blauw"') || c.formule.includes('"donker","licht"'),
    );
    expect(kleurcellen.length).toBeGreaterThan(100);
    expect(kleurcellen.filter((c) => c.waarde !== "").length).toBeGreaterThan(100);
    expect(verschillen(cellen, herbereken(kaal, "demo")).slice(0, 20)).toEqual([]);
  }, 600_000);
});
