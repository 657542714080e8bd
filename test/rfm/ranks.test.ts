/**
 * Order statistics without sorting (rfm/select.ts valuesAtRanks, medianOf) and the breaks read from
 * them (rfm/quantile.ts quantileBreaksOfUnsorted): exactly what sorting gives, for whole numbers
 * (counted), fractions (selected), and values that make it sort (NaN, -0).
 */
import { describe, expect, it } from 'vitest';
import { quantileBreaks, quantileBreaksOfUnsorted, sortedCopy } from '../../electron/core/rfm/quantile.js';
import { medianInPlace, medianOf, valuesAtRanks } from '../../electron/core/rfm/select.js';

/** A seeded generator (mulberry32): the same values on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(12);
const CASES: Record<string, number[]> = {
  'days, some before 1970': Array.from({ length: 5001 }, () => Math.floor(next() * 900) - 300),
  'orders, mostly 1': Array.from({ length: 4000 }, () => (next() < 0.7 ? 1 : 1 + Math.floor(next() * 40))),
  'money in cents': Array.from({ length: 3333 }, () => Math.round(next() * 1e6) / 100 - 50),
  'whole numbers too far apart to count': Array.from({ length: 2000 }, () => Math.floor(next() * 2 ** 40)),
  'with NaN and -0': [3, -0, 0, Number.NaN, -2, 0, -0, 7, Number.NaN, 1.5],
  'with infinities': [Number.POSITIVE_INFINITY, 2, Number.NEGATIVE_INFINITY, 2, 0.5],
  'one value': [42],
  'all equal': [5, 5, 5, 5, 5, 5],
};

describe('values at ranks', () => {
  it.each(Object.entries(CASES))('equal the sorted values: %s', (_, values) => {
    const sorted = sortedCopy(values);
    const ranks = [0, values.length - 1, values.length >> 1, Math.floor(values.length / 3), values.length >> 2];
    const picked = valuesAtRanks(values, ranks);
    for (const rank of ranks) expect(Object.is(picked.get(rank), sorted[rank]), `rank ${rank}`).toBe(true);
    expect(values).toEqual(CASES[_]);
  });

  it.each(Object.entries(CASES))('give the breaks of the sorted values: %s', (_, values) => {
    for (const bins of [2, 3, 4, 5]) {
      expect(quantileBreaksOfUnsorted(values, bins)).toEqual(quantileBreaks(sortedCopy(values), bins));
    }
  });

  it('counts whole numbers: the breaks of days and orders by hand', () => {
    // Sorted: -3 -1 0 0 2 5 9 9 9 (N = 9): b_k = x[8k/4] at h = 2, 4, 6.
    expect(quantileBreaksOfUnsorted([9, 0, -1, 9, 2, 5, -3, 9, 0], 4)).toEqual([0, 2, 9]);
    // N = 6, bins 5: h = 1, 2, 3, 4 exactly.
    expect(quantileBreaksOfUnsorted([3, 1, 1, 2, 1, 1], 5)).toEqual([1, 1, 1, 2]);
    expect(quantileBreaksOfUnsorted([], 5)).toEqual([]);
  });

  it.each(Object.entries(CASES))('give the median medianInPlace gives: %s', (_, values) => {
    for (const n of [values.length, values.length - 1, 1, 2]) {
      const part = Float64Array.from(values.slice(0, Math.max(1, n)));
      expect(Object.is(medianOf(Float64Array.from(part)), medianInPlace(Float64Array.from(part)))).toBe(true);
    }
  });

  it('counts the median of whole numbers: odd, even, a half', () => {
    expect(medianOf(Float64Array.of(9, 1, 5))).toBe(5);
    expect(medianOf(Float64Array.of(9, 1, 4, 5))).toBe(4.5);
    expect(medianOf(Float64Array.of(-3, -1))).toBe(-2);
  });
});
