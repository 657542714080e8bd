/** Lorenz curve, items of a field and countForShare: pure functions, exact figures by hand. */
import { describe, expect, it } from 'vitest';
import { rankItems } from '../../electron/core/pareto/items.js';
import { lorenzCurve } from '../../electron/core/pareto/lorenz.js';
import { countForShare, gini, revenueDescending } from '../../electron/core/pareto/pareto.js';

describe('Lorenz curve', () => {
  // Ascending 10, 50, 100, 250, 600 (total 1010): cumulative 0, 10, 60, 160, 410, 1010.
  const desc = revenueDescending([600, 250, 100, 50, 10]);

  it('has one point per customer plus (0,0) when there are few', () => {
    expect(lorenzCurve(desc)).toEqual([
      { x: 0, y: 0 },
      { x: 0.2, y: 0.009901 },
      { x: 0.4, y: 0.059406 },
      { x: 0.6, y: 0.158416 },
      { x: 0.8, y: 0.405941 },
      { x: 1, y: 1 },
    ]);
  });

  it('is downsampled evenly in ranks, keeping both ends', () => {
    // 3 points: ranks 0, round(2.5) = 3, 5.
    expect(lorenzCurve(desc, 3)).toEqual([
      { x: 0, y: 0 },
      { x: 0.6, y: 0.158416 },
      { x: 1, y: 1 },
    ]);
    const many = revenueDescending(Array.from({ length: 1000 }, (_, i) => i + 1));
    const points = lorenzCurve(many);
    expect(points).toHaveLength(200);
    expect(points[0]).toEqual({ x: 0, y: 0 });
    expect(points[199]).toEqual({ x: 1, y: 1 });
  });

  it('encloses twice the Gini area with the diagonal', () => {
    // With every point kept, 1 - 2 * (area under the curve) is exactly the Gini coefficient.
    const values = revenueDescending([5, 50, 10, 30, 5, 1000, 3]);
    const points = lorenzCurve(values, 2000);
    let area = 0;
    for (let i = 1; i < points.length; i += 1) {
      const [a, b] = [points[i - 1], points[i]] as [{ x: number; y: number }, { x: number; y: number }];
      area += ((b.x - a.x) * (a.y + b.y)) / 2;
    }
    expect(1 - 2 * area).toBeCloseTo(gini(values), 5);
    expect(gini(desc)).toBeCloseTo(8820 / 5050 - 1.2, 12); // 2·Σ i·x_i / (n·Σx) − (n+1)/n
  });

  it('is the diagonal for nobody and for everyone equal', () => {
    expect(lorenzCurve(new Float64Array())).toEqual([
      { x: 0, y: 0 },
      { x: 1, y: 1 },
    ]);
    expect(lorenzCurve(revenueDescending([4, 4, 4, 4]))).toEqual([
      { x: 0, y: 0 },
      { x: 0.25, y: 0.25 },
      { x: 0.5, y: 0.5 },
      { x: 0.75, y: 0.75 },
      { x: 1, y: 1 },
    ]);
  });
});

describe('items of a field', () => {
  it('ranks values with positive revenue and reports the others', () => {
    const ranked = rankItems([
      { value: 'Tea', revenue: 130 },
      { value: 'Scarf', revenue: 0 },
      { value: 'Boots', revenue: 600 },
      { value: null, revenue: 25 },
      { value: 'Mug', revenue: 280 },
      { value: 'Discount', revenue: -40 },
    ]);
    expect(ranked.items).toEqual([
      { value: 'Boots', revenue: 600, share: 0.594059, cumulative_share: 0.594059 }, // 600 / 1010
      { value: 'Mug', revenue: 280, share: 0.277228, cumulative_share: 0.871287 }, // 880 / 1010
      { value: 'Tea', revenue: 130, share: 0.128713, cumulative_share: 1 },
    ]);
    expect([...ranked.desc]).toEqual([600, 280, 130]);
    // Scarf (0), the lines without a value (25) and Discount (-40).
    expect(ranked.excluded).toEqual({ count: 3, revenue: -15 });
  });

  it('breaks ties by value so the order never depends on the database', () => {
    const ranked = rankItems([
      { value: 'b', revenue: 5 },
      { value: 'a', revenue: 5 },
    ]);
    expect(ranked.items.map((i) => i.value)).toEqual(['a', 'b']);
  });
});

describe('countForShare', () => {
  it('counts the largest values needed to reach a share', () => {
    const desc = revenueDescending([600, 250, 100, 50, 10]);
    expect(countForShare(desc, 0.8)).toBe(2); // 850 >= 808
    expect(countForShare(desc, 0.95)).toBe(4); // 950 < 959.5 <= 1000
    expect(countForShare(desc, 1)).toBe(5);
    expect(countForShare(new Float64Array(), 0.8)).toBe(0);
  });
});
