/** Fits BG/NBD and Gamma-Gamma on purchase-day summaries (maximum likelihood, several starts). */
import type { BgNbdFit, GammaGammaFit } from '../../../shared/contract/clv.js';
import { bgnbdLogLikelihood, compressHistories, type RepeatHistory } from './bgnbd.js';
import { bgnbdValueAndGradient, packHistories } from './bgnbdGradient.js';
import { gammaGammaLogLikelihood, type SpendHistory } from './gammaGamma.js';
import { gammaGammaValueAndGradient, packSpends } from './gammaGammaGradient.js';
import { fitMaximumLikelihood } from './maximumLikelihood.js';

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 1 : xs.reduce((s, v) => s + v, 0) / xs.length);

export function fitBgNbd(data: readonly RepeatHistory[]): BgNbdFit {
  // alpha is a time scale (1 / purchase rate): its starts follow the observation lengths, so the
  // same starts work in days and in weeks.
  const scale = Math.max(1, mean(data.map((d) => d.T)));
  const rows = compressHistories(data);
  const packed = packHistories(rows);
  const params = ([r, alpha, a, b]: number[]) => ({
    r: r as number,
    alpha: alpha as number,
    a: a as number,
    b: b as number,
  });
  const fit = fitMaximumLikelihood(
    (p) => bgnbdLogLikelihood(params(p), rows),
    [
      [1, 1, 1, 1],
      [0.5, scale / 4, 0.5, 2],
      [2, scale, 2, 5],
    ],
    { withGradient: (p) => bgnbdValueAndGradient(params(p), packed) },
  );
  const [r = Number.NaN, alpha = Number.NaN, a = Number.NaN, b = Number.NaN] = fit.params;
  const se = fit.standardErrors;
  return {
    r,
    alpha,
    a,
    b,
    logLikelihood: fit.logLikelihood,
    converged: fit.converged,
    customers: data.length,
    starts: fit.starts,
    standardErrors: se ? { r: se[0] as number, alpha: se[1] as number, a: se[2] as number, b: se[3] as number } : null,
    covariance: fit.covariance,
  };
}

/** Null without data: no customer with a repeat purchase of positive mean spend. */
export function fitGammaGamma(data: readonly SpendHistory[]): GammaGammaFit | null {
  if (data.length === 0) return null;
  const scale = mean(data.map((d) => d.m));
  const packed = packSpends(data);
  const params = ([p, q, v]: number[]) => ({ p: p as number, q: q as number, v: v as number });
  const fit = fitMaximumLikelihood(
    (p) => gammaGammaLogLikelihood(params(p), data),
    [
      [1, 1, 1],
      [5, 3, scale],
      [2, 2, scale / 2],
    ],
    { withGradient: (p) => gammaGammaValueAndGradient(params(p), packed) },
  );
  const [p = Number.NaN, q = Number.NaN, v = Number.NaN] = fit.params;
  const se = fit.standardErrors;
  return {
    p,
    q,
    v,
    logLikelihood: fit.logLikelihood,
    converged: fit.converged,
    customers: data.length,
    starts: fit.starts,
    standardErrors: se ? { p: se[0] as number, q: se[1] as number, v: se[2] as number } : null,
    covariance: fit.covariance,
  };
}
