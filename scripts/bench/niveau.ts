/**
 * The core's NIVEAU classification against a bare loop doing the same threshold comparisons with
 * the answers ready-made, on the same million scores, in the same process.
 */
import { niveau } from "../../src/core/niveau";
import { halfjaartoets } from "../../src/core/toets";
import { meld, snelstePaar } from "./meten";

void (async () => {
  const n = 1_000_000;
  const toets = halfjaartoets("5b");
  // Scores as a group makes them: from a little under the lowest possible score up to the highest.
  const van = toets.laagste - 4;
  const scores = Float64Array.from({ length: n }, (_, i) => van + (((i * 7919) % 1000) / 1000) * (toets.hoogste - van));
  // Each side writes its own array: sharing one would let the first side's values decide how V8
  // stores it for the second.
  const uitCore: unknown[] = new Array(n);
  const uitLus: unknown[] = new Array(n);
  const { hoogste, laagste, drempelwaarde, label } = toets;
  const opWeg = `op weg naar ${label}`;
  const [core, lus] = await snelstePaar(
    9,
    () => {
      for (let i = 0; i < n; i++) uitCore[i] = niveau(scores[i]!, toets);
    },
    () => {
      for (let i = 0; i < n; i++) {
        const s = scores[i]!;
        uitLus[i] = s > hoogste ? null : s < laagste ? "geen resultaat" : s >= drempelwaarde ? label : opWeg;
      }
    },
  );
  const ns = (ms: number) => Math.round((ms * 1e6) / n * 10) / 10;
  meld({ "core.niveau.ns_per_value": ns(core), "core.niveau.loop_ns_per_value": ns(lus), "core.niveau.ratio_vs_loop": Math.round((core / lus) * 100) / 100 });
})();
