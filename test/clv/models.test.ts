/**
 * Exact values of the models on small cases. The expected numbers were computed independently with
 * Python 3 and SciPy 1.17 (scipy.special.gammaln, betaln, hyp2f1), writing each formula out in its
 * original, non-log form (e.g. the BG/NBD likelihood as B(a, b+x)/B(a, b) · Γ(r+x) α^r / ...), so
 * neither the log-sum-exp nor the per-x caching of the engine is shared with the check.
 */
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, compressHistories, expectedPurchases, pAlive } from '../../electron/core/clv/bgnbd.js';
import { clvStandardError } from '../../electron/core/clv/clvError.js';
import { expectedSpend, gammaGammaLogLikelihood, populationMeanSpend } from '../../electron/core/clv/gammaGamma.js';
import { discountedPurchases, predictCustomer } from '../../electron/core/clv/predict.js';
import { hyp2f1, lnGamma } from '../../electron/core/clv/specialFunctions.js';

const BG = { r: 0.5, alpha: 2, a: 0.8, b: 2.5 };
const HISTORIES = [
  { x: 0, tx: 0, T: 5 },
  { x: 2, tx: 3, T: 6 },
  { x: 5, tx: 9.5, T: 10 },
];
const GG = { p: 6, q: 4, v: 15 };
const SPENDS = [
  { x: 1, m: 20 },
  { x: 3, m: 35.5 },
  { x: 7, m: 12.25 },
];

describe('special functions', () => {
  it('lnGamma agrees with scipy.special.gammaln', () => {
    expect(lnGamma(0.243)).toBeCloseTo(1.3180435846996699, 13);
    expect(lnGamma(3.5)).toBeCloseTo(1.2009736023470743, 13);
    expect(lnGamma(0.01)).toBeCloseTo(4.599479878042022, 13);
    expect(lnGamma(150.25) / 601.2615040324997).toBeCloseTo(1, 14);
  });

  it('hyp2f1 agrees with scipy.special.hyp2f1, close to z = 1 too', () => {
    expect(hyp2f1(2.5, 4.5, 3.3, 0.4)).toBeCloseTo(5.863153392338244, 11);
    expect(hyp2f1(0.7, 2.2, 1.4, 0.9)).toBeCloseTo(19.104370882554587, 10);
    expect(hyp2f1(1, 1, 1, 0)).toBe(1);
    expect(() => hyp2f1(1, 1, 1, 1)).toThrow(RangeError);
  });
});

