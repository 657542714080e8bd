/**
 * What the builder shows for a field: how many customers (order lines, for order fields) have a
 * value, the range of numbers and dates, and the commonest values of category and text fields.
 */
import type { FieldProfile } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { foldText } from '../../../shared/model/rules.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';
import { type Fragment, raw, sql } from '../db/sqlFragment.js';
import { ensureEventProfiles } from '../events/profiles.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { isRfmFieldKey } from '../rfm/ruleFields.js';
import { CLUSTER_FIELD_KEY, clusterValue } from './clusterField.js';
import { fieldSql } from './conditionSql.js';
import { PROFILE_FIELDS } from './eventFields.js';
import { isMetricKey, loadFieldRegistry, metricField, type ResolvedField, rfmField } from './fields.js';
import { isPredictedFieldKey } from './predictedFields.js';
import { FOLD_FUNCTION, registerRuleFunctions } from './sqlFunctions.js';

interface ProfileRequest {
  key: string;
  source: FieldProfile['source'];
  search?: string;
  /** Most values listed (default 50). */
  limit?: number;
}

const DEFAULT_VALUE_LIMIT = 50;

/** Fields with more distinct values than this (e.g. e-mails) are not kept: searching them runs SQL. */
const MAX_KEPT_VALUES = 20_000;

interface BaseProfile {
  profile: FieldProfile;
  /** Every value with its count, commonest first; null when there are too many to keep. */
  values: FieldProfile['values'] | null;
}

export function fieldProfile(db: Db, request: ProfileRequest): FieldProfile {
  registerRuleFunctions(db);
  const { key, source } = request;
  const limit = request.limit ?? DEFAULT_VALUE_LIMIT;
  if (source === 'customers' && key === CLUSTER_FIELD_KEY && !loadFieldRegistry(db).customers.has(key)) {
    return clusterFieldProfile(db, request.search ? foldText(request.search) : '', limit);
  }
  const field = resolveProfileField(db, key, source);
  // Derived event fields read event_profiles, rebuilt when the as-of date or the events changed.
  if (field.storage.kind === 'profile' || field.storage.kind === 'journey') ensureEventProfiles(db);
  // Grouping a million order lines takes a while: the whole profile is kept until the data changes.
  const base = DataCache.of(db).remember(`profile ${source} ${key}`, () => baseProfile(db, field, source));
  const search = request.search ? foldText(request.search) : '';
  if (base.values) {
    const found = search === '' ? base.values : base.values.filter((v) => foldText(v.value).includes(search));
    return { ...base.profile, values: found.slice(0, limit) };
  }
  return { ...base.profile, values: valueCounts(db, field, source, search, limit) };
}

function baseProfile(db: Db, field: ResolvedField, source: FieldProfile['source']): BaseProfile {
  const x = fieldSql(field, readAsOf(db).day);
  const stats = run(
    db,
    sql`SELECT COUNT(${x}) AS filled, COUNT(*) AS total, MIN(${x}) AS lo, MAX(${x}) AS hi FROM ${from(source)}`,
  ).get() as { filled: number; total: number; lo: number | string | null; hi: number | string | null };
  const profile: FieldProfile = {
    key: field.key,
    source,
    type: field.type,
    filled: stats.filled,
    empty: stats.total - stats.filled,
    min: null,
    max: null,
    values: [],
  };
  if (field.type === 'number') {
    profile.min = stats.lo;
    profile.max = stats.hi;
  } else if (field.type === 'date') {
    const toIso = (v: number | string | null) =>
      typeof v !== 'number' ? null : dayToIso(source === 'metrics' ? v : Math.floor(v / 86_400));
    profile.min = toIso(stats.lo);
    profile.max = toIso(stats.hi);
  }
  if (field.type !== 'category' && field.type !== 'text') return { profile, values: [] };
  const values = valueCounts(db, field, source, '', MAX_KEPT_VALUES + 1);
  return { profile, values: values.length > MAX_KEPT_VALUES ? null : values };
}

