/**
 * Which data a rule's field key names. Customer scope: customer_id, the metrics, then the
 * customer attributes of the registry; order scope (inside orders.where): the order fields.
 * Column names come from the registry (generated c1, c2, ...), never from the rule.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import type { MetricFieldKey } from '../../../shared/model/metrics.js';
import type { FieldType } from '../../../shared/model/roles.js';
import type { Db } from '../db/projectFile.js';
import type { RfmModel } from '../rfm/model.js';
import { isRfmFieldKey, projectRfmModel, RFM_FIELD_TYPES, type RfmFieldKey } from '../rfm/ruleFields.js';
import { CLUSTER_FIELD_KEY } from './clusterField.js';
import { EVENT_FIELDS, PROFILE_FIELDS } from './eventFields.js';
import { isPredictedFieldKey, type PredictedFieldKey } from './predictedFields.js';

export type FieldScope = 'customer' | 'order' | 'event';

export const METRIC_TYPES: Readonly<Record<MetricFieldKey, FieldType>> = {
  recency_days: 'number',
  frequency: 'number',
  monetary: 'number',
  aov: 'number',
  tenure_days: 'number',
  first_order: 'date',
  last_order: 'date',
};

/** Where a field's value lives; dates of attributes and order lines are seconds, metric dates days. */
type FieldStorage =
  | { kind: 'customer_key' }
  | { kind: 'metric'; metric: MetricFieldKey }
  /** RFM scores and segment for the project's RFM settings (see rfm/ruleFields.ts). */
  | { kind: 'rfm'; field: RfmFieldKey; model: RfmModel }
  | { kind: 'attr'; column: string }
  | { kind: 'line'; column: string }
  /** A column of events (inside an events condition). */
  | { kind: 'event'; column: string }
  /** A column of event_profiles (dates in seconds), or the computed journey stage. */
  | { kind: 'profile'; column: string }
  | { kind: 'journey' }
  /** The saved clusterings' clusters of the customer (one value per clustering; see clusterField.ts). */
  | { kind: 'cluster' }
  /** A prediction of the kept lifetime-value fit (see predictedFields.ts). */
  | { kind: 'predicted'; column: PredictedFieldKey };

export interface ResolvedField {
  key: string;
  type: FieldType;
  storage: FieldStorage;
}

interface RegisteredField {
  column: string;
  type: FieldType;
}

export interface FieldRegistry {
  customers: ReadonlyMap<string, RegisteredField>;
  orders: ReadonlyMap<string, RegisteredField>;
  /** The project's RFM model, computed on first use (only rules on RFM fields need it). */
  rfm(): RfmModel;
}

const SAFE_COLUMN = /^[a-z_][a-z0-9_]*$/;
/** The dedicated order_lines columns exist even before an orders file is imported. */
const BUILTIN_ORDER_FIELDS: ReadonlyArray<[string, RegisteredField]> = [
  ['order_date', { column: 'ts', type: 'date' }],
  ['amount', { column: 'amount', type: 'number' }],
];

export function loadFieldRegistry(db: Db): FieldRegistry {
  const rows = db
    .prepare("SELECT key, type, source, column_name FROM fields WHERE source IN ('customers', 'orders')")
    .all() as Array<{ key: string; type: FieldType; source: 'customers' | 'orders'; column_name: string }>;
  const customers = new Map<string, RegisteredField>();
  const orders = new Map<string, RegisteredField>(BUILTIN_ORDER_FIELDS);
  for (const row of rows) {
    // Defence in depth: the import generates these names, but they are spliced into SQL.
    if (!SAFE_COLUMN.test(row.column_name)) {
      throw new WorkbenchError('INTERNAL', `The field "${row.key}" has an unusable column name.`, { field: row.key });
    }
    (row.source === 'customers' ? customers : orders).set(row.key, { column: row.column_name, type: row.type });
  }
  let rfm: RfmModel | undefined;
  return { customers, orders, rfm: () => (rfm ??= projectRfmModel(db)) };
}

export function isMetricKey(key: string): key is MetricFieldKey {
  return Object.hasOwn(METRIC_TYPES, key);
}

/** Resolves a key in a scope, or throws INVALID_PARAMS naming the key and what the scope offers. */
export function resolveField(registry: FieldRegistry, key: string, scope: FieldScope, path: string): ResolvedField {
  if (scope === 'order') {
    const field = registry.orders.get(key);
    if (field) return { key, type: field.type, storage: { kind: 'line', column: field.column } };
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `Unknown field "${key}" in an orders condition: its "where" can use order fields only (${listKeys(registry.orders)}).`,
      { path, field: key },
    );
  }
  if (scope === 'event') {
    const field = EVENT_FIELDS.get(key);
    if (field) return { key, type: field.type, storage: { kind: 'event', column: field.column } };
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `Unknown field "${key}" in an events condition: its "where" can use event fields only (${[...EVENT_FIELDS.keys()].join(', ')}).`,
      { path, field: key },
    );
  }
  if (key === 'customer_id') return { key, type: 'text', storage: { kind: 'customer_key' } };
  // Metrics win over a customer attribute of the same name, so built-in rules keep their meaning.
  if (isMetricKey(key)) return metricField(key);
  if (isRfmFieldKey(key)) return rfmField(registry, key);
  const field = registry.customers.get(key);
  if (field) return { key, type: field.type, storage: { kind: 'attr', column: field.column } };
  // After the attributes: a customers file's own "sessions" column keeps its meaning in saved rules.
  const profile = PROFILE_FIELDS.get(key);
  if (profile) {
    return {
      key,
      type: profile.type,
      storage: key === 'journey_stage' ? { kind: 'journey' } : { kind: 'profile', column: profile.column },
    };
  }
  if (key === CLUSTER_FIELD_KEY) return { key, type: 'category', storage: { kind: 'cluster' } };
  if (isPredictedFieldKey(key)) return { key, type: 'number', storage: { kind: 'predicted', column: key } };
  const hint = registry.orders.has(key)
    ? ` "${key}" is an order field: use it in the "where" of an orders condition.`
    : ' Use customer_id, a metric (recency_days, frequency, monetary, aov, tenure_days, first_order, last_order) or a customer attribute.';
  throw new WorkbenchError('INVALID_PARAMS', `Unknown field "${key}".${hint}`, { path, field: key });
}

export function metricField(key: MetricFieldKey): ResolvedField {
  return { key, type: METRIC_TYPES[key], storage: { kind: 'metric', metric: key } };
}

export function rfmField(registry: FieldRegistry, key: RfmFieldKey): ResolvedField {
  return { key, type: RFM_FIELD_TYPES[key], storage: { kind: 'rfm', field: key, model: registry.rfm() } };
}

function listKeys(fields: ReadonlyMap<string, RegisteredField>): string {
  const keys = [...fields.keys()];
  const shown = keys.slice(0, 20).join(', ');
  return keys.length > 20 ? `${shown}, ...` : shown;
}
