/**
 * Maximum likelihood over positive parameters: BFGS on their logarithms (so every step stays in
 * the valid region) from several starts, and standard errors from the observed information. With
 * an analytic gradient (both lifetime-value models have one) a fit takes a few dozen evaluations;
 * without one the gradient is taken by central differences.
 */

import { bfgs, type QuasiNewtonResult, type ValueAndGradient } from './bfgs.js';
import { hessianFromGradient, invert, standardErrors, standardErrorsFromLogGradient } from './hessian.js';

export interface MleFit {
  /** The parameters at the highest log-likelihood found. */
  params: number[];
  logLikelihood: number;
  /** The best start met the gradient tolerance, another start reached the same optimum, and no parameter ran off to a boundary. */
  converged: boolean;
  starts: number;
  /** Standard errors of params (observed information); null when the Hessian is not invertible. */
  standardErrors: number[] | null;
  /** The covariance matrix behind standardErrors (for the delta method); null with them. */
  covariance: number[][] | null;
}

/** The log-likelihood at the parameters with its gradient in their logarithms. */
export type LogLikelihoodWithGradient = (params: number[]) => ValueAndGradient;

export interface FitOptions {
  /** The analytic gradient; without it, central differences of logLikelihood. */
  withGradient?: LogLikelihoodWithGradient;
  /**
   * The starts run on this instead (a seeded sample of the data), and only the best start is then
   * polished on the full data: the starts find the basin, the polish the full data's optimum.
   */
  startsOn?: LogLikelihoodWithGradient;
}

/** Starts whose log-likelihoods agree within this share count as reaching the same optimum. */
const SAME_OPTIMUM = 1e-5;
/**
 * A parameter beyond e^±12 (about 1.6e5 or 6e-6) means the optimum lies on the boundary (e.g.
 * BG/NBD's r and alpha growing together toward the Poisson limit on a handful of customers): the
 * data do not determine the parameters, so the fit is not reported as converged.
 */
const BOUNDARY_LOG = 12;
const NUMERICAL_STEP = 1e-6;

export function fitMaximumLikelihood(
  logLikelihood: (params: number[]) => number,
  starts: number[][],
  options: FitOptions = {},
): MleFit {
  const withGradient = options.withGradient ?? numericalGradient(logLikelihood);
  // BFGS minimises: the negative log-likelihood over the log-parameters.
  const negative =
    (model: LogLikelihoodWithGradient) =>
    (logs: number[]): ValueAndGradient => {
      const { value, gradient } = model(logs.map(Math.exp));
      return { value: -value, gradient: gradient.map((g) => -g) };
    };
  const startModel = negative(options.startsOn ?? withGradient);
  const runs = starts.map((start) => bfgs(startModel, start.map(Math.log)));
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
  const searched: QuasiNewtonResult = options.startsOn ? bfgs(negative(withGradient), roughBest.x) : roughBest;
  const best = options.withGradient ? newtonPolish(withGradient, searched) : searched;
  const sameOptimum = SAME_OPTIMUM * (1 + Math.abs(roughBest.fx));
  const agreeing = runs.filter((run) => Math.abs(run.fx - roughBest.fx) <= sameOptimum).length;
  const params = best.x.map(Math.exp);
  const onBoundary = best.x.some((v) => Math.abs(v) >= BOUNDARY_LOG);
  // On a boundary the observed information says nothing (the likelihood is flat along the ridge,
  // and the lnΓ differences lose their digits at r ~ 1e10): no standard errors rather than noise.
  const errors = onBoundary
    ? null
    : options.withGradient
      ? standardErrorsFromLogGradient((logs) => withGradient(logs.map(Math.exp)).gradient, params)
      : standardErrors(logLikelihood, params);
  return {
    params,
    logLikelihood: -best.fx,
    converged: best.converged && (agreeing >= 2 || starts.length === 1) && !onBoundary,
    starts: starts.length,
    standardErrors: errors?.standardErrors ?? null,
    covariance: errors?.covariance ?? null,
  };
}

/**
 * One Newton step with the Hessian from differences of the analytic gradient: BFGS stops where
 * rounding noise hides further decrease of an ill-conditioned likelihood, a Newton step from there
 * lands on the optimum to about the square of the remaining error. Kept only if it does not lower
 * the likelihood beyond noise.
 */
function newtonPolish(model: LogLikelihoodWithGradient, at: QuasiNewtonResult): QuasiNewtonResult {
  const logGradient = (logs: number[]): number[] => model(logs.map(Math.exp)).gradient;
  const minusHessian = hessianFromGradient(logGradient, at.x).map((row) => row.map((v) => -v));
  const inverse = invert(minusHessian);
  if (!inverse) return at;
  // at.gradient is of -ℓ; the step is (-H)⁻¹ ∇ℓ = -(-H)⁻¹ at.gradient.
  const x = at.x.map((v, i) => v - (inverse[i] as number[]).reduce((s, h, j) => s + h * (at.gradient[j] as number), 0));
  const { value, gradient } = model(x.map(Math.exp));
  if (!(Number.isFinite(value) && -value <= at.fx + 1e-12 * (1 + Math.abs(at.fx)))) return at;
  return { ...at, x, fx: -value, gradient: gradient.map((g) => -g), evaluations: at.evaluations + 2 * x.length + 1 };
}

/** Central differences in the log-parameters, for a log-likelihood given without its gradient. */
function numericalGradient(logLikelihood: (params: number[]) => number): LogLikelihoodWithGradient {
  return (params) => {
    const logs = params.map(Math.log);
    const at = (i: number, delta: number): number =>
      logLikelihood(logs.map((v, j) => Math.exp(j === i ? v + delta : v)));
    return {
      value: logLikelihood(params),
      gradient: logs.map((_, i) => (at(i, NUMERICAL_STEP) - at(i, -NUMERICAL_STEP)) / (2 * NUMERICAL_STEP)),
    };
  };
}
