import type { ColumnType, FieldType } from './roles.js';

/**
 * Field type that a column of the given inferred type is stored as. A file of its own, apart from
 * roles.ts and its zod schemas, so that the import's threads can call it without loading zod.
 */
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
