/**
 * Maximum likelihood over positive parameters: Nelder-Mead on their logarithms (so every step
 * stays in the valid region) from several starts, each best point polished by a restart there
 * (a simplex can stall short of the optimum), and standard errors from the observed information.
 */

import { standardErrors } from './hessian.js';
import { nelderMead } from './nelderMead.js';

export interface MleFit {
  /** The parameters at the highest log-likelihood found. */
  params: number[];
  logLikelihood: number;
  /** The best start's simplex met its tolerances, another start reached the same optimum, and no parameter ran off to a boundary. */
  converged: boolean;
  starts: number;
  /** Standard errors of params (observed information); null when the Hessian is not invertible. */
  standardErrors: number[] | null;
  /** The covariance matrix behind standardErrors (for the delta method); null with them. */
  covariance: number[][] | null;
}

/** Starts whose log-likelihoods agree within this share count as reaching the same optimum. */
const SAME_OPTIMUM = 1e-5;
/**
 * A parameter beyond e^±12 (about 1.6e5 or 6e-6) means the optimum lies on the boundary (e.g.
 * BG/NBD's r and alpha growing together toward the Poisson limit on a handful of customers): the
 * data do not determine the parameters, so the fit is not reported as converged.
 */
const BOUNDARY_LOG = 12;

export function fitMaximumLikelihood(logLikelihood: (params: number[]) => number, starts: number[][]): MleFit {
  const negative = (logs: number[]): number => -logLikelihood(logs.map(Math.exp));
  // Every start to a loose tolerance, then only the best polished by a restart there: a
  // simplex can stall short of the optimum, and polishing every start would double the cost.
  const runs = starts.map((start) => nelderMead(negative, start.map(Math.log), { fTolerance: 1e-7, xTolerance: 1e-4 }));
  runs.sort((p, q) => p.fx - q.fx);
  const roughBest = runs[0];
  if (!roughBest || !Number.isFinite(roughBest.fx)) {
    return {
      params: [],
      logLikelihood: Number.NaN,
      converged: false,
      starts: starts.length,
      standardErrors: null,
      covariance: null,
    };
  }
  const best = nelderMead(negative, roughBest.x, { step: 0.05 });
  const sameOptimum = SAME_OPTIMUM * (1 + Math.abs(best.fx));
  const agreeing = runs.filter((run) => Math.abs(run.fx - best.fx) <= sameOptimum).length;
  const params = best.x.map(Math.exp);
  const errors = standardErrors(logLikelihood, params);
  return {
    params,
    logLikelihood: -best.fx,
    converged:
      best.converged && (agreeing >= 2 || starts.length === 1) && best.x.every((v) => Math.abs(v) < BOUNDARY_LOG),
    starts: starts.length,
    standardErrors: errors?.standardErrors ?? null,
    covariance: errors?.covariance ?? null,
  };
}
