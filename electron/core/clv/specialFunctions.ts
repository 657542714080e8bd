/**
 * The special functions the lifetime-value models need: log-gamma and the Gaussian
 * hypergeometric function 2F1. No dependency offers them for Node, so they are here.
 */

// Lanczos approximation, g = 7, n = 9 (the coefficients of Numerical Recipes 3rd ed. §6.1 /
// Godfrey's set): relative error below 1e-15 for positive arguments.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (reflection for x < 0.5 keeps the approximation in its accurate range). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b), the log of the beta function. */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

const MAX_TERMS = 1_000_000;

/**
 * The Gaussian hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, by its defining series
 * (Abramowitz & Stegun 15.1.1): sum over n of (a)_n (b)_n / ((c)_n n!) z^n, each term got from the
 * previous by the ratio (a+n)(b+n) / ((c+n)(n+1)) z. The BG/NBD conditional expectation (Fader,
 * Hardie & Lee 2005, eq. 10) only calls it with z = t / (alpha + T + t) < 1, where the series
 * converges; near z = 1 it needs more terms, hence the generous cap.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z >= 0 && z < 1)) throw new RangeError(`hyp2f1 needs 0 <= z < 1, got ${z}`);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    // Stop once the terms shrink (ratio < 1) and no longer count. Waiting for n to pass the
    // parameters instead never ends when a fit runs off to huge r (the Poisson limit, a ~ 1e10).
    if (Math.abs(ratio) < 1 && Math.abs(term) <= 1e-16 * Math.abs(sum)) return sum;
  }
  throw new RangeError(`hyp2f1(${a}, ${b}; ${c}; ${z}) did not converge in ${MAX_TERMS} terms`);
}

/**
 * The digamma function ψ(x) = d/dx ln Γ(x) for x > 0, for the likelihoods' analytic gradients:
 * the recurrence ψ(x) = ψ(x+1) - 1/x lifts x to 10 or more, where the asymptotic series
 * ln x - 1/(2x) - Σ B_2k / (2k x^2k) (Abramowitz & Stegun 6.3.18) is accurate to about 1e-15.
 */
export function digamma(x: number): number {
  let shift = 0;
  let y = x;
  while (y < 10) {
    shift -= 1 / y;
    y += 1;
  }
  const inv2 = 1 / (y * y);
  // B2/2 = 1/12, B4/4 = -1/120, B6/6 = 1/252, B8/8 = -1/240, B10/10 = 1/132, B12/12 = -691/32760.
  const series =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760))))));
  return shift + Math.log(y) - 0.5 / y - series;
}
