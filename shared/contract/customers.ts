/**
 * Contract of the customer methods: the fields a rule may use, per-customer metrics as of a date,
 * and pages of customers for the Data view. Composed into shared/api.ts.
 */
import { z } from 'zod';
import { METRIC_KEYS } from '../model/metrics.js';
import type { FieldType, Role } from '../model/roles.js';
import { IsoDate } from './common.js';
import type { ProjectInfo } from './project.js';

export interface FieldInfo {
  key: string;
  label: string;
  type: FieldType;
  role: Role | null;
  source: 'customers' | 'orders' | 'metrics';
}

/** One customer with its metrics, as the Data view and `segwb metrics` show it. */
export interface CustomerMetrics {
  customer_id: string;
  recency_days: number | null;
  frequency: number;
  monetary: number;
  aov: number | null;
  first_order: string | null;
  last_order: string | null;
  tenure_days: number | null;
}

/** A metric to sort by: one of the metric keys (shared/model/metrics.ts). */
export const MetricKey = z.enum(METRIC_KEYS);
export type MetricKey = z.infer<typeof MetricKey>;

export interface CustomerPage {
  total: number;
  offset: number;
  rows: CustomerMetrics[];
}

export const customerMethods = {
  'fields/list': z.object({}).strict(),
  'metrics/setAsOf': z.object({ asOf: IsoDate.nullable() }).strict(),
  'customers/page': z
    .object({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(5000),
      sort: z
        .object({ key: MetricKey, dir: z.enum(['asc', 'desc']) })
        .strict()
        .optional(),
    })
    .strict(),
} as const;

export interface CustomerResults {
  'fields/list': FieldInfo[];
  'metrics/setAsOf': ProjectInfo;
  'customers/page': CustomerPage;
}
