/**
 * The holdout check: the repeat purchase days each customer actually made in (E, E + length]
 * against the model's expectation for that length; in total, per customer (mean absolute error),
 * and by calibration frequency 0..6, 7+ (the classic "conditional expectations" chart of Fader,
 * Hardie & Lee 2005, fig. 4).
 */
import type { ClvHoldout, HoldoutFrequencyRow } from '../../../shared/contract/clv.js';
import { dayToIso } from '../metrics/days.js';

export interface HoldoutCustomer {
  x: number;
  actual: number;
  predicted: number;
}

const TOP_FREQUENCY = 7;

export function holdoutCheck(
  customers: readonly HoldoutCustomer[],
  calibrationEnd: number,
  lengthDays: number,
  unitDays: number,
): ClvHoldout {
  let actual = 0;
  let predicted = 0;
  let absolute = 0;
  const rows = Array.from({ length: TOP_FREQUENCY + 1 }, () => ({ customers: 0, actual: 0, predicted: 0 }));
  for (const c of customers) {
    actual += c.actual;
    predicted += c.predicted;
    absolute += Math.abs(c.actual - c.predicted);
    const row = rows[Math.min(c.x, TOP_FREQUENCY)] as { customers: number; actual: number; predicted: number };
    row.customers++;
    row.actual += c.actual;
    row.predicted += c.predicted;
  }
  const byFrequency: HoldoutFrequencyRow[] = rows.map((row, i) => ({
    frequency: i === TOP_FREQUENCY ? `${TOP_FREQUENCY}+` : String(i),
    customers: row.customers,
    actual: row.customers === 0 ? 0 : row.actual / row.customers,
    predicted: row.customers === 0 ? 0 : row.predicted / row.customers,
  }));
  return {
    start: dayToIso(calibrationEnd + 1),
    end: dayToIso(calibrationEnd + lengthDays),
    length: lengthDays / unitDays,
    actual_total: actual,
    predicted_total: predicted,
    mae: customers.length === 0 ? 0 : absolute / customers.length,
    by_frequency: byFrequency,
  };
}
