/**
 * The per-customer metrics (see README "Customer metrics"), in the order the Data view, the CLI
 * and exports show them. The one list: every other list of metric keys is derived from it.
 */
export const METRIC_KEYS = [
  'customer_id',
  'recency_days',
  'frequency',
  'monetary',
  'aov',
  'first_order',
  'last_order',
  'tenure_days',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

/** The metrics as fields of a customer (customer_id is the customer's key, not a figure about it). */
export type MetricFieldKey = Exclude<MetricKey, 'customer_id'>;

export const METRIC_FIELD_KEYS: readonly MetricFieldKey[] = METRIC_KEYS.filter(
  (key): key is MetricFieldKey => key !== 'customer_id',
);
