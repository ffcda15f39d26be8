/** Group statistics as Excel computes them (QUARTILE.INC, MEDIAN, AVERAGE), on plain numbers. */

export function gemiddelde(getallen: readonly number[]): number | undefined {
  return getallen.length === 0 ? undefined : getallen.reduce((a, b) => a + b, 0) / getallen.length;
}

/** Excel's QUARTILE.INC / PERCENTILE.INC: linear interpolation between the sorted values. */
export function percentiel(getallen: readonly number[], p: number): number | undefined {
  if (getallen.length === 0) return undefined;
  const gesorteerd = [...getallen].sort((a, b) => a - b);
  const positie = (gesorteerd.length - 1) * p;
  const onder = Math.floor(positie);
  const boven = Math.ceil(positie);
  return gesorteerd[onder]! + (gesorteerd[boven]! - gesorteerd[onder]!) * (positie - onder);
}

export interface Spreiding {
  readonly aantal: number;
  readonly gemiddelde: number | undefined;
  readonly minimum: number | undefined;
  readonly kwartiel1: number | undefined;
  readonly mediaan: number | undefined;
  readonly kwartiel3: number | undefined;
  readonly maximum: number | undefined;
}

export function spreiding(getallen: readonly number[]): Spreiding {
  return {
    aantal: getallen.length,
    gemiddelde: gemiddelde(getallen),
    minimum: percentiel(getallen, 0),
    kwartiel1: percentiel(getallen, 0.25),
    mediaan: percentiel(getallen, 0.5),
    kwartiel3: percentiel(getallen, 0.75),
    maximum: percentiel(getallen, 1),
  };
}
