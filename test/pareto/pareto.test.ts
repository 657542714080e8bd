import { describe, expect, it } from 'vitest';
import { gini, paretoBars, paretoSummary, revenueDescending } from '../../electron/core/pareto/pareto.js';

describe('pareto summary', () => {
  it('computes k80, shares and gini over customers with revenue', () => {
    // 0 and negative monetary are not part of the population.
    const desc = revenueDescending([5, 50, 0, 10, -20, 30, 5]);
    expect([...desc]).toEqual([50, 30, 10, 5, 5]);
    expect(paretoSummary(desc)).toEqual({
      customers: 5,
      revenue: 100,
      k80: 2,
      share_for_80: 0.4,
      top20_share: 0.5,
      gini: 0.46,
    });
  });

  it('needs everyone when all customers are equal', () => {
    expect(paretoSummary(revenueDescending([10, 10, 10, 10]))).toEqual({
      customers: 4,
      revenue: 40,
      k80: 4,
      share_for_80: 1,
      top20_share: 0.25,
      gini: 0,
    });
  });

  it('does not let float noise push k80 one customer further', () => {
    // 0.7 + 0.1 is 0.7999999999999999 in floating point; the 80% line is still reached.
    expect(paretoSummary(revenueDescending([0.1, 0.7, 0.1, 0.1])).k80).toBe(2);
  });

  it('handles one customer and no customers', () => {
    expect(paretoSummary(revenueDescending([42]))).toEqual({
      customers: 1,
      revenue: 42,
      k80: 1,
      share_for_80: 1,
      top20_share: 0,
      gini: 0,
    });
    expect(paretoSummary(revenueDescending([0, -3]))).toEqual({
      customers: 0,
      revenue: 0,
      k80: 0,
      share_for_80: 0,
      top20_share: 0,
      gini: 0,
    });
  });

  it('gini approaches 1 when one customer takes nearly all', () => {
    const desc = revenueDescending([1000, 1, 1, 1]);
    // ascending 1,1,1,1000: 2*(1+2+3+4000)/(4*1003) - 5/4
    expect(gini(desc)).toBeCloseTo((2 * 4006) / (4 * 1003) - 1.25, 12);
  });
});

describe('pareto bars', () => {
  it('one bar per customer when few', () => {
    expect(paretoBars(revenueDescending([50, 30, 10, 5, 5]), 10)).toEqual([
      { from: 1, to: 1, revenue: 50, cumulativeShare: 0.5 },
      { from: 2, to: 2, revenue: 30, cumulativeShare: 0.8 },
      { from: 3, to: 3, revenue: 10, cumulativeShare: 0.9 },
      { from: 4, to: 4, revenue: 5, cumulativeShare: 0.95 },
      { from: 5, to: 5, revenue: 5, cumulativeShare: 1 },
    ]);
  });

  it('bins consecutive ranks when there are many', () => {
    expect(paretoBars(revenueDescending([50, 30, 10, 5, 5]), 2)).toEqual([
      { from: 1, to: 3, revenue: 90, cumulativeShare: 0.9 },
      { from: 4, to: 5, revenue: 10, cumulativeShare: 1 },
    ]);
  });
});
