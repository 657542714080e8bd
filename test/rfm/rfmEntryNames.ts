/** The column_cache entries RFM keeps for an as-of day (rfm/population.ts, rfm/compute.ts), sorted by name. */
export function rfmEntryNames(day: number | string): string[] {
  return [
    `rfm/${day}/breaks/5/frequency`,
    `rfm/${day}/breaks/5/monetary`,
    `rfm/${day}/breaks/5/recency`,
    `rfm/${day}/frequency`,
    `rfm/${day}/ids`,
    `rfm/${day}/monetary`,
    `rfm/${day}/recency`,
    `rfm/${day}/span`,
    `rfm/${day}/unscored`,
  ];
}
