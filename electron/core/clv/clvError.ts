/**
 * A customer's clv standard error by the delta method: var(clv) ≈ gᵀ Σ g over the parameters,
 * with g the gradient of clv (forward differences, relative steps) and Σ each model's covariance.
 * BG/NBD and Gamma-Gamma are fitted separately, so the two blocks are independent.
 */
import type { BgNbdParams, RepeatHistory } from './bgnbd.js';
import type { GammaGammaParams } from './gammaGamma.js';
import { type PredictOptions, predictCustomer } from './predict.js';

export interface ParamCovariances {
  bgnbd: number[][] | null;
  gammaGamma: number[][] | null;
}

const BG_KEYS = ['r', 'alpha', 'a', 'b'] as const;
const GG_KEYS = ['p', 'q', 'v'] as const;

export function clvStandardError(
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams | null,
  covariance: ParamCovariances,
  h: RepeatHistory & { m: number | null },
  options: PredictOptions,
): number | null {
  if (gammaGamma === null || covariance.bgnbd === null || covariance.gammaGamma === null) return null;
  const base = predictCustomer(bgnbd, gammaGamma, h, options).clv;
  if (base === null) return null;
  const step = (v: number): number => 1e-6 * Math.max(Math.abs(v), 1e-3);
  const bgGradient = BG_KEYS.map((key) => {
    const d = step(bgnbd[key]);
    return ((predictCustomer({ ...bgnbd, [key]: bgnbd[key] + d }, gammaGamma, h, options).clv ?? base) - base) / d;
  });
  const ggGradient = GG_KEYS.map((key) => {
    const d = step(gammaGamma[key]);
    return ((predictCustomer(bgnbd, { ...gammaGamma, [key]: gammaGamma[key] + d }, h, options).clv ?? base) - base) / d;
  });
  const variance = quadratic(bgGradient, covariance.bgnbd) + quadratic(ggGradient, covariance.gammaGamma);
  return Number.isFinite(variance) && variance >= 0 ? Math.sqrt(variance) : null;
}

function quadratic(g: number[], sigma: number[][]): number {
  let sum = 0;
  for (let i = 0; i < g.length; i++) {
    for (let j = 0; j < g.length; j++)
      sum += (g[i] as number) * ((sigma[i] as number[])[j] as number) * (g[j] as number);
  }
  return sum;
}
