/**
 * Contract of the customer methods: the fields a rule may use, per-customer metrics as of a date,
 * and the Data view: pages of customers (every attribute and metric) found by a search and a rule,
 * sorted by any column; one customer's panel; and the visible rows as CSV. Composed into shared/api.ts.
 */
import { z } from 'zod';
import { METRIC_KEYS } from '../model/metrics.js';
import { PersonalData } from '../model/personalData.js';
import type { FieldType, Role } from '../model/roles.js';
import { Rule } from '../model/rules.js';
import { FilePath, IsoDate } from './common.js';
import type { ProjectInfo } from './project.js';

export interface FieldInfo {
  key: string;
  label: string;
  type: FieldType;
  role: Role | null;
  source: 'customers' | 'orders' | 'metrics';
}

/** One customer with its metrics, as `segwb metrics` shows it. */
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

/**
 * A cell of the Data view: text, a number, yes/no, or a date as YYYY-MM-DD (followed by
 * " HH:MM:SS" when the file gave a time); null when the customer has no value.
 */
export type CustomerValue = string | number | boolean | null;

/** A column of the Data view: customer_id, each attribute of the customers file, then the metrics. */
export interface CustomerColumn {
  /** The field key (as rules name it); the sort key. */
  key: string;
  /** The header of the imported file, or the metric's name. */
  label: string;
  type: FieldType;
  source: 'customer_id' | 'customers' | 'metrics';
}

/** One customer: every column's value by column key (customer_id included). */
export interface CustomerRow {
  customer_id: string;
  values: Record<string, CustomerValue>;
}

export interface CustomerPage {
  /** The columns of the rows, in the order the Data view shows them. */
  columns: CustomerColumn[];
  /** Customers the search and rule find. */
  total: number;
  /** Customers in the project. */
  all: number;
  offset: number;
  rows: CustomerRow[];
}

/** One order of a customer, newest first in the panel. */
export interface CustomerOrder {
  order_id: string;
  /** The day of its earliest line, YYYY-MM-DD. */
  date: string;
  /** Net of returned lines. */
  amount: number;
  /** False for orders on or after the as-of date: they do not count for the metrics yet. */
  counted: boolean;
  lines: CustomerOrderLine[];
}

export interface CustomerOrderLine {
  amount: number;
  /** The order file's own columns by field key (product, category, ...). */
  values: Record<string, CustomerValue>;
}

/** What the customer panel shows. */
export interface CustomerDetail {
  customer_id: string;
  columns: CustomerColumn[];
  values: Record<string, CustomerValue>;
  /** The order file's own columns, for the lines' values. */
  lineColumns: CustomerColumn[];
  orders: CustomerOrder[];
  /** All the customer's orders; `orders` holds the newest MAX_PANEL_ORDERS of them. */
  orderCount: number;
  /** Saved segments the customer is a member of, by name. */
  segments: Array<{ id: number; name: string; color: string | null }>;
}

/** The panel lists at most this many orders (the newest). */
export const MAX_PANEL_ORDERS = 200;

/** A field key from the registry (a column of the Data view); checked by the engine against the project's fields. */
const ColumnKey = z.string().min(1).max(500);

/** Which customers the Data view shows, in which order: shared by a page and the export. */
const CustomerQuery = {
  /** Finds the text in the customer id and the text attributes: any case, Persian and Arabic letters alike. */
  search: z.string().max(500).optional(),
  /** Only the customers this rule (the segment builder's model) selects. */
  rule: Rule.optional(),
  sort: z
    .object({ key: ColumnKey, dir: z.enum(['asc', 'desc']) })
    .strict()
    .optional(),
};

export const customerMethods = {
  'fields/list': z.object({}).strict(),
  'metrics/setAsOf': z.object({ asOf: IsoDate.nullable() }).strict(),
  'customers/page': z
    .object({
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(5000),
      ...CustomerQuery,
    })
    .strict(),
  /** One customer's attributes, metrics, orders and saved segments (the Data view's panel). */
  'customers/get': z.object({ customerId: z.string().min(1).max(1000) }).strict(),
  /** Writes the customers a search, rule and sort find as CSV: every one of them, in the columns given. */
  'customers/export': z
    .object({
      path: FilePath,
      ...CustomerQuery,
      /** Column keys, in order; default: every column of the Data view. */
      columns: z.array(ColumnKey).min(1).max(2000).optional(),
      /** Start with a byte-order mark so Excel reads UTF-8. */
      bom: z.boolean().default(false),
      /** Email, phone and name fields: kept, masked ("a…@example.com") or left out. */
      personal: PersonalData.default('keep'),
    })
    .strict(),
} as const;

export interface CustomerResults {
  'fields/list': FieldInfo[];
  'metrics/setAsOf': ProjectInfo;
  'customers/page': CustomerPage;
  'customers/get': CustomerDetail;
  'customers/export': { path: string; rows: number };
}
