/**
 * Overlap of 2..8 segments (issue 4 §3): the pairwise matrix and the exact intersections, UpSet
 * style. Customers are grouped by their membership pattern (one bit per segment); both views are
 * sums over the patterns. Pure, like compare.ts.
 */
import type { OverlapCell, OverlapIntersection, OverlapResult } from '../../../shared/contract/analysis.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { round6 } from '../db/rounding.js';
import { BITS_PER_WORD, type Membership } from './membership.js';

interface Pattern {
  customers: number;
  revenue: number;
}

const MAX_OVERLAP_SEGMENTS = 8;

/** Customers and revenue per membership pattern (bit s = in segment s); pattern 0 = in none. */
function membershipPatterns(m: Membership): Map<number, Pattern> {
  if (m.segments > BITS_PER_WORD) throw new WorkbenchError('INTERNAL', 'Too many segments for one pattern word.');
  const word = m.words[0] ?? new Int32Array(m.customers);
  const patterns = new Map<number, Pattern>();
  for (let i = 0; i < m.customers; i += 1) {
    const key = word[i] as number;
    let p = patterns.get(key);
    if (!p) {
      p = { customers: 0, revenue: 0 };
      patterns.set(key, p);
    }
    p.customers += 1;
    p.revenue += m.monetary[i] as number;
  }
  return patterns;
}

export function overlapOf(m: Membership, names: readonly string[]): OverlapResult {
  const k = names.length;
  if (k > MAX_OVERLAP_SEGMENTS) {
    throw new WorkbenchError('INVALID_PARAMS', `Overlap is shown for up to ${MAX_OVERLAP_SEGMENTS} segments.`);
  }
  const patterns = membershipPatterns(m);
  const both = Array.from({ length: k }, () => Array.from({ length: k }, () => ({ customers: 0, revenue: 0 })));
  const cell = (a: number, b: number) => (both[a] as Pattern[])[b] as Pattern;
  const intersections: OverlapIntersection[] = [];
  let outside: Pattern = { customers: 0, revenue: 0 };
  for (const [mask, p] of patterns) {
    const sets = bitsOf(mask, k);
    if (sets.length === 0) outside = p;
    else
      intersections.push({
        sets,
        names: sets.map((s) => names[s] as string),
        customers: p.customers,
        revenue: p.revenue,
      });
    for (const a of sets) {
      for (const b of sets) {
        const pair = cell(a, b);
        pair.customers += p.customers;
        pair.revenue += p.revenue;
      }
    }
  }
  const size = (s: number) => cell(s, s).customers;
  const matrix: OverlapCell[][] = both.map((row, a) =>
    row.map((pair, b) => {
      const union = size(a) + size(b) - pair.customers;
      return {
        customers: pair.customers,
        revenue: round6(pair.revenue),
        jaccard: union === 0 ? null : round6(pair.customers / union),
      };
    }),
  );
  // UpSet order: largest intersection first; ties by fewer sets, then by the sets' positions.
  intersections.sort(
    (x, y) => y.customers - x.customers || x.sets.length - y.sets.length || compareLists(x.sets, y.sets),
  );
  return {
    segments: names.map((segment, s) => ({
      segment,
      customers: size(s),
      revenue: round6(cell(s, s).revenue),
    })),
    matrix,
    intersections: intersections.map((x) => ({ ...x, revenue: round6(x.revenue) })),
    outside: { customers: outside.customers, revenue: round6(outside.revenue) },
  };
}

function bitsOf(mask: number, k: number): number[] {
  const bits: number[] = [];
  for (let s = 0; s < k; s += 1) if (mask & (1 << s)) bits.push(s);
  return bits;
}

function compareLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
