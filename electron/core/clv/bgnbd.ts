/**
 * The BG/NBD model of repeat purchases (Fader, Hardie & Lee 2005, "Counting Your Customers the
 * Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2)). A customer buys at a
 * Poisson rate lambda ~ Gamma(r, alpha) while alive and drops out after any purchase with
 * probability p ~ Beta(a, b). Data per customer: x repeat purchases, the last at t_x, observed to T.
 */
import { hyp2f1, lnBeta, lnGamma } from './specialFunctions.js';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** What the model sees of a customer (x repeat purchase days, t_x and T in the chosen unit). */
export interface RepeatHistory {
  x: number;
  tx: number;
  T: number;
}

/** Identical histories counted once (most non-repeaters share one: x = 0, t_x = 0 and a few T). */
export interface WeightedHistory extends RepeatHistory {
  count: number;
}

/**
 * Total log-likelihood (the paper's eq. 6 in the 2F1-free closed form of its appendix note):
 * L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
 *   + [x > 0] · B(a+1, b+x-1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x)).
 * The terms that depend on x alone are computed once per distinct x.
 */
export function bgnbdLogLikelihood(params: BgNbdParams, data: readonly (RepeatHistory | WeightedHistory)[]): number {
  const { r, alpha, a, b } = params;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return Number.NEGATIVE_INFINITY;
  const byX = new Map<number, { common: number; dropLog: number }>();
  const lnGammaR = lnGamma(r);
  const lnBetaAB = lnBeta(a, b);
  let total = 0;
  for (const h of data) {
    const { x, tx, T } = h;
    const count = 'count' in h ? h.count : 1;
    let k = byX.get(x);
    if (!k) {
      k = {
        // ln[Γ(r+x) α^r / Γ(r)] + ln[B(a, b+x) / B(a, b)]
        common: lnGamma(r + x) - lnGammaR + r * Math.log(alpha) + lnBeta(a, b + x) - lnBetaAB,
        // ln[B(a+1, b+x-1) / B(a, b+x)] = ln[a / (b+x-1)]
        dropLog: x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0,
      };
      byX.set(x, k);
    }
    const alive = -(r + x) * Math.log(alpha + T);
    if (x === 0) total += count * (k.common + alive);
    else {
      const dropped = k.dropLog - (r + x) * Math.log(alpha + tx);
      const hi = Math.max(alive, dropped);
      total += count * (k.common + hi + Math.log(Math.exp(alive - hi) + Math.exp(dropped - hi)));
    }
  }
  return total;
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)) (the paper's eq. 13);
 * 1 when x = 0: the model lets a customer drop out only right after a repeat purchase.
 */
export function pAlive(params: BgNbdParams, h: RepeatHistory): number {
  if (h.x === 0) return 1;
  const { r, alpha, a, b } = params;
  const logRatio = Math.log(a) - Math.log(b + h.x - 1) + (r + h.x) * (Math.log(alpha + h.T) - Math.log(alpha + h.tx));
  return 1 / (1 + Math.exp(logRatio));
}

/**
 * Expected purchases in the next t units given the history (the paper's eq. 10):
 * E[Y(t) | x, t_x, T] = (a+b+x-1)/(a-1) · [1 - ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x-1; t/(α+T+t))]
 *                       / (1 + [x > 0] · a/(b+x-1) · ((α+T)/(α+t_x))^(r+x)).
 * The last factor is p_alive. a = 1 exactly would divide by zero; it is nudged (the limit is finite).
 */
export function expectedPurchases(params: BgNbdParams, h: RepeatHistory, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, b } = params;
  const a = Math.abs(params.a - 1) < 1e-9 ? 1 + 1e-9 : params.a;
  const { x, T } = h;
  const z = t / (alpha + T + t);
  const power = Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t)));
  const bracket = 1 - power * hyp2f1(r + x, b + x, a + b + x - 1, z);
  return ((a + b + x - 1) / (a - 1)) * bracket * pAlive(params, h);
}

/** The histories with identical ones merged into one weighted row (same likelihood, fewer terms). */
export function compressHistories(data: readonly RepeatHistory[]): WeightedHistory[] {
  const rows = new Map<string, WeightedHistory>();
  for (const { x, tx, T } of data) {
    const key = `${x}|${tx}|${T}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { x, tx, T, count: 1 });
  }
  return [...rows.values()];
}
