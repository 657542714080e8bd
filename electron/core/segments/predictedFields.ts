/**
 * The builder's number fields of the kept lifetime-value fit (clv/save, electron/core/clv/keptFit.ts):
 * p_alive, expected_purchases and clv, read from clv_predictions (alias pv in the compiled SQL).
 * Customers the fit left out (first purchase after its calibration end, or no fit kept) have no
 * value: empty. A customers file's own column of the same name wins (resolved as an attribute first).
 */
import type { FieldInfo } from '../../../shared/api.js';

export type PredictedFieldKey = 'p_alive' | 'expected_purchases' | 'clv';

export const PREDICTED_FIELDS: ReadonlyArray<{ key: PredictedFieldKey; label: string }> = [
  { key: 'p_alive', label: 'Probability still active (p_alive)' },
  { key: 'expected_purchases', label: 'Expected purchases (kept fit)' },
  { key: 'clv', label: 'Predicted lifetime value (clv)' },
];

export function isPredictedFieldKey(key: string): key is PredictedFieldKey {
  return PREDICTED_FIELDS.some((f) => f.key === key);
}

/** The fields as the builder lists them (once a fit is kept), less those a customers file already names. */
export function predictedFieldInfos(taken: ReadonlySet<string>): FieldInfo[] {
  return PREDICTED_FIELDS.filter((f) => !taken.has(f.key)).map((f) => ({
    key: f.key,
    label: f.label,
    type: 'number',
    role: null,
    source: 'customers',
  }));
}
