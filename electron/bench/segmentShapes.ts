/**
 * The rule shapes the live-recount goals name, besides the bench's own five rules: the simplest
 * conditions, a deep boolean tree, orders aggregates with and without a "where", and a reference
 * to another saved segment (saved by the case before it counts; see segmentsCase.ts).
 */
import type { Rule } from '../../shared/model/rules.js';
import type { BenchRule } from './segmentRules.js';

/** The saved segment the "in another saved segment" shape refers to. */
export const REFERENCED_SEGMENT: BenchRule = {
  name: 'Frequent mobile buyers',
  rule: {
    and: [
      { field: 'device', op: 'in', value: ['mobile'] },
      { field: 'frequency', op: '>=', value: 3 },
    ],
  },
};

export function benchShapes(referencedSegmentId: number): BenchRule[] {
  const inSegment: Rule = {
    and: [{ segment: referencedSegmentId }, { field: 'country', op: 'in', value: ['Germany', 'France'] }],
  };
  return [
    { name: 'one numeric comparison: age >= 40', rule: { field: 'age', op: '>=', value: 40 } },
    {
      name: 'a category in a list: country in 3',
      rule: { field: 'country', op: 'in', value: ['Germany', 'France', 'United Kingdom'] },
    },
    {
      name: 'nested and/or/not, 6 conditions',
      rule: {
        or: [
          {
            and: [
              { field: 'age', op: 'between', value: [25, 45] },
              { not: { field: 'device', op: 'in', value: ['desktop'] } },
              { field: 'income', op: '>', value: 30_000 },
            ],
          },
          {
            and: [
              { field: 'customer_type', op: 'in', value: ['B2B'] },
              {
                not: {
                  or: [
                    { field: 'monetary', op: '<', value: 100 },
                    { field: 'recency_days', op: '>', value: 365 },
                  ],
                },
              },
            ],
          },
        ],
      },
    },
    {
      name: 'orders count in the last 365 days >= 3',
      rule: { orders: { within_last_days: 365 }, measure: 'count', op: '>=', value: 3 },
    },
    {
      name: 'orders amount where category in a list, last 90 days >= 100',
      rule: {
        orders: { where: { field: 'category', op: 'in', value: ['Fashion', 'Electronics'] }, within_last_days: 90 },
        measure: 'sum_amount',
        op: '>=',
        value: 100,
      },
    },
    { name: 'in another saved segment, and DE/FR', rule: inSegment },
  ];
}
