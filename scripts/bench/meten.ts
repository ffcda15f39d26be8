/** What every measurement of npm run bench shares. */
import { performance } from "node:perf_hooks";

/** The fastest of a few runs: the least disturbed by other work on a shared machine. */
export async function snelste(runs: number, werk: () => unknown): Promise<number> {
  let beste = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await werk();
    beste = Math.min(beste, performance.now() - start);
  }
  return beste;
}

/** Each measurement prints its figures as one JSON line for scripts/bench.ts to collect. */
export function meld(figures: Record<string, number>): void {
  console.log(`BENCH ${JSON.stringify(figures)}`);
}
