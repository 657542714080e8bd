/** The fitting machinery: the simplex minimiser, the numerical Hessian and the multi-start fit. */
import { describe, expect, it } from 'vitest';
import { invert, numericalHessian, standardErrors } from '../../electron/core/clv/hessian.js';
import { fitMaximumLikelihood } from '../../electron/core/clv/maximumLikelihood.js';
import { nelderMead } from '../../electron/core/clv/nelderMead.js';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1)', () => {
    const rosenbrock = ([x = 0, y = 0]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 5000 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 5);
    expect(result.x[1]).toBeCloseTo(1, 5);
  });

  it('reports no convergence when the iterations run out', () => {
    const result = nelderMead(([x = 0]) => (x - 3) ** 2, [0], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });
});

describe('standard errors', () => {
  it('the Hessian of a quadratic is its matrix, and its inverse the covariance', () => {
    // log L = -(x-1)^2 - (x-1)(y-2) - 2(y-2)^2: -H = [[2, 1], [1, 4]], inverse [[4, -1], [-1, 2]] / 7.
    const ll = ([x = 0, y = 0]: number[]) => -((x - 1) ** 2) - (x - 1) * (y - 2) - 2 * (y - 2) ** 2;
    const H = numericalHessian(ll, [1, 2]);
    expect(H[0]?.[0]).toBeCloseTo(-2, 5);
    expect(H[0]?.[1]).toBeCloseTo(-1, 5);
    expect(H[1]?.[1]).toBeCloseTo(-4, 5);
    const se = standardErrors(ll, [1, 2]);
    expect(se?.standardErrors[0]).toBeCloseTo(Math.sqrt(4 / 7), 5);
    expect(se?.standardErrors[1]).toBeCloseTo(Math.sqrt(2 / 7), 5);
  });

  it('a singular matrix has no inverse, a flat likelihood no standard errors', () => {
    expect(
      invert([
        [1, 2],
        [2, 4],
      ]),
    ).toBeNull();
    expect(standardErrors(() => 0, [1, 1])).toBeNull();
  });
});

describe('fitMaximumLikelihood', () => {
  it('fits the rate of exponential waiting times on log scale: 1 / mean, se = rate / sqrt(n)', () => {
    const waits = [0.5, 1.5, 2, 1, 3];
    // log L(λ) = n log λ - λ Σ w; maximum at λ = n / Σ w = 5 / 8.
    const fit = fitMaximumLikelihood(([rate = 0]) => waits.length * Math.log(rate) - rate * 8, [[1], [0.1], [5]]);
    expect(fit.converged).toBe(true);
    expect(fit.params[0]).toBeCloseTo(0.625, 6);
    expect(fit.logLikelihood).toBeCloseTo(5 * Math.log(0.625) - 5, 10);
    expect(fit.standardErrors?.[0]).toBeCloseTo(0.625 / Math.sqrt(5), 5);
  });
});
