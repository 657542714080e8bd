/**
 * The Gamma-Gamma model of spend per transaction (Fader & Hardie 2013, "The Gamma-Gamma Model of
 * Monetary Value"; Colombo & Jiang 1999). Each transaction's value ~ Gamma(p, nu), the customer's
 * nu ~ Gamma(q, gamma); the data per customer are x transactions with mean value m_x.
 */
import { lnGamma } from './specialFunctions.js';

export interface GammaGammaParams {
  p: number;
  q: number;
  /** gamma in the paper; "v" in the CLI output, after the lifetimes package. */
  v: number;
}

export interface SpendHistory {
  x: number;
  /** Mean spend over the x repeat transactions; > 0. */
  m: number;
}

/**
 * Total log-likelihood (the paper's eq. 3, the density of the mean m_x):
 * f(m_x | p, q, γ, x) = Γ(px+q) / (Γ(px) Γ(q)) · γ^q m_x^(px-1) x^(px) / (γ + m_x x)^(px+q).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: readonly SpendHistory[]): number {
  const { p, q, v } = params;
  if (!(p > 0 && q > 0 && v > 0)) return Number.NEGATIVE_INFINITY;
  const lnGammaQ = lnGamma(q);
  const qLogV = q * Math.log(v);
  // The gamma-function terms depend on x alone: once per distinct x (100k customers have few).
  const byX = new Map<number, number>();
  let total = 0;
  for (const { x, m } of data) {
    const px = p * x;
    let k = byX.get(x);
    if (k === undefined) {
      k = lnGamma(px + q) - lnGamma(px) - lnGammaQ + qLogV + px * Math.log(x);
      byX.set(x, k);
    }
    total += k + (px - 1) * Math.log(m) - (px + q) * Math.log(v + m * x);
  }
  return total;
}

/** The population mean spend per transaction, p·γ/(q-1); defined for q > 1 only. */
export function populationMeanSpend(params: GammaGammaParams): number | null {
  return params.q > 1 ? (params.p * params.v) / (params.q - 1) : null;
}

/**
 * E(M | p, q, γ, m_x, x) = (q-1)/(px+q-1) · pγ/(q-1) + px/(px+q-1) · m_x (the paper's eq. 5): a
 * weighted mean of the population mean and the customer's own; the population mean when x = 0.
 */
export function expectedSpend(params: GammaGammaParams, h: SpendHistory): number | null {
  const mean = populationMeanSpend(params);
  if (mean === null) return null;
  if (h.x === 0) return mean;
  const { p, q } = params;
  const px = p * h.x;
  return ((q - 1) / (px + q - 1)) * mean + (px / (px + q - 1)) * h.m;
}
