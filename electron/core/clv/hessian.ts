/**
 * Standard errors from the observed information: the covariance of maximum-likelihood estimates is
 * approximately the inverse of minus the Hessian of the log-likelihood at the optimum. The Hessian
 * is taken by central differences on the natural parameters with relative steps.
 */

export function numericalHessian(f: (x: number[]) => number, x: number[]): number[][] {
  const n = x.length;
  const h = x.map((v) => 1e-4 * Math.max(Math.abs(v), 1e-3));
  const at = (di: number, si: number, dj: number, sj: number): number => {
    const p = x.slice();
    p[di] = (p[di] as number) + si * (h[di] as number);
    p[dj] = (p[dj] as number) + sj * (h[dj] as number);
    return f(p);
  };
  const f0 = f(x);
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const hi = h[i] as number;
    const p = x.slice();
    p[i] = (p[i] as number) + hi;
    const fp = f(p);
    p[i] = (x[i] as number) - hi;
    const fm = f(p);
    (H[i] as number[])[i] = (fp - 2 * f0 + fm) / (hi * hi);
    for (let j = i + 1; j < n; j++) {
      const v = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * hi * (h[j] as number));
      (H[i] as number[])[j] = v;
      (H[j] as number[])[i] = v;
    }
  }
  return H;
}

/** Gauss-Jordan inverse with partial pivoting; null when the matrix is singular. */
export function invert(matrix: number[][]): number[][] | null {
  const n = matrix.length;
  const m = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[col] as number) > Math.abs((m[pivot] as number[])[col] as number)) pivot = r;
    const pv = (m[pivot] as number[])[col] as number;
    if (!Number.isFinite(pv) || Math.abs(pv) < 1e-300) return null;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const row = m[col] as number[];
    for (let k = 0; k < 2 * n; k++) row[k] = (row[k] as number) / pv;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const other = m[r] as number[];
      const factor = other[col] as number;
      if (factor === 0) continue;
      for (let k = 0; k < 2 * n; k++) other[k] = (other[k] as number) - factor * (row[k] as number);
    }
  }
  return m.map((row) => row.slice(n));
}

/** Covariance and standard errors at the optimum x of a log-likelihood; null when not positive definite. */
export function standardErrors(
  logLikelihood: (x: number[]) => number,
  x: number[],
): { standardErrors: number[]; covariance: number[][] } | null {
  const H = numericalHessian(logLikelihood, x);
  const covariance = invert(H.map((row) => row.map((v) => -v)));
  if (!covariance) return null;
  const variances = covariance.map((row, i) => row[i] as number);
  if (!variances.every((v) => Number.isFinite(v) && v > 0)) return null;
  return { standardErrors: variances.map(Math.sqrt), covariance };
}

/**
 * The Hessian by central differences of an analytic gradient (2n gradient evaluations, and
 * second derivatives to about 1e-8 where second differences of values give 1e-4), symmetrised.
 */
export function hessianFromGradient(gradient: (x: number[]) => number[], x: number[], step = 1e-4): number[][] {
  const n = x.length;
  const columns = x.map((_, j) => {
    const p = x.slice();
    p[j] = (x[j] as number) + step;
    const up = gradient(p);
    p[j] = (x[j] as number) - step;
    const down = gradient(p);
    return up.map((v, i) => (v - (down[i] as number)) / (2 * step));
  });
  return Array.from({ length: n }, (_, i) =>
    Array.from(
      { length: n },
      (_, j) => 0.5 * (((columns[j] as number[])[i] as number) + ((columns[i] as number[])[j] as number)),
    ),
  );
}

/**
 * Covariance and standard errors of positive parameters θ fitted on their logarithms: the inverse
 * of minus the Hessian in ln θ, taken back to θ by the delta method, Cov(θ) = D Cov(ln θ) D with
 * D = diag(θ) (at the optimum, where the gradient vanishes, the same as inverting in θ itself).
 */
export function standardErrorsFromLogGradient(
  logGradient: (logs: number[]) => number[],
  params: number[],
): { standardErrors: number[]; covariance: number[][] } | null {
  const H = hessianFromGradient(logGradient, params.map(Math.log));
  const logCovariance = invert(H.map((row) => row.map((v) => -v)));
  if (!logCovariance) return null;
  const covariance = logCovariance.map((row, i) =>
    row.map((v, j) => (params[i] as number) * v * (params[j] as number)),
  );
  const variances = covariance.map((row, i) => row[i] as number);
  if (!variances.every((v) => Number.isFinite(v) && v > 0)) return null;
  return { standardErrors: variances.map(Math.sqrt), covariance };
}
