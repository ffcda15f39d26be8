/**
 * `npm run bench`: the speed figures of LVS Analyse, measured here and never in timed tests (these
 * machines are shared and noisy). Every ratio compares two things measured in the same process, so
 * the machine's speed cancels out; each measurement runs in a fresh process of its own, so one does
 * not warm up or slow down the next. Writes bench/results.json and prints a table.
 *
 * - colour.syncs.30 / .3000, colour.cf_rules_per_sheet (scripts/bench/kleur.ts)
 * - core.niveau.ratio_vs_loop (scripts/bench/niveau.ts)
 * - functions.range.ratio_vs_cells (scripts/bench/functies.ts)
 * - bundle.taskpane_kb_gz and bundle.functions_kb_gz: the built bundles, gzipped, without office.js
 * - bundle.grafiek_kb_gz and bundle.lazy_max_kb_gz: the chart drawing, and the largest part loaded
 *   only when needed (ExcelJS for the browser mode)
 * - demo.xlsx.ratio_vs_raw (scripts/bench/demo.ts)
 * - file.ratio_vs_exceljs and file.ms_per_1000_rows, wide and long, at 3,000 and 100,000 rows (the long export
 *   also at 25,000 and 50,000), and file.growth.long (scripts/bench/bestand.ts)
 * - pupil.syncs.30 / .300 and the cards of one group from a 5,000-afname export (scripts/bench/leerling.ts)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..");

function meet(script: string): Record<string, number> {
  // tsx as a loader in this node rather than its CLI, which would start yet another process.
  const r = spawnSync(process.execPath, ["--import", "tsx", join(__dirname, "bench", script)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const regel = r.stdout.split("\n").find((l) => l.startsWith("BENCH "));
  if (r.status !== 0 || !regel) throw new Error(`${script} mislukte:\n${r.stderr}`);
  return JSON.parse(regel.slice("BENCH ".length)) as Record<string, number>;
}

function gzipKb(bestand: string): number {
  return Math.round((gzipSync(readFileSync(join(ROOT, "dist", bestand))).length / 1024) * 10) / 10;
}

const results = {
  ...meet("kleur.ts"),
  ...meet("niveau.ts"),
  ...meet("functies.ts"),
  "bundle.taskpane_kb_gz": gzipKb("taskpane.js"),
  "bundle.functions_kb_gz": gzipKb("functions.js"),
  "bundle.grafiek_kb_gz": gzipKb("grafiek.js"),
  "bundle.lazy_max_kb_gz": readdirSync(join(ROOT, "dist"))
    .filter((f) => f.endsWith(".js") && f !== "taskpane.js" && f !== "functions.js")
    .reduce((max, f) => Math.max(max, gzipKb(f)), 0),
  ...meet("demo.ts"),
  ...meet("bestand.ts"),
  ...meet("leerling.ts"),
};
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(
  join(ROOT, "bench", "results.json"),
  `${JSON.stringify({ gemeten: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.table(Object.entries(results).map(([meting, waarde]) => ({ meting, waarde })));
