/** A count with the right Dutch form of its noun: "1 score", "2 scores"; never "score(s)". */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
