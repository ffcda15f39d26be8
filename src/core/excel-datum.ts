/**
 * Excel keeps a date as the number of days since 30 December 1899 (the 1900 date system; day 60 is
 * the non-existent 29 February 1900, which is why the count starts a day early). Every adapter and
 * the core convert with these two functions, so the epoch is written once.
 */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAG = 86_400_000;

/** Excel's serial number for a moment in time (milliseconds since 1970, UTC). */
export function serieelGetal(ms: number): number {
  return (ms - EPOCH_MS) / MS_PER_DAG;
}

/** The moment (UTC) an Excel serial number stands for, rounded to the millisecond. */
export function datumVan(serieel: number): Date {
  return new Date(EPOCH_MS + Math.round(serieel * MS_PER_DAG));
}
