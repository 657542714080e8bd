/**
 * The analytic gradients the fit climbs with, against central differences of the log-likelihoods
 * they belong to (bgnbdLogLikelihood and gammaGammaLogLikelihood, checked against SciPy in
 * models.test.ts), in the log-parameters, at points near and far from any optimum. With a step of
 * 1e-5 the differences are good to about 1e-9 here, so six decimals is a tight check.
 */
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, compressHistories } from '../../electron/core/clv/bgnbd.js';
import { bgnbdValueAndGradient, packHistories } from '../../electron/core/clv/bgnbdGradient.js';
import { gammaGammaLogLikelihood } from '../../electron/core/clv/gammaGamma.js';
import { gammaGammaValueAndGradient, packSpends } from '../../electron/core/clv/gammaGammaGradient.js';
import { digamma } from '../../electron/core/clv/specialFunctions.js';

const STEP = 1e-5;

/** ∂f/∂ln θ_i by central differences. */
function logGradient(f: (params: number[]) => number, params: number[]): number[] {
  return params.map((_, i) => {
    const at = (delta: number) => f(params.map((v, j) => (j === i ? v * Math.exp(delta) : v)));
    return (at(STEP) - at(-STEP)) / (2 * STEP);
  });
}

const HISTORIES = compressHistories([
  { x: 0, tx: 0, T: 5 },
  { x: 0, tx: 0, T: 5 },
  { x: 2, tx: 3, T: 6 },
  { x: 5, tx: 9.5, T: 10 },
  { x: 1, tx: 0.5, T: 12 },
  { x: 14, tx: 11.75, T: 12 },
  { x: 2, tx: 3, T: 6 },
]);
const SPENDS = [
  { x: 1, m: 20 },
  { x: 3, m: 35.5 },
  { x: 7, m: 12.25 },
  { x: 3, m: 60 },
  { x: 1, m: 4.5 },
];

describe('digamma', () => {
  it('agrees with scipy.special.digamma', () => {
    expect(digamma(0.243)).toBeCloseTo(-4.351093864423211, 13);
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 14);
    expect(digamma(3.5)).toBeCloseTo(1.103156640645243, 14);
    expect(digamma(6)).toBeCloseTo(1.7061176684318005, 14);
    expect(digamma(10.25)).toBeCloseTo(2.277704790686724, 14);
    expect(digamma(150.25)).toBeCloseTo(5.008969095021217, 13);
  });
});

describe('BG/NBD gradient', () => {
  const packed = packHistories(HISTORIES);
  it.each([[[0.5, 2, 0.8, 2.5]], [[0.243, 4.414, 0.793, 2.426]], [[3, 0.2, 5, 0.4]], [[20, 150, 0.05, 40]]])(
    'matches central differences at %j',
    (params) => {
      const [r, alpha, a, b] = params as [number, number, number, number];
      const analytic = bgnbdValueAndGradient({ r, alpha, a, b }, packed);
      const value = (p: number[]) =>
        bgnbdLogLikelihood(
          { r: p[0] as number, alpha: p[1] as number, a: p[2] as number, b: p[3] as number },
          HISTORIES,
        );
      expect(analytic.value).toBeCloseTo(value(params), 11);
      const numeric = logGradient(value, params);
      analytic.gradient.forEach((g, i) => {
        expect(g).toBeCloseTo(numeric[i] as number, 6);
      });
    },
  );

  it('is -Infinity with a zero gradient outside the parameter space', () => {
    expect(bgnbdValueAndGradient({ r: 1, alpha: 1, a: 0, b: 1 }, packed)).toEqual({
      value: Number.NEGATIVE_INFINITY,
      gradient: [0, 0, 0, 0],
    });
  });
});

describe('Gamma-Gamma gradient', () => {
  const packed = packSpends(SPENDS);
  it.each([[[6, 4, 15]], [[6.25, 3.74, 15.44]], [[0.7, 12, 300]], [[40, 1.5, 2]]])(
    'matches central differences at %j',
    (params) => {
      const [p, q, v] = params as [number, number, number];
      const analytic = gammaGammaValueAndGradient({ p, q, v }, packed);
      const value = (x: number[]) =>
        gammaGammaLogLikelihood({ p: x[0] as number, q: x[1] as number, v: x[2] as number }, SPENDS);
      expect(analytic.value).toBeCloseTo(value(params), 11);
      const numeric = logGradient(value, params);
      analytic.gradient.forEach((g, i) => {
        expect(g).toBeCloseTo(numeric[i] as number, 6);
      });
    },
  );
});
