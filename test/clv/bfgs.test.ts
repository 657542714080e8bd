/** The quasi-Newton minimiser and the fit's behaviour on a boundary. */
import { describe, expect, it } from 'vitest';
import { bfgs } from '../../electron/core/clv/bfgs.js';
import { fitMaximumLikelihood } from '../../electron/core/clv/maximumLikelihood.js';

describe('bfgs', () => {
  it('finds the minimum of the Rosenbrock function at (1, 1) in a few dozen steps', () => {
    const rosenbrock = ([x = 0, y = 0]: number[]) => ({
      value: 100 * (y - x * x) ** 2 + (1 - x) ** 2,
      gradient: [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)],
    });
    const result = bfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
    expect(result.x[1]).toBeCloseTo(1, 8);
    expect(result.iterations).toBeLessThan(60);
  });

  it('minimises a quadratic exactly: (x-3)^2 + 10 (y+1)^2', () => {
    const result = bfgs(
      ([x = 0, y = 0]) => ({ value: (x - 3) ** 2 + 10 * (y + 1) ** 2, gradient: [2 * (x - 3), 20 * (y + 1)] }),
      [0, 0],
    );
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(3, 9);
    expect(result.x[1]).toBeCloseTo(-1, 9);
    expect(result.fx).toBeCloseTo(0, 15);
  });

  it('reports no convergence when the iterations run out', () => {
    const rosenbrock = ([x = 0, y = 0]: number[]) => ({
      value: 100 * (y - x * x) ** 2 + (1 - x) ** 2,
      gradient: [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)],
    });
    const result = bfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(3);
  });

  it('treats an undefined value as infinitely high and steps back from it', () => {
    // -ln x + x has its minimum at x = 1 and is undefined for x <= 0, where a full first step lands.
    const f = ([x = 0]: number[]) => ({ value: x > 0 ? -Math.log(x) + x : Number.NaN, gradient: [-1 / x + 1] });
    const result = bfgs(f, [0.05]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 8);
  });
});

describe('fitMaximumLikelihood on a boundary', () => {
  it('reports neither convergence nor standard errors when a parameter runs off to infinity', () => {
    // log L(θ) = -1/θ rises toward θ = ∞: the "optimum" is a boundary, the Hessian meaningless there.
    const fit = fitMaximumLikelihood(([theta = 0]) => -1 / theta, [[1], [2]], {
      withGradient: ([theta = 0]) => ({ value: -1 / theta, gradient: [1 / theta] }),
    });
    expect(fit.params[0]).toBeGreaterThan(Math.exp(12));
    expect(fit.converged).toBe(false);
    expect(fit.standardErrors).toBeNull();
    expect(fit.covariance).toBeNull();
  });
});
