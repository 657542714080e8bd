/**
 * The gallery template of the kept lifetime-value fit (issue 9 §2): "High value at risk", the
 * customers the models value most (clv in the top 20 % of the fitted customers, the threshold taken
 * from the data as the other templates do) who are probably slipping away (p_alive < 0.5, the
 * BG/NBD probability that they are still active; Fader, Hardie & Lee 2005, eq. 13). Shown disabled
 * with the reason until a fit is kept (Predict view, "Keep this fit").
 */
import type { SegmentTemplate } from '../../../shared/api.js';
import type { Db } from '../db/projectFile.js';
import { all, type Made, off, on } from './templatesEvents.js';

/** Below this probability of being active, a customer is more likely gone than not. */
const AT_RISK_P_ALIVE = 0.5;

/** The 80th percentile (nearest rank) of the kept clv values; null when none. */
function clvTop20Threshold(db: Db): number | null {
  const n = db.prepare('SELECT COUNT(*) FROM clv_predictions WHERE clv IS NOT NULL').pluck().get() as number;
  if (n === 0) return null;
  const offset = Math.max(0, Math.ceil(0.8 * n) - 1);
  return db
    .prepare('SELECT clv FROM clv_predictions WHERE clv IS NOT NULL ORDER BY clv LIMIT 1 OFFSET ?')
    .pluck()
    .get(offset) as number;
}

/** Rounded down to cents, so the customer at the threshold stays in. */
const cents = (n: number) => Math.floor(n * 100 + 1e-6) / 100;

export function highValueAtRisk(db: Db): SegmentTemplate {
  const threshold = clvTop20Threshold(db);
  const value = cents(threshold ?? 0);
  const made: Made = {
    id: 'high-value-at-risk',
    base: 'value',
    name: `High value at risk (clv ≥ ${value}, p_alive < ${AT_RISK_P_ALIVE})`,
    description:
      'The fifth of customers with the highest predicted lifetime value who are more likely gone than active: win them back first.',
    rule: all({ field: 'clv', op: '>=', value }, { field: 'p_alive', op: '<', value: AT_RISK_P_ALIVE }),
    words: { name: 'highValueAtRisk', description: 'highValueAtRisk', values: { value } },
  };
  if (threshold !== null) return on(made);
  return off(made, {
    text: 'Needs a kept lifetime-value fit: open Predict, fit the models and choose "Keep this fit".',
    key: 'needsClvFit',
  });
}
