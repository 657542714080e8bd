/** The heat colour of an overlap cell: white for no overlap to the accent blue for a Jaccard of 1. */
export function overlapColor(jaccard: number | null): string {
  if (jaccard === null || jaccard <= 0) return 'transparent';
  const alpha = Math.round(Math.min(1, jaccard) * 0.75 * 100) / 100;
  return `rgba(47, 84, 235, ${alpha})`;
}

/** Bar length in percent of the largest intersection (at least a sliver, so a bar is always seen). */
export function barPercent(value: number, max: number): number {
  if (max <= 0 || value <= 0) return 0;
  return Math.max(2, Math.round((value / max) * 1000) / 10);
}
