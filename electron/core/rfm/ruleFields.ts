/**
 * The RFM scores and segment as rule fields (r_score, f_score, m_score: number; rfm_segment:
 * category), for the project's RFM settings and as-of date. In SQL they are expressions over
 * customer_metrics (alias m) with the breaks and segment names as parameters, so any rule on
 * them compiles to one query like every other field; customers without a positive order have
 * no value (empty).
 */
import type { FieldType } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';
import { type Fragment, joinFragments, raw, sql } from '../db/sqlFragment.js';
import { projectModel } from './compute.js';
import { type RfmModel, scoreCustomer } from './model.js';

export type RfmFieldKey = 'r_score' | 'f_score' | 'm_score' | 'rfm_segment';

export const RFM_FIELD_TYPES: Readonly<Record<RfmFieldKey, FieldType>> = {
  r_score: 'number',
  f_score: 'number',
  m_score: 'number',
  rfm_segment: 'category',
};

export function isRfmFieldKey(key: string): key is RfmFieldKey {
  return Object.hasOwn(RFM_FIELD_TYPES, key);
}

/** The model the rule fields use (cached for the connection until the data changes). */
export function projectRfmModel(db: Db): RfmModel {
  return projectModel(db);
}

/** The field's value for customer c (m: its customer_metrics row, possibly NULL). */
export function rfmFieldSql(model: RfmModel, key: RfmFieldKey): Fragment {
  const { asOfDay, breaks, settings } = model;
  // No as-of date means no positive order anywhere: no one has scores.
  if (asOfDay === null) return raw('NULL');
  const exceeded = (x: Fragment, list: readonly number[]) => list.map((b) => sql`(${x} > ${b})`);
  const r = sql`(${settings.bins} - ${joinFragments([raw('0'), ...exceeded(sql`(${asOfDay} - m.last_day)`, breaks.recency)], ' - ')})`;
  const f = sql`(${joinFragments([raw('1'), ...exceeded(raw('m.frequency'), breaks.frequency)], ' + ')})`;
  const m = sql`(${joinFragments([raw('1'), ...exceeded(raw('m.monetary'), breaks.monetary)], ' + ')})`;
  const value = key === 'r_score' ? r : key === 'f_score' ? f : key === 'm_score' ? m : segmentSql(model, r, f, m);
  return sql`(CASE WHEN m.frequency > 0 THEN ${value} END)`;
}

/**
 * The segment's name from the score code (see scoreCode): the code picks the segment's index
 * from a string of 3-digit indices (one substr per customer), then a CASE over the few names.
 * A CASE over the 125 codes instead costs five times as much per customer.
 */
function segmentSql(model: RfmModel, r: Fragment, f: Fragment, m: Fragment): Fragment {
  const { names, segmentOf } = model.table;
  const indices = Array.from(segmentOf, (s) => String(Math.max(s, 0)).padStart(3, '0')).join('');
  const code = sql`((${r} - 1) * 25 + (${f} - 1) * 5 + (${m} - 1))`;
  const branches = names.map((name, i) => sql`WHEN ${raw(String(i))} THEN ${name}`);
  return sql`(CASE CAST(substr(${indices}, ${code} * 3 + 1, 3) AS INTEGER) ${joinFragments(branches, ' ')} END)`;
}

/** The same value in TypeScript, for the reference evaluator. */
export function rfmFieldValue(
  model: RfmModel,
  key: RfmFieldKey,
  metrics: { frequency: number; monetary: number; last_day: number | null } | null,
): number | string | null {
  if (!metrics || metrics.frequency <= 0 || metrics.last_day === null || model.asOfDay === null) return null;
  const s = scoreCustomer(model, model.asOfDay - metrics.last_day, metrics.frequency, metrics.monetary);
  if (key === 'r_score') return s.r;
  if (key === 'f_score') return s.f;
  if (key === 'm_score') return s.m;
  return model.table.names[model.table.segmentOf[s.code] as number] as string;
}
