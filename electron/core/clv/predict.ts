/**
 * Per-customer predictions from fitted parameters: p_alive, expected purchases over the horizon,
 * expected spend and clv = expected purchases x expected spend x margin. With a monthly discount
 * rate R the horizon is cut into months of 365.25/12 days (the last one possibly shorter) and each
 * month's expected purchases, E[Y(t_k)] - E[Y(t_(k-1))], are discounted by (1 + R)^-k.
 */
import { type BgNbdParams, expectedPurchases, pAlive, type RepeatHistory } from './bgnbd.js';
import { expectedSpend, type GammaGammaParams } from './gammaGamma.js';

export const DAYS_PER_MONTH = 365.25 / 12;

export interface PredictOptions {
  /** Horizon in units. */
  horizon: number;
  unitDays: number;
  margin: number;
  /** Monthly rate; null: no discounting. */
  discountRate: number | null;
}

export interface Prediction {
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number | null;
  clv: number | null;
}

export function predictCustomer(
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams | null,
  h: RepeatHistory & { m: number | null },
  options: PredictOptions,
): Prediction {
  const purchases = expectedPurchases(bgnbd, h, options.horizon);
  // A customer without a positive repeat spend (x = 0, or returns outweighing the repeat days)
  // gets the population mean, as the model prescribes for x = 0.
  const own = h.m !== null && h.m > 0 ? { x: h.x, m: h.m } : { x: 0, m: 0 };
  const spend = gammaGamma === null ? null : expectedSpend(gammaGamma, own);
  const counted = options.discountRate === null ? purchases : discountedPurchases(bgnbd, h, options);
  return {
    pAlive: pAlive(bgnbd, h),
    expectedPurchases: purchases,
    expectedSpend: spend,
    clv: spend === null ? null : counted * spend * options.margin,
  };
}

/** Expected purchases over the horizon, each month's share discounted to today. */
export function discountedPurchases(bgnbd: BgNbdParams, h: RepeatHistory, options: PredictOptions): number {
  const monthUnits = DAYS_PER_MONTH / options.unitDays;
  const rate = options.discountRate ?? 0;
  let total = 0;
  let before = 0;
  for (let k = 1; (k - 1) * monthUnits < options.horizon; k++) {
    const upTo = expectedPurchases(bgnbd, h, Math.min(k * monthUnits, options.horizon));
    total += (upTo - before) / (1 + rate) ** k;
    before = upTo;
  }
  return total;
}
