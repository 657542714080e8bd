import { describe, expect, it } from 'vitest';
import { byFields } from '../../../renderer/src/pareto/ParetoFilters.js';
import type { FieldInfo } from '../../../shared/api.js';

const field = (key: string, type: FieldInfo['type'], source: FieldInfo['source'], role: FieldInfo['role'] = null) =>
  ({ key, label: key, type, source, role }) as FieldInfo;

describe('byFields', () => {
  it('offers the category and text fields of the orders, not ids, numbers or customer fields', () => {
    const fields = [
      field('category', 'category', 'orders'),
      field('product', 'text', 'orders'),
      field('order_id', 'text', 'orders', 'order_id'),
      field('amount', 'number', 'orders'),
      field('country', 'category', 'customers'),
    ];
    expect(byFields(fields).map((f) => f.key)).toEqual(['category', 'product']);
  });
});
