/** The Predict view's figures: the clv histogram's bars and the mean predictions per RFM segment. */
import { describe, expect, it } from 'vitest';
import { clvHistogram, roundStep } from '../../electron/core/clv/clvHistogram.js';
import { bySegment } from '../../electron/core/clv/clvSummary.js';

describe('roundStep', () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.2, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [13, 20],
    [0.031, 0.05],
  ])('%d -> %d', (raw, step) => {
    expect(roundStep(raw)).toBe(step);
  });
});

describe('clvHistogram', () => {
  it('is empty without values', () => {
    expect(clvHistogram([])).toEqual([]);
  });

  it('puts everything in one open bar when the 99th percentile is 0', () => {
    expect(clvHistogram([0, 0, 0])).toEqual([{ from: 0, to: null, customers: 3 }]);
  });

  it('spans 0 to the 99th percentile in a round step; the last bar is open and holds the tail', () => {
    // 100 values 1..100: p99 = 99, step roundStep(4.95) = 5, 20 bars; 99 and 100 fall in the open last bar.
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const bars = clvHistogram(values);
    expect(bars).toHaveLength(20);
    expect(bars[0]).toEqual({ from: 0, to: 5, customers: 4 });
    expect(bars[1]).toEqual({ from: 5, to: 10, customers: 5 });
    expect(bars[19]).toEqual({ from: 95, to: null, customers: 6 });
    expect(bars.reduce((s, b) => s + b.customers, 0)).toBe(100);
  });

  it('keeps decimal bounds clean', () => {
    const bars = clvHistogram([0.05, 0.1, 0.3, 2]);
    // p99 = 2 (nearest rank of 4 values), step 0.1, 20 bars.
    expect(bars.map((b) => b.from).slice(0, 4)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(bars[19]).toEqual({ from: 1.9, to: null, customers: 1 });
    expect(bars[0]?.customers).toBe(1);
    expect(bars[1]?.customers).toBe(1);
    expect(bars[3]?.customers).toBe(1);
  });
});

describe('bySegment', () => {
  it('averages per segment in the scheme order, customers without a segment last', () => {
    const rows = bySegment(
      [
        { segment: 'At Risk', p_alive: 0.2, expected_purchases: 1, clv: 10 },
        { segment: 'Champions', p_alive: 0.9, expected_purchases: 4, clv: 100 },
        { segment: null, p_alive: 1, expected_purchases: 0.5, clv: null },
        { segment: 'Champions', p_alive: 0.7, expected_purchases: 2, clv: 50 },
      ],
      ['Champions', 'Loyal', 'At Risk'],
    );
    expect(rows).toEqual([
      {
        segment: 'Champions',
        customers: 2,
        mean_p_alive: 0.8,
        mean_expected_purchases: 3,
        mean_clv: 75,
        total_clv: 150,
      },
      { segment: 'At Risk', customers: 1, mean_p_alive: 0.2, mean_expected_purchases: 1, mean_clv: 10, total_clv: 10 },
      { segment: null, customers: 1, mean_p_alive: 1, mean_expected_purchases: 0.5, mean_clv: null, total_clv: null },
    ]);
  });
});
