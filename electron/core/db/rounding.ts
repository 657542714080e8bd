/** Money and shares are summed in floating point; six decimals remove the noise without touching cents. */

/** Six decimals, and never -0 (the CLI and the views print these). */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6 + 0;
}

/** Six decimals for stored sums, on the import's hot path (a -0 stays as it is stored today). */
export function roundMoney(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
