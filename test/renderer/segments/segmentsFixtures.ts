/** Saved segments and fields as the engine answers them, for the segments and builder slice tests. */
import type { FieldInfo, SegmentCounts, SegmentInfo, SegmentTemplate } from '../../../shared/api.js';
import type { Rule } from '../../../shared/model/rules.js';

export const FIELDS: FieldInfo[] = [
  { key: 'monetary', label: 'Revenue', type: 'number', role: null, source: 'metrics' },
  { key: 'country', label: 'Country', type: 'category', role: null, source: 'customers' },
];

export function counts(customers: number): SegmentCounts {
  return { customers, revenue: customers * 10, share_customers: customers / 100, share_revenue: customers / 100 };
}

export function segment(
  id: number,
  name: string,
  rule: Rule = { field: 'monetary', op: '>', value: 100 },
): SegmentInfo {
  return {
    id,
    name,
    color: '#2f54eb',
    description: null,
    strategy: null,
    plan: null,
    rule,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    counts: counts(id),
  };
}

export const TEMPLATE: SegmentTemplate = {
  id: 'big-spenders',
  base: 'value',
  name: 'Big spenders',
  description: 'Customers who spent over 1,000',
  rule: { field: 'monetary', op: '>', value: 1000 },
  enabled: true,
  reason: null,
  // a template this version has no words for: the gallery shows the engine's English
  words: { name: 'bigSpenders', description: 'bigSpenders', reason: null, values: {} },
};
