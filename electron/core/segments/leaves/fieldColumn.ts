/**
 * A customer field's value for every customer as a typed column (columnCache/customerColumns.ts),
 * computed as its compiled SQL computes it (conditionSql.ts fieldSql, rfm/ruleFields.ts): the
 * customer attributes as stored; the metrics from customer_metrics (NULL for a customer without a
 * row, and recency, tenure and aov only when frequency > 0); the RFM scores and segment by the
 * same sums of exceeded breaks and the same lookup of the segment's index. Derived columns are
 * remembered for the connection, not kept: they cost one pass over kept columns.
 *
 * Null (the condition stays on the SQL scan) for the fields not kept as columns: customer_id
 * (a million distinct keys would make the dictionary as large as the table), the event profiles
 * and journey stage, the clusters (several values per customer) and the lifetime-value
 * predictions; and for a column whose stored values are not all of its kind (customerColumns.ts).
 */

import type { StoredColumn } from '../../columnCache/columnStore.js';
import type { CustomerBase } from '../../columnCache/customerBase.js';
import {
  type ColumnSource,
  type CustomerColumn,
  customerColumn,
  type NumberColumn,
  textColumn,
} from '../../columnCache/customerColumns.js';
import { DataCache } from '../../db/dataCache.js';
import type { Db } from '../../db/projectFile.js';
import type { RfmModel } from '../../rfm/model.js';
import type { RfmFieldKey } from '../../rfm/ruleFields.js';
import type { ResolvedField } from '../fields.js';

export interface ColumnContext {
  db: Db;
  base: CustomerBase;
  asOf: number | null;
  /** Columns read from the tables and not kept yet: the caller empties each list it wrote. */
  toStore: StoredColumn[][];
}

/** The RFM segment's index string holds 125 codes (scores 1..5). */
const RFM_CODES = 125;

export function fieldColumn(context: ColumnContext, field: ResolvedField): CustomerColumn | null {
  const s = field.storage;
  if (s.kind === 'attr') {
    const kind = field.type === 'category' || field.type === 'text' ? 'text' : 'number';
    return stored(context, { table: 'customer_attrs', column: s.column, kind });
  }
  if (s.kind === 'metric') return metricColumn(context, s.metric);
  if (s.kind === 'rfm') return rfmColumn(context, s.model, s.field);
  return null;
}

function stored(context: ColumnContext, source: ColumnSource): CustomerColumn | null {
  const { column, toStore } = customerColumn(context.db, context.base, source);
  if (toStore.length > 0) context.toStore.push(toStore);
  return column;
}

const metric = (context: ColumnContext, column: 'frequency' | 'monetary' | 'first_day' | 'last_day') =>
  stored(context, { table: 'customer_metrics', column, kind: 'number' }) as NumberColumn | null;

function metricColumn(context: ColumnContext, key: string): CustomerColumn | null {
  switch (key) {
    case 'frequency':
      return metric(context, 'frequency');
    case 'monetary':
      return metric(context, 'monetary');
    case 'first_order':
      return metric(context, 'first_day');
    case 'last_order':
      return metric(context, 'last_day');
  }
  const frequency = metric(context, 'frequency');
  const other = metric(context, key === 'aov' ? 'monetary' : key === 'tenure_days' ? 'first_day' : 'last_day');
  if (!frequency || !other) return null;
  const { asOf } = context;
  // asOf NULL makes recency and tenure NULL; NaN carries NULL through the arithmetic.
  const value =
    key === 'aov'
      ? (i: number) => (other.values[i] as number) / (frequency.values[i] as number)
      : (i: number) => (asOf === null ? Number.NaN : asOf - (other.values[i] as number));
  return DataCache.of(context.db).remember(`customer column ${key} ${asOf}`, () => {
    const values = new Float64Array(frequency.values.length);
    for (let i = 0; i < values.length; i += 1) values[i] = (frequency.values[i] as number) > 0 ? value(i) : Number.NaN;
    return { kind: 'number', values };
  });
}

/**
 * rfmFieldSql in JS: r = bins - #(asOf - last_day > break), f = 1 + #(frequency > break),
 * m = 1 + #(monetary > break), only when frequency > 0; the segment is names[max(segmentOf[code], 0)].
 */
function rfmColumn(context: ColumnContext, model: RfmModel, key: RfmFieldKey): CustomerColumn | null {
  const { asOfDay, breaks, settings } = model;
  const all = [...breaks.recency, ...breaks.frequency, ...breaks.monetary];
  // A NaN break binds as NULL in SQL, which makes every score NULL; more breaks than bins - 1
  // would give scores outside 1..bins, whose codes SQL's substr reads past the index string.
  const tooMany = [breaks.recency, breaks.frequency, breaks.monetary].some((b) => b.length > settings.bins - 1);
  if (!all.every(Number.isFinite) || settings.bins > 5 || tooMany) return null;
  const frequency = metric(context, 'frequency');
  const monetary = metric(context, 'monetary');
  const lastDay = metric(context, 'last_day');
  if (!frequency || !monetary || !lastDay) return null;
  const memoKey = `customer column rfm ${key} ${JSON.stringify([asOfDay, breaks, settings])}`;
  return DataCache.of(context.db).remember(memoKey, () => {
    const n = frequency.values.length;
    const exceeded = (x: number, list: readonly number[]) => {
      let count = 0;
      for (const b of list) if (x > b) count += 1;
      return count;
    };
    const scores = new Float64Array(n).fill(Number.NaN);
    const texts: Array<string | null> = new Array(n).fill(null);
    for (let i = 0; i < n; i += 1) {
      const last = lastDay.values[i] as number;
      if (asOfDay === null || !((frequency.values[i] as number) > 0) || Number.isNaN(last)) continue;
      const r = settings.bins - exceeded(asOfDay - last, breaks.recency);
      const f = 1 + exceeded(frequency.values[i] as number, breaks.frequency);
      const m = 1 + exceeded(monetary.values[i] as number, breaks.monetary);
      if (key === 'r_score') scores[i] = r;
      else if (key === 'f_score') scores[i] = f;
      else if (key === 'm_score') scores[i] = m;
      else texts[i] = segmentName(model, (r - 1) * 25 + (f - 1) * 5 + (m - 1));
    }
    return key === 'rfm_segment' ? textColumn(texts) : { kind: 'number', values: scores };
  });
}

function segmentName(model: RfmModel, code: number): string | null {
  if (code < 0 || code >= RFM_CODES) return null;
  const index = Math.max(model.table.segmentOf[code] as number, 0);
  return model.table.names[index] ?? null;
}
