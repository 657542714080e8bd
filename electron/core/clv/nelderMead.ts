/**
 * Downhill simplex minimisation (Nelder & Mead 1965, with the standard coefficients: reflection 1,
 * expansion 2, contraction 1/2, shrink 1/2). Our own because the fmin package's published build is a
 * UMD bundle inside a "type": "module" package: under Node it exports nothing.
 */

export interface MinimizeResult {
  x: number[];
  fx: number;
  iterations: number;
  /** The simplex shrank below the tolerances before the iteration cap. */
  converged: boolean;
}

export interface MinimizeOptions {
  maxIterations?: number;
  /** Spread of the function values over the simplex at which it stops. */
  fTolerance?: number;
  /** Largest coordinate distance from the best vertex at which it stops. */
  xTolerance?: number;
  /** Size of the first simplex's steps along each axis. */
  step?: number;
}

export function nelderMead(f: (x: number[]) => number, x0: number[], options: MinimizeOptions = {}): MinimizeResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 400 * n;
  const fTol = options.fTolerance ?? 1e-10;
  const xTol = options.xTolerance ?? 1e-8;
  const step = options.step ?? 0.5;
  const value = (x: number[]): number => {
    const v = f(x);
    // A parameter region where the likelihood is undefined counts as infinitely bad.
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  let simplex = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const p = x0.slice();
    p[i] = (p[i] as number) + step;
    simplex.push(p);
  }
  let fs = simplex.map(value);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const order = fs.map((_, i) => i).sort((i, j) => (fs[i] as number) - (fs[j] as number));
    simplex = order.map((i) => simplex[i] as number[]);
    fs = order.map((i) => fs[i] as number);
    const best = simplex[0] as number[];
    const spreadF = Math.abs((fs[n] as number) - (fs[0] as number));
    if (spreadF <= fTol * (1 + Math.abs(fs[0] as number)) && maxDistance(simplex) <= xTol) {
      return { x: best, fx: fs[0] as number, iterations, converged: true };
    }
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++)
      for (let d = 0; d < n; d++) centroid[d] = (centroid[d] as number) + ((simplex[k] as number[])[d] as number) / n;
    const worst = simplex[n] as number[];
    const towards = (t: number): number[] => centroid.map((c, d) => c + t * (c - (worst[d] as number)));
    const reflected = towards(1);
    const fr = value(reflected);
    if (fr < (fs[0] as number)) {
      const expanded = towards(2);
      const fe = value(expanded);
      if (fe < fr) replaceWorst(expanded, fe);
      else replaceWorst(reflected, fr);
    } else if (fr < (fs[n - 1] as number)) {
      replaceWorst(reflected, fr);
    } else {
      const outside = fr < (fs[n] as number);
      const contracted = towards(outside ? 0.5 : -0.5);
      const fc = value(contracted);
      if (fc < (outside ? fr : (fs[n] as number))) replaceWorst(contracted, fc);
      else {
        for (let k = 1; k <= n; k++) {
          simplex[k] = (simplex[k] as number[]).map((v, d) => (best[d] as number) + 0.5 * (v - (best[d] as number)));
          fs[k] = value(simplex[k] as number[]);
        }
      }
    }
  }
  const i = fs.indexOf(Math.min(...fs));
  return { x: simplex[i] as number[], fx: fs[i] as number, iterations, converged: false };

  function replaceWorst(x: number[], fx: number): void {
    simplex[n] = x;
    fs[n] = fx;
  }
}

function maxDistance(simplex: number[][]): number {
  const best = simplex[0] as number[];
  let d = 0;
  for (let k = 1; k < simplex.length; k++) {
    const p = simplex[k] as number[];
    for (let i = 0; i < best.length; i++) d = Math.max(d, Math.abs((p[i] as number) - (best[i] as number)));
  }
  return d;
}
