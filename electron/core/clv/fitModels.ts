/**
 * Fits BG/NBD and Gamma-Gamma on purchase-day summaries: maximum likelihood on the exact
 * log-likelihoods with their analytic gradients, several starts, convergence reported.
 * Above START_SAMPLE customers the starts run on a seeded sample of that many and only the best is
 * polished on the full data (at 100k customers the starts then cost a tenth; the polish from a
 * point near the optimum takes a few steps, and the reported fit is the full data's).
 */
import type { BgNbdFit, GammaGammaFit } from '../../../shared/contract/clv.js';
import { sampleIndices } from '../cluster/silhouette.js';
import type { BgNbdParams, RepeatHistory } from './bgnbd.js';
import { bgnbdValueAndGradient, packHistories } from './bgnbdGradient.js';
import type { GammaGammaParams, SpendHistory } from './gammaGamma.js';
import { gammaGammaValueAndGradient, packSpends } from './gammaGammaGradient.js';
import { type FitOptions, fitMaximumLikelihood } from './maximumLikelihood.js';

export const START_SAMPLE = 10_000;
const SAMPLE_SEED = 9;

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 1 : xs.reduce((s, v) => s + v, 0) / xs.length);

/** A seeded sample of the data when it is large, else null (the starts run on all of it). */
function startSample<T>(data: readonly T[]): T[] | null {
  if (data.length <= START_SAMPLE) return null;
  return Array.from(sampleIndices(data.length, START_SAMPLE, SAMPLE_SEED), (i) => data[i] as T);
}

const bgParams = ([r, alpha, a, b]: number[]): BgNbdParams => ({
  r: r as number,
  alpha: alpha as number,
  a: a as number,
  b: b as number,
});
const ggParams = ([p, q, v]: number[]): GammaGammaParams => ({ p: p as number, q: q as number, v: v as number });

export function fitBgNbd(data: readonly RepeatHistory[]): BgNbdFit {
  // alpha is a time scale (1 / purchase rate): its starts follow the observation lengths, so the
  // same starts work in days and in weeks.
  const scale = Math.max(1, mean(data.map((d) => d.T)));
  const packed = packHistories(data);
  const sample = startSample(data);
  const packedSample = sample && packHistories(sample);
  const options: FitOptions = { withGradient: (p) => bgnbdValueAndGradient(bgParams(p), packed) };
  if (packedSample) options.startsOn = (p) => bgnbdValueAndGradient(bgParams(p), packedSample);
  const fit = fitMaximumLikelihood(
    (p) => bgnbdValueAndGradient(bgParams(p), packed).value,
    [
      [1, 1, 1, 1],
      [0.5, scale / 4, 0.5, 2],
      [2, scale, 2, 5],
    ],
    options,
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
  const sample = startSample(data);
  const packedSample = sample && packSpends(sample);
  const options: FitOptions = { withGradient: (p) => gammaGammaValueAndGradient(ggParams(p), packed) };
  if (packedSample) options.startsOn = (p) => gammaGammaValueAndGradient(ggParams(p), packedSample);
  const fit = fitMaximumLikelihood(
    (p) => gammaGammaValueAndGradient(ggParams(p), packed).value,
    [
      [1, 1, 1],
      [5, 3, scale],
      [2, 2, scale / 2],
    ],
    options,
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
