import { z } from 'zod';

/** What kind of file a dataset is: one row per order (or order line), or one row per customer. */
export const DatasetKind = z.enum(['orders', 'customers']);
export type DatasetKind = z.infer<typeof DatasetKind>;

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

/** Field type that a column of the given inferred type is stored as. */
export function fieldTypeOf(column: ColumnType): FieldType {
  switch (column) {
    case 'number':
      return 'number';
    case 'date':
    case 'datetime':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'category':
      return 'category';
    case 'text':
    case 'identifier':
      return 'text';
  }
}
