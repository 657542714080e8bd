/**
 * The Gamma-Gamma log-likelihood (Fader & Hardie 2013, eq. 3; the same formula as
 * gammaGammaLogLikelihood) with its analytic gradient in the log-parameters. Per customer:
 *   ℓ = ln Γ(px+q) - ln Γ(px) - ln Γ(q) + q ln γ + px ln x + (px-1) ln m - (px+q) ln(γ + m x)
 *   ∂ℓ/∂p = x [ψ(px+q) - ψ(px) + ln x + ln m - ln(γ + m x)]
 *   ∂ℓ/∂q = ψ(px+q) - ψ(q) + ln γ - ln(γ + m x)
 *   ∂ℓ/∂γ = q/γ - (px+q)/(γ + m x)
 * and ∂ℓ/∂ln θ = θ ∂ℓ/∂θ. The gamma-function terms are computed once per distinct x and ln m once
 * per customer (when packed), so an evaluation costs one log and one division per customer.
 */
import type { ValueAndGradient } from './bfgs.js';
import type { GammaGammaParams, SpendHistory } from './gammaGamma.js';
import { digamma, lnGamma } from './specialFunctions.js';

/** Spend histories as typed arrays, customers with the same x next to each other. */
export interface PackedSpends {
  /** Distinct x values, and for each the range [start[k], start[k+1]) of its customers. */
  xs: Float64Array;
  start: Uint32Array;
  m: Float64Array;
  /** Σ ln m and Σ x ln m over all customers: the parameter-free parts of (px - 1) ln m. */
  sumLogM: number;
  sumXLogM: number;
}

export function packSpends(data: readonly SpendHistory[]): PackedSpends {
  const sorted = [...data].sort((p, q) => p.x - q.x);
  const xs: number[] = [];
  const start: number[] = [];
  const m = new Float64Array(sorted.length);
  let sumLogM = 0;
  let sumXLogM = 0;
  sorted.forEach((h, i) => {
    if (xs[xs.length - 1] !== h.x) {
      xs.push(h.x);
      start.push(i);
    }
    m[i] = h.m;
    const logM = Math.log(h.m);
    sumLogM += logM;
    sumXLogM += h.x * logM;
  });
  start.push(sorted.length);
  return { xs: Float64Array.from(xs), start: Uint32Array.from(start), m, sumLogM, sumXLogM };
}

/** Log-likelihood and gradient in (ln p, ln q, ln γ); value -Infinity outside the parameter space. */
export function gammaGammaValueAndGradient(params: GammaGammaParams, data: PackedSpends): ValueAndGradient {
  const { p, q, v } = params;
  if (!(p > 0 && q > 0 && v > 0)) return { value: Number.NEGATIVE_INFINITY, gradient: [0, 0, 0] };
  const logV = Math.log(v);
  const lnGammaQ = lnGamma(q);
  const psiQ = digamma(q);
  let value = p * data.sumXLogM - data.sumLogM;
  let gp = data.sumXLogM;
  let gq = 0;
  let gv = 0;
  for (let k = 0; k < data.xs.length; k++) {
    const x = data.xs[k] as number;
    const from = data.start[k] as number;
    const to = data.start[k + 1] as number;
    const px = p * x;
    const logX = Math.log(x);
    // Σ over this x's customers of ln(γ + m x) and 1/(γ + m x).
    let sumLog = 0;
    let sumInv = 0;
    for (let i = from; i < to; i++) {
      const s = v + (data.m[i] as number) * x;
      sumLog += Math.log(s);
      sumInv += 1 / s;
    }
    const customers = to - from;
    const psiPXQ = digamma(px + q);
    value += customers * (lnGamma(px + q) - lnGamma(px) - lnGammaQ + q * logV + px * logX) - (px + q) * sumLog;
    gp += x * (customers * (psiPXQ - digamma(px) + logX) - sumLog);
    gq += customers * (psiPXQ - psiQ + logV) - sumLog;
    gv += (customers * q) / v - (px + q) * sumInv;
  }
  return { value, gradient: [p * gp, q * gq, v * gv] };
}
