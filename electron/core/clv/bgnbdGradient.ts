/**
 * The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6; the same closed form as
 * bgnbdLogLikelihood) with its analytic gradient in the log-parameters, for the quasi-Newton fit.
 * Per customer, with C(x) = ln Γ(r+x) - ln Γ(r) + r ln α + ln B(a, b+x) - ln B(a, b),
 * A = -(r+x) ln(α+T) and D = ln a - ln(b+x-1) - (r+x) ln(α+t_x) ([x > 0] only):
 *   ℓ = C(x) + ln(e^A + [x > 0] e^D),  and with w = e^D / (e^A + e^D) (0 when x = 0):
 *   ∂ℓ/∂r = ψ(r+x) - ψ(r) + ln α - (1-w) ln(α+T) - w ln(α+t_x)
 *   ∂ℓ/∂α = r/α - (r+x) [(1-w)/(α+T) + w/(α+t_x)]
 *   ∂ℓ/∂a = ψ(a+b) - ψ(a+b+x) + w/a
 *   ∂ℓ/∂b = ψ(b+x) - ψ(b) - ψ(a+b+x) + ψ(a+b) - w/(b+x-1)
 * and ∂ℓ/∂ln θ = θ ∂ℓ/∂θ. Why packed: a fit evaluates this a few hundred times over ~60k distinct
 * histories (100k customers), so every term that depends on x, T or t_x alone is computed once per
 * distinct value and the per-row loop is left with one exp and one log.
 */
import type { ValueAndGradient } from './bfgs.js';
import type { BgNbdParams, RepeatHistory, WeightedHistory } from './bgnbd.js';
import { digamma, lnBeta, lnGamma } from './specialFunctions.js';

/** Weighted histories as indices into their distinct x, T and t_x values (typed arrays: a tight loop). */
export interface PackedHistories {
  xs: Float64Array;
  Ts: Float64Array;
  txs: Float64Array;
  xIndex: Uint32Array;
  TIndex: Uint32Array;
  txIndex: Uint32Array;
  count: Float64Array;
}

/**
 * Customer histories packed for the fit: identical ones merged into one weighted row (as
 * compressHistories does, but keyed by the indices of x, T and t_x, without building strings).
 */
export function packHistories(data: readonly (RepeatHistory | WeightedHistory)[]): PackedHistories {
  const distinct = (values: Iterable<number>): { values: Float64Array; index: Map<number, number> } => {
    const sorted = [...new Set(values)].sort((p, q) => p - q);
    return { values: Float64Array.from(sorted), index: new Map(sorted.map((v, i) => [v, i])) };
  };
  const xs = distinct(data.map((h) => h.x));
  const Ts = distinct(data.map((h) => h.T));
  const txs = distinct(data.map((h) => h.tx));
  const rowOf = new Map<number, number>();
  const xIndex: number[] = [];
  const TIndex: number[] = [];
  const txIndex: number[] = [];
  const count: number[] = [];
  for (const h of data) {
    const ix = xs.index.get(h.x) as number;
    const iT = Ts.index.get(h.T) as number;
    const itx = txs.index.get(h.tx) as number;
    const key = (ix * Ts.values.length + iT) * txs.values.length + itx;
    const weight = 'count' in h ? h.count : 1;
    const row = rowOf.get(key);
    if (row !== undefined) count[row] = (count[row] as number) + weight;
    else {
      rowOf.set(key, count.length);
      xIndex.push(ix);
      TIndex.push(iT);
      txIndex.push(itx);
      count.push(weight);
    }
  }
  return {
    xs: xs.values,
    Ts: Ts.values,
    txs: txs.values,
    xIndex: Uint32Array.from(xIndex),
    TIndex: Uint32Array.from(TIndex),
    txIndex: Uint32Array.from(txIndex),
    count: Float64Array.from(count),
  };
}

/** Log-likelihood and gradient in (ln r, ln α, ln a, ln b); value -Infinity outside the parameter space. */
export function bgnbdValueAndGradient(params: BgNbdParams, data: PackedHistories): ValueAndGradient {
  const { r, alpha, a, b } = params;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return { value: Number.NEGATIVE_INFINITY, gradient: [0, 0, 0, 0] };
  const logAlpha = Math.log(alpha);
  // Per distinct x: C(x), its partial derivatives, ln[a/(b+x-1)] and 1/(b+x-1).
  const nx = data.xs.length;
  const common = new Float64Array(nx);
  const dCr = new Float64Array(nx);
  const dCa = new Float64Array(nx);
  const dCb = new Float64Array(nx);
  const dropLog = new Float64Array(nx);
  const dropInv = new Float64Array(nx);
  const lnGammaR = lnGamma(r);
  const lnBetaAB = lnBeta(a, b);
  const psiR = digamma(r);
  const psiB = digamma(b);
  const psiAB = digamma(a + b);
  for (let k = 0; k < nx; k++) {
    const x = data.xs[k] as number;
    const psiABX = digamma(a + b + x);
    common[k] = lnGamma(r + x) - lnGammaR + r * logAlpha + lnBeta(a, b + x) - lnBetaAB;
    dCr[k] = digamma(r + x) - psiR + logAlpha;
    dCa[k] = psiAB - psiABX;
    dCb[k] = digamma(b + x) - psiB - psiABX + psiAB;
    dropLog[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
    dropInv[k] = x > 0 ? 1 / (b + x - 1) : 0;
  }
  const logAT = data.Ts.map((T) => Math.log(alpha + T));
  const invAT = data.Ts.map((T) => 1 / (alpha + T));
  const logAtx = data.txs.map((tx) => Math.log(alpha + tx));
  const invAtx = data.txs.map((tx) => 1 / (alpha + tx));

  let value = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  const n = data.count.length;
  for (let i = 0; i < n; i++) {
    const k = data.xIndex[i] as number;
    const iT = data.TIndex[i] as number;
    const c = data.count[i] as number;
    const x = data.xs[k] as number;
    const rx = r + x;
    const alive = -rx * (logAT[iT] as number);
    let w = 0;
    let ll = alive;
    let lnRate = logAT[iT] as number;
    let inv = invAT[iT] as number;
    if (x > 0) {
      const itx = data.txIndex[i] as number;
      const dropped = (dropLog[k] as number) - rx * (logAtx[itx] as number);
      // ln(e^A + e^D) = max + ln(1 + e^-(|A-D|)); w = e^D / (e^A + e^D), both without overflow.
      if (dropped > alive) {
        const e = Math.exp(alive - dropped);
        ll = dropped + Math.log1p(e);
        w = 1 / (1 + e);
      } else {
        const e = Math.exp(dropped - alive);
        ll = alive + Math.log1p(e);
        w = e / (1 + e);
      }
      lnRate = (1 - w) * lnRate + w * (logAtx[itx] as number);
      inv = (1 - w) * inv + w * (invAtx[itx] as number);
    }
    value += c * ((common[k] as number) + ll);
    gr += c * ((dCr[k] as number) - lnRate);
    gAlpha += c * (r / alpha - rx * inv);
    ga += c * ((dCa[k] as number) + w / a);
    gb += c * ((dCb[k] as number) - w * (dropInv[k] as number));
  }
  return { value, gradient: [r * gr, alpha * gAlpha, a * ga, b * gb] };
}
