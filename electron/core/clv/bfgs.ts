/**
 * Quasi-Newton minimisation: BFGS on the inverse Hessian with a backtracking line search under the
 * Armijo condition (Nocedal & Wright, Numerical Optimization, 2nd ed., algorithm 6.1 and 3.1; the
 * first step's scaling is their eq. 6.20). Why not the simplex: with analytic gradients a
 * likelihood fit takes a few dozen evaluations instead of a thousand.
 */

export interface ValueAndGradient {
  value: number;
  gradient: number[];
}

export interface QuasiNewtonResult {
  x: number[];
  fx: number;
  gradient: number[];
  iterations: number;
  /** Evaluations of the function and gradient, line search included. */
  evaluations: number;
  /**
   * The gradient met the tolerance before the iteration cap, or the search stalled at rounding
   * noise with a gradient still nearly flat.
   */
  converged: boolean;
}

export interface QuasiNewtonOptions {
  maxIterations?: number;
  /** Stop when every gradient component is at most this times (1 + |f|). */
  gradientTolerance?: number;
  /** Longest step along any coordinate (the fit works on log-parameters: e^4 ≈ 55-fold). */
  maxStep?: number;
}

const ARMIJO = 1e-4;
const MIN_STEP = 1e-14;
/**
 * A decrease this small relative to |f| is rounding noise (a sum over thousands of customers):
 * near the optimum of an ill-conditioned likelihood (Gamma-Gamma's p, q and γ move together) the
 * line search can only "succeed" on noise, so two such steps in a row end the search.
 */
const NOISE = 1e-14;
/** At a noise-bound stop the gradient must still be this small (times 1 + |f|) to count as converged. */
const NOISE_GRADIENT = 1e-6;

export function bfgs(
  fg: (x: number[]) => ValueAndGradient,
  x0: number[],
  options: QuasiNewtonOptions = {},
): QuasiNewtonResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.gradientTolerance ?? 1e-9;
  const maxStep = options.maxStep ?? 4;
  let evaluations = 0;
  const evaluate = (x: number[]): ValueAndGradient => {
    evaluations++;
    const result = fg(x);
    // A region where the function is undefined counts as infinitely high.
    return Number.isFinite(result.value) && result.gradient.every(Number.isFinite)
      ? result
      : { value: Number.POSITIVE_INFINITY, gradient: result.gradient };
  };
  let x = x0.slice();
  let current = evaluate(x);
  let H = identity(n);
  let first = true;
  let stalled = 0;
  const done = (iterations: number, converged: boolean): QuasiNewtonResult => ({
    x,
    fx: current.value,
    gradient: current.gradient,
    iterations,
    evaluations,
    converged,
  });
  if (!Number.isFinite(current.value)) return done(0, false);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const g = current.gradient;
    if (maxAbs(g) <= tolerance * (1 + Math.abs(current.value))) return done(iteration, true);
    let d = times(H, g).map((v) => -v);
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (the update lost positive definiteness): start over from steepest descent.
      H = identity(n);
      first = true;
      d = g.map((v) => -v);
      slope = dot(g, d);
    }
    const longest = maxAbs(d);
    if (longest > maxStep) {
      d = d.map((v) => (v * maxStep) / longest);
      slope = dot(g, d);
    }
    let t = 1;
    let next: ValueAndGradient;
    let xNext: number[];
    for (;;) {
      xNext = x.map((v, i) => v + t * (d[i] as number));
      next = evaluate(xNext);
      if (next.value <= current.value + ARMIJO * t * slope) break;
      // Safeguarded quadratic interpolation of the step (a tenth when the value is undefined).
      const quadratic = Number.isFinite(next.value)
        ? (-slope * t * t) / (2 * (next.value - current.value - slope * t))
        : 0.1 * t;
      t = Math.min(0.5 * t, Math.max(0.1 * t, quadratic));
      if (t < MIN_STEP) return done(iteration, nearlyFlat(current));
    }
    const s = xNext.map((v, i) => v - (x[i] as number));
    const y = next.gradient.map((v, i) => v - (g[i] as number));
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (first) {
        H = identity(n).map((row) => row.map((v) => (v * sy) / dot(y, y)));
        first = false;
      }
      H = bfgsUpdate(H, s, y, sy);
    }
    const decrease = current.value - next.value;
    x = xNext;
    current = next;
    stalled = decrease <= NOISE * (1 + Math.abs(current.value)) ? stalled + 1 : 0;
    if (stalled >= 2) return done(iteration + 1, nearlyFlat(current));
  }
  return done(maxIterations, maxAbs(current.gradient) <= tolerance * (1 + Math.abs(current.value)));
}

/** H+ = (I - ρ s yᵀ) H (I - ρ y sᵀ) + ρ s sᵀ with ρ = 1/(yᵀ s) (Nocedal & Wright eq. 6.17). */
function bfgsUpdate(H: number[][], s: number[], y: number[], sy: number): number[][] {
  const rho = 1 / sy;
  const Hy = times(H, y);
  const yHy = dot(y, Hy);
  return H.map((row, i) =>
    row.map(
      (v, j) =>
        v -
        rho * ((Hy[i] as number) * (s[j] as number) + (s[i] as number) * (Hy[j] as number)) +
        (rho * rho * yHy + rho) * (s[i] as number) * (s[j] as number),
    ),
  );
}

const nearlyFlat = (at: ValueAndGradient): boolean => maxAbs(at.gradient) <= NOISE_GRADIENT * (1 + Math.abs(at.value));
const identity = (n: number): number[][] =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const dot = (u: number[], w: number[]): number => u.reduce((sum, v, i) => sum + v * (w[i] as number), 0);
const times = (M: number[][], u: number[]): number[] => M.map((row) => dot(row, u));
const maxAbs = (u: number[]): number => u.reduce((max, v) => Math.max(max, Math.abs(v)), 0);
