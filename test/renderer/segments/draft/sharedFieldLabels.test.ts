import { describe, expect, it } from 'vitest';
import { labelSharedOrderFields } from '../../../../renderer/src/segments/draft/fieldScopes.js';
import type { FieldInfo } from '../../../../shared/api.js';

const field = (key: string, label: string, source: FieldInfo['source']): FieldInfo => ({
  key,
  label,
  type: 'category',
  role: null,
  source,
});

describe('order fields in the builder picker', () => {
  it('labels an order field as the order one when a customer field has the same name', () => {
    const fields = [
      field('country', 'Country', 'customers'),
      field('frequency', 'Frequency (orders)', 'metrics'),
      field('country (orders)', 'Country', 'orders'),
      field('channel', 'Channel', 'orders'),
    ];
    expect(labelSharedOrderFields(fields, (label) => `${label} (orders)`)).toEqual([
      field('country (orders)', 'Country (orders)', 'orders'),
      field('channel', 'Channel', 'orders'),
    ]);
  });
});