/** Values with their counts, commonest first (ties by value), containing `search` (folded) when given. */
function valueCounts(
  db: Db,
  field: ResolvedField,
  source: FieldProfile['source'],
  search: string,
  limit: number,
): FieldProfile['values'] {
  const x = fieldSql(field, null);
  const filter = search === '' ? raw('') : sql` AND instr(${raw(FOLD_FUNCTION)}(${x}), ${search}) > 0`;
  const rows = run(
    db,
    sql`SELECT ${x} AS value, COUNT(*) AS count FROM ${from(source)} WHERE ${x} IS NOT NULL${filter}
      GROUP BY 1 ORDER BY count DESC, value LIMIT ${limit}`,
  ).all() as Array<{ value: string; count: number }>;
  return rows.map((v) => ({ value: String(v.value), count: v.count }));
}

function from(source: FieldProfile['source']): Fragment {
  if (source === 'orders') return raw('order_lines l');
  if (source === 'metrics') return raw('customers c LEFT JOIN customer_metrics m ON m.customer = c.id');
  // e and m serve the derived event fields (journey_stage reads both), pv the kept lifetime-value
  // fit's predictions; one row per customer each.
  return raw(
    'customers c LEFT JOIN customer_attrs a ON a.customer = c.id LEFT JOIN event_profiles e ON e.customer = c.id LEFT JOIN customer_metrics m ON m.customer = c.id LEFT JOIN clv_predictions pv ON pv.customer = c.id',
  );
}

function run(db: Db, query: Fragment) {
  const statement = db.prepare(query.sql);
  return {
    get: () => statement.get(...query.params),
    all: () => statement.all(...query.params),
  };
}

/** The cluster field: each saved cluster's value with its size; "filled" counts customers in any clustering. */
function clusterFieldProfile(db: Db, search: string, limit: number): FieldProfile {
  const total = db.prepare('SELECT COUNT(*) FROM customers').pluck().get() as number;
  const filled = db.prepare('SELECT COUNT(DISTINCT customer) FROM cluster_members').pluck().get() as number;
  const values = (
    db
      .prepare(
        'SELECT s.name, k.cluster, k.customers FROM clustering_clusters k JOIN clusterings s ON s.id = k.clustering',
      )
      .all() as Array<{ name: string; cluster: number; customers: number }>
  )
    .map((r) => ({ value: clusterValue(r.name, r.cluster), count: r.customers }))
    .filter((v) => search === '' || foldText(v.value).includes(search))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return {
    key: CLUSTER_FIELD_KEY,
    source: 'customers',
    type: 'category',
    filled,
    empty: total - filled,
    min: null,
    max: null,
    values: values.slice(0, limit),
  };
}

function resolveProfileField(db: Db, key: string, source: FieldProfile['source']): ResolvedField {
  if (source === 'metrics') {
    if (isMetricKey(key)) return metricField(key);
    if (isRfmFieldKey(key)) return rfmField(loadFieldRegistry(db), key);
  } else if (source === 'customers' && key === 'customer_id') {
    return { key, type: 'text', storage: { kind: 'customer_key' } };
  } else {
    const registry = loadFieldRegistry(db);
    const field = (source === 'orders' ? registry.orders : registry.customers).get(key);
    if (field) {
      return { key, type: field.type, storage: { kind: source === 'orders' ? 'line' : 'attr', column: field.column } };
    }
    const derived = source === 'customers' ? PROFILE_FIELDS.get(key) : undefined;
    if (derived) {
      const storage =
        key === 'journey_stage' ? { kind: 'journey' as const } : { kind: 'profile' as const, column: derived.column };
      return { key, type: derived.type, storage };
    }
    if (source === 'customers' && isPredictedFieldKey(key)) {
      return { key, type: 'number', storage: { kind: 'predicted', column: key } };
    }
  }
  throw new WorkbenchError('INVALID_PARAMS', `Unknown field "${key}" among the ${source} fields.`, {
    field: key,
    source,
  });
}
