/**
 * A customer's clv standard error by the delta method, checked against the same formula computed
 * here another way: central differences in the log-parameters (clvError uses forward differences
 * in the parameters themselves) against the covariance of the log-parameters, D⁻¹ Σ D⁻¹.
 * And the Predict view's most valuable customers.
 */
import { describe, expect, it } from 'vitest';
import { clvStandardError } from '../../electron/core/clv/clvError.js';
import { topCustomers } from '../../electron/core/clv/clvSummary.js';
import { predictCustomer } from '../../electron/core/clv/predict.js';
import type { ClvCustomer } from '../../shared/contract/clv.js';

const BG = { r: 0.5, alpha: 2, a: 0.8, b: 2.5 };
const GG = { p: 6, q: 4, v: 15 };
const OPTIONS = { horizon: 10, unitDays: 7, margin: 0.3, discountRate: 0.01 };
const BG_COV = [
  [0.01, 0.004, 0.001, 0],
  [0.004, 0.09, 0, 0.002],
  [0.001, 0, 0.02, 0.01],
  [0, 0.002, 0.01, 0.16],
];
const GG_COV = [
  [0.5, -0.1, 0.3],
  [-0.1, 0.2, 0.05],
  [0.3, 0.05, 4],
];

/** sqrt(gᵀ Σ_log g) with g by central differences of clv in the 7 log-parameters. */
function seByLogDifferences(h: { x: number; tx: number; T: number; m: number | null }): number {
  const theta = [BG.r, BG.alpha, BG.a, BG.b, GG.p, GG.q, GG.v];
  const clv = (t: number[]) =>
    predictCustomer(
      { r: t[0] as number, alpha: t[1] as number, a: t[2] as number, b: t[3] as number },
      { p: t[4] as number, q: t[5] as number, v: t[6] as number },
      h,
      OPTIONS,
    ).clv as number;
  const step = 1e-5;
  const g = theta.map((_, i) => {
    const at = (delta: number) => clv(theta.map((v, j) => (j === i ? v * Math.exp(delta) : v)));
    return (at(step) - at(-step)) / (2 * step);
  });
  const block = (cov: number[][], offset: number) => {
    let sum = 0;
    cov.forEach((row, i) => {
      row.forEach((c, j) => {
        const logCov = c / ((theta[offset + i] as number) * (theta[offset + j] as number));
        sum += (g[offset + i] as number) * logCov * (g[offset + j] as number);
      });
    });
    return sum;
  };
  return Math.sqrt(block(BG_COV, 0) + block(GG_COV, 4));
}

describe('clv standard error', () => {
  it.each([[{ x: 0, tx: 0, T: 8, m: null }], [{ x: 2, tx: 3, T: 6, m: 35.5 }], [{ x: 9, tx: 11.5, T: 12, m: 12.25 }]])(
    'agrees with central differences in the log-parameters for %j',
    (h) => {
      const se = clvStandardError(BG, GG, { bgnbd: BG_COV, gammaGamma: GG_COV }, h, OPTIONS);
      expect(se).not.toBeNull();
      expect((se as number) / seByLogDifferences(h)).toBeCloseTo(1, 5);
    },
  );

  it('is unknown without both covariances', () => {
    const h = { x: 2, tx: 3, T: 6, m: 35.5 };
    expect(clvStandardError(BG, GG, { bgnbd: BG_COV, gammaGamma: null }, h, OPTIONS)).toBeNull();
    expect(clvStandardError(BG, null, { bgnbd: BG_COV, gammaGamma: GG_COV }, h, OPTIONS)).toBeNull();
  });
});

describe('topCustomers', () => {
  const customer = (id: string, clv: number | null, clvSe: number | null = 1): ClvCustomer => ({
    customer_id: id,
    x: 1,
    t_x: 1,
    T: 2,
    m: 10,
    p_alive: 0.5,
    expected_purchases: 1,
    expected_spend: 10,
    clv,
    clv_se: clvSe,
  });

  it('lists the highest clv first, the lower id first on a tie, without customers lacking a clv', () => {
    const top = topCustomers([customer('c', 5), customer('a', 9, null), customer('b', 5), customer('d', null)], 2);
    expect(top).toEqual([
      { customer_id: 'a', x: 1, p_alive: 0.5, expected_purchases: 1, clv: 9, clv_se: null },
      { customer_id: 'b', x: 1, p_alive: 0.5, expected_purchases: 1, clv: 5, clv_se: 1 },
    ]);
  });
});
