/** What every measurement of npm run bench shares. */
import { performance } from "node:perf_hooks";

/**
 * Two pieces of work timed in turns (a, b, a, b, …); the fastest run of each. Taking turns lets a
 * slow spell of a shared machine fall on both sides of a ratio. (No forced garbage collection in
 * between: it shrinks the heap, which then slows the next run, more so the plainer one.)
 */
export async function snelstePaar(runs: number, a: () => unknown, b: () => unknown): Promise<[number, number]> {
  const beste: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    for (const [k, werk] of [a, b].entries()) {
      const start = performance.now();
      await werk();
      beste[k] = Math.min(beste[k]!, performance.now() - start);
    }
  }
  return beste;
}

/** Each measurement prints its figures as one JSON line for scripts/bench.ts to collect. */
export function meld(figures: Record<string, number>): void {
  console.log(`BENCH ${JSON.stringify(figures)}`);
}
