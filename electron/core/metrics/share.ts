/**
 * One definition of a revenue share for every view: a part of the project's total revenue (all
 * order amounts dated before the as-of date, net of returns). With returns a part can be larger
 * than the whole (its complement returned more than it bought) or negative; a share is a share of
 * the whole, so it is kept within 0..1 and the money itself is shown beside it.
 */
export function revenueShare(part: number, total: number): number {
  if (!(total > 0)) return 0;
  const share = Math.min(1, Math.max(0, part / total));
  return Math.round(share * 1e6) / 1e6 + 0;
}