describe('BG/NBD', () => {
  it('log-likelihood of three customers', () => {
    expect(bgnbdLogLikelihood(BG, HISTORIES)).toBeCloseTo(-16.384989389117894, 11);
  });

  it('log-likelihood is -Infinity outside the parameter space', () => {
    expect(bgnbdLogLikelihood({ ...BG, a: 0 }, HISTORIES)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('p_alive: 1 without a repeat purchase, eq. 13 otherwise', () => {
    expect(HISTORIES.map((h) => pAlive(BG, h))).toEqual([1, expect.any(Number), expect.any(Number)]);
    expect(pAlive(BG, HISTORIES[1] as (typeof HISTORIES)[1])).toBeCloseTo(0.5746618904449301, 13);
    expect(pAlive(BG, HISTORIES[2] as (typeof HISTORIES)[2])).toBeCloseTo(0.8653980708382327, 13);
  });

  it('expected purchases in the next 4 units (eq. 10)', () => {
    const expected = [0.26074636155602576, 0.6396336603413969, 1.443367111153827];
    HISTORIES.forEach((h, i) => {
      expect(expectedPurchases(BG, h, 4)).toBeCloseTo(expected[i] as number, 11);
    });
    expect(expectedPurchases(BG, HISTORIES[0] as (typeof HISTORIES)[0], 0)).toBe(0);
  });

  it("the published CDNOW parameters give the paper's worked example, 1.226 purchases in 39 weeks", () => {
    // Fader, Hardie & Lee 2005, §4: x = 2, t_x = 30.43, T = 38.86 -> E[Y(39)] = 1.226.
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(expectedPurchases(published, { x: 2, tx: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
  });
});

describe('Gamma-Gamma', () => {
  it('log-likelihood of three customers', () => {
    expect(gammaGammaLogLikelihood(GG, SPENDS)).toBeCloseTo(-11.342160504329954, 11);
  });

  it('conditional expected spend, and the population mean p·v/(q-1) when x = 0', () => {
    expect(SPENDS.map((s) => expectedSpend(GG, s))).toEqual([
      expect.closeTo(23.333333333333332, 12),
      expect.closeTo(34.714285714285715, 12),
      expect.closeTo(13.433333333333334, 12),
    ]);
    expect(populationMeanSpend(GG)).toBe(30);
    expect(expectedSpend(GG, { x: 0, m: 0 })).toBe(30);
    expect(expectedSpend({ p: 1, q: 0.9, v: 1 }, { x: 2, m: 10 })).toBeNull();
  });
});

describe('clv', () => {
  const h = { x: 2, tx: 3, T: 6, m: 35.5 };

  it('is expected purchases x expected spend x margin', () => {
    const p = predictCustomer(BG, GG, h, { horizon: 4, unitDays: 7, margin: 0.25, discountRate: null });
    expect(p.expectedPurchases).toBeCloseTo(0.6396336603413969, 11);
    // x = 2, m = 35.5: (6·15 + 6·2·35.5) / (12 + 3) = 34.4
    expect(p.expectedSpend).toBeCloseTo(34.4, 12);
    expect(p.clv).toBeCloseTo(0.6396336603413969 * 34.4 * 0.25, 10);
  });

  it('discounts each month of the horizon by (1 + R)^-k, the last month possibly short', () => {
    // Unit day, horizon 61 days: months end at 30.4375, 60.875 and 61 days.
    const options = { horizon: 61, unitDays: 1, margin: 1, discountRate: 0.1 };
    expect(discountedPurchases(BG, h, options)).toBeCloseTo(4.252984880557775, 10);
    expect(discountedPurchases(BG, h, { ...options, discountRate: 0 })).toBeCloseTo(4.830830471808996, 10);
  });

  it('has no spend or clv without a Gamma-Gamma fit', () => {
    const p = predictCustomer(BG, null, h, { horizon: 4, unitDays: 7, margin: 1, discountRate: null });
    expect(p.expectedSpend).toBeNull();
    expect(p.clv).toBeNull();
  });
});

describe('degenerate fits', () => {
  it('hyp2f1 converges with a huge first parameter and a tiny z (a fit run off to the Poisson limit)', () => {
    // The call a 4-customer fit made, which looped to the term cap before the stopping rule was fixed.
    const value = hyp2f1(8510303283.55748, 5200.507307956086, 6836.1016378256345, 9.063778872641098e-10);
    // mpmath.hyp2f1 at 30 digits: 353.828041730637529782944656701
    expect(value / 353.828041730637).toBeCloseTo(1, 9);
  });
});

describe('compressed histories', () => {
  it('give the same BG/NBD log-likelihood as the customers one by one', () => {
    const customers = [...HISTORIES, { x: 0, tx: 0, T: 5 }, { x: 2, tx: 3, T: 6 }, { x: 0, tx: 0, T: 5 }];
    const rows = compressHistories(customers);
    expect(rows.map((r) => r.count)).toEqual([3, 2, 1]);
    expect(bgnbdLogLikelihood(BG, rows)).toBeCloseTo(bgnbdLogLikelihood(BG, customers), 11);
  });
});

describe('clv standard error (delta method)', () => {
  const h = { x: 2, tx: 3, T: 6, m: 35.5 };
  const options = { horizon: 4, unitDays: 7, margin: 0.25, discountRate: null };
  const covariances = {
    bgnbd: [
      [0.01, 0.005, 0, 0],
      [0.005, 0.04, 0, 0],
      [0, 0, 0.02, 0],
      [0, 0, 0, 0.09],
    ],
    gammaGamma: [
      [0.5, 0, 0],
      [0, 0.2, 0],
      [0, 0, 4],
    ],
  };

  it('is sqrt(gᵀ Σ g) over both models, as numpy computes it with central differences', () => {
    // clv = 5.500849478936013 (scipy), its standard error 0.617452521355346.
    expect(clvStandardError(BG, GG, covariances, h, options)).toBeCloseTo(0.617452521355346, 5);
  });

  it('is null without a covariance or a spend model', () => {
    expect(clvStandardError(BG, GG, { ...covariances, bgnbd: null }, h, options)).toBeNull();
    expect(clvStandardError(BG, null, covariances, h, options)).toBeNull();
  });
});
