import { z } from 'zod';

/**
 * What kind of file a dataset is. orders: one row per order (or per order line, as a single
 * file); customers: one row per customer; order_lines: lines that point to an order by its id
 * (no customer, no date of their own); products, payments, reviews: rows keyed by a product or
 * an order; events: one row per web/app event; lookup: a table joined by a key to another
 * dataset, whose columns become fields of that dataset (e.g. sellers, category translations).
 */
export const DatasetKind = z.enum([
  'customers',
  'orders',
  'order_lines',
  'products',
  'payments',
  'reviews',
  'events',
  'lookup',
]);
export type DatasetKind = z.infer<typeof DatasetKind>;

/** The kinds a file imported on its own can be: the single-file import reads these two. */
export const SingleFileKind = z.enum(['orders', 'customers']);
export type SingleFileKind = z.infer<typeof SingleFileKind>;

/** The meaning a column can be given. Columns without a role are kept as attributes. */
export const Role = z.enum([
  'customer_id',
  'order_id',
  'order_date',
  'amount',
  'quantity',
  'unit_price',
  'email',
  'phone',
  'first_name',
  'last_name',
  'country',
  'city',
  'region',
  'product',
  'category',
  'channel',
]);
export type Role = z.infer<typeof Role>;
export const ROLES: readonly Role[] = Role.options;

/** Type a column is inferred to have in the preview. */
export const ColumnType = z.enum(['number', 'date', 'datetime', 'category', 'text', 'identifier', 'boolean']);
export type ColumnType = z.infer<typeof ColumnType>;

/** Type of a field as segment rules see it. */
export const FieldType = z.enum(['number', 'category', 'text', 'date', 'boolean']);
export type FieldType = z.infer<typeof FieldType>;
