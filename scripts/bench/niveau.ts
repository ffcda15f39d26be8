/**
 * The core's NIVEAU classification against a bare loop doing the same threshold comparisons with
 * the answers ready-made, on the same million scores, in the same process.
 */
import { niveau } from "../../src/core/niveau";
import { halfjaartoets } from "../../src/core/toets";
import { meld, snelste } from "./meten";

void (async () => {
  const n = 1_000_000;
  const toets = halfjaartoets("5b");
  // Scores as a group makes them: from a little under the lowest possible score up to the highest.
  const van = toets.laagste - 4;
  const scores = Float64Array.from({ length: n }, (_, i) => van + (((i * 7919) % 1000) / 1000) * (toets.hoogste - van));
  const uit: unknown[] = new Array(n);
  const core = await snelste(7, () => {
    for (let i = 0; i < n; i++) uit[i] = niveau(scores[i]!, toets);
  });
  const { hoogste, laagste, drempelwaarde, label } = toets;
  const opWeg = `op weg naar ${label}`;
  const lus = await snelste(7, () => {
    for (let i = 0; i < n; i++) {
      const s = scores[i]!;
      uit[i] = s > hoogste ? null : s < laagste ? "geen resultaat" : s >= drempelwaarde ? label : opWeg;
    }
  });
  const ns = (ms: number) => Math.round((ms * 1e6) / n * 10) / 10;
  meld({ "core.niveau.ns_per_value": ns(core), "core.niveau.loop_ns_per_value": ns(lus), "core.niveau.ratio_vs_loop": Math.round((core / lus) * 100) / 100 });
})();
