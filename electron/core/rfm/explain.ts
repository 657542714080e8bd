/**
 * "Why is this customer a Champion?": one customer's values, scores (with how many breaks each
 * value exceeds), the breaks, and the first scheme row whose ranges hold its scores.
 */
import type { RfmExplanation, RfmSchemeRow, RfmSettings } from '../../../shared/contract/rfm.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { dayToIso } from '../metrics/days.js';
import { computeRfm } from './compute.js';
import { scoreCustomer } from './model.js';
import { metricsSource } from './population.js';
import { breaksExceeded } from './score.js';

interface MetricsRow {
  frequency: number;
  monetary: number;
  last_day: number | null;
}

export function explainCustomer(db: Db, customerId: string, input: RfmSettings): RfmExplanation {
  const { model } = computeRfm(db, input);
  const row = db
    .prepare(
      `SELECT m.frequency, m.monetary, m.last_day FROM customers c JOIN ${metricsSource(db, model.asOfDay)} m
         ON m.customer = c.id
       WHERE c.customer_key = ?`,
    )
    .get(customerId) as MetricsRow | undefined;
  if (!row) {
    throw new WorkbenchError('NOT_FOUND', `There is no customer "${customerId}" in this project.`, {
      value: customerId,
    });
  }
  const { settings, breaks, asOfDay } = model;
  const base = {
    customer_id: customerId,
    asOf: asOfDay === null ? null : dayToIso(asOfDay),
    settings,
    breaks,
    frequency: row.frequency,
    monetary: row.monetary,
  };
  if (row.frequency <= 0 || row.last_day === null || asOfDay === null) {
    return { ...base, scored: false, recency_days: null, scores: null, matched: null, segment: null };
  }
  const recency = asOfDay - row.last_day;
  const s = scoreCustomer(model, recency, row.frequency, row.monetary);
  const index = model.table.rowOf[s.code] as number;
  const matched = index < 0 ? null : { index, row: settings.rows[index] as RfmSchemeRow };
  return {
    ...base,
    scored: true,
    recency_days: recency,
    scores: {
      r: { score: s.r, breaksExceeded: breaksExceeded(recency, breaks.recency) },
      f: { score: s.f, breaksExceeded: breaksExceeded(row.frequency, breaks.frequency) },
      m: { score: s.m, breaksExceeded: breaksExceeded(row.monetary, breaks.monetary) },
    },
    matched,
    segment: model.table.names[model.table.segmentOf[s.code] as number] as string,
  };
}
