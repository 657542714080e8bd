/**
 * The named RFM schemes as rows of the same shape as a custom scheme: a name and [lo, hi]
 * ranges of r, f and m, tried in order, first match wins; no match: "Others".
 */
import type { RfmSchemeRow } from '../../../shared/contract/rfm.js';

export const OTHERS = 'Others';

type Range = [number, number];
const row = (name: string, r: Range, f: Range, m: Range): RfmSchemeRow => ({ name, r, f, m });
const ANY: Range = [1, 5];

/** The R rfm package's segment table, in its order. */
export const RFM_CLASSIC: readonly RfmSchemeRow[] = [
  row('Champions', [5, 5], [5, 5], [5, 5]),
  row('Potential Loyalist', [3, 5], [3, 5], [2, 5]),
  row('Loyal Customers', [2, 4], [2, 4], [2, 4]),
  row('Promising', [3, 4], [1, 3], [3, 5]),
  row('New Customers', [4, 5], [1, 3], [1, 5]),
  row("Can't Lose Them", [1, 2], [3, 4], [4, 5]),
  row('At Risk', [1, 2], [2, 5], [4, 5]),
  row('Need Attention', [1, 3], [3, 5], [3, 5]),
  row('About To Sleep', [2, 3], [1, 3], [1, 4]),
  row('Lost', [1, 1], [1, 5], [1, 5]),
];

/**
 * The R x F grid (first digit R, second F; m is not used): 11/12/21/22 hibernating, 13/14/23/24
 * at_risk, 15/25 cant_lose, 31/32 about_to_sleep, 33 need_attention, 34/35/44/45 loyal_customers,
 * 41 promising, 51 new_customers, 42/43/52/53 potential_loyalists, 54/55 champions. Each name's
 * cells form one box, so the rows are disjoint and cover the 5 x 5 grid.
 */
export const RF_GRID: readonly RfmSchemeRow[] = [
  row('hibernating', [1, 2], [1, 2], ANY),
  row('at_risk', [1, 2], [3, 4], ANY),
  row('cant_lose', [1, 2], [5, 5], ANY),
  row('about_to_sleep', [3, 3], [1, 2], ANY),
  row('need_attention', [3, 3], [3, 3], ANY),
  row('loyal_customers', [3, 4], [4, 5], ANY),
  row('promising', [4, 4], [1, 1], ANY),
  row('new_customers', [5, 5], [1, 1], ANY),
  row('potential_loyalists', [4, 5], [2, 3], ANY),
  row('champions', [5, 5], [4, 5], ANY),
];

/** Index of the first row whose ranges hold the scores, or -1 ("Others"). */
export function matchRow(rows: readonly RfmSchemeRow[], r: number, f: number, m: number): number {
  return rows.findIndex((x) => x.r[0] <= r && r <= x.r[1] && x.f[0] <= f && f <= x.f[1] && x.m[0] <= m && m <= x.m[1]);
}
