/** Realistic builder rules over the demo shop: 3-8 conditions each, one of them on orders. */
import type { Rule } from '../../shared/model/rules.js';

export interface BenchRule {
  name: string;
  rule: Rule;
}

export const BENCH_RULES: BenchRule[] = [
  {
    name: 'DE/FR, 25-45, >= 2 Fashion orders in 90 days',
    rule: {
      and: [
        { field: 'country', op: 'in', value: ['Germany', 'France'] },
        { field: 'age', op: 'between', value: [25, 45] },
        {
          orders: { where: { field: 'category', op: 'in', value: ['Fashion'] }, within_last_days: 90 },
          measure: 'count',
          op: '>=',
          value: 2,
        },
      ],
    },
  },
  {
    name: 'B2C mobile, income > 40k, not paid, spent >= 500 in a year',
    rule: {
      and: [
        { field: 'customer_type', op: 'in', value: ['B2C'] },
        { field: 'device', op: 'in', value: ['mobile'] },
        { field: 'income', op: '>', value: 40_000 },
        { not: { field: 'traffic_source', op: 'in', value: ['paid_search', 'social'] } },
        { orders: { within_last_days: 365 }, measure: 'sum_amount', op: '>=', value: 500 },
      ],
    },
  },
  {
    name: '(UK or satisfied US), recent, frequent, online order in 30 days',
    rule: {
      and: [
        {
          or: [
            { field: 'country', op: 'in', value: ['United Kingdom'] },
            {
              and: [
                { field: 'country', op: 'in', value: ['United States'] },
                { field: 'satisfaction', op: '>=', value: 4 },
              ],
            },
          ],
        },
        { field: 'recency_days', op: '<=', value: 60 },
        { field: 'frequency', op: '>=', value: 3 },
        {
          orders: { where: { field: 'channel', op: 'in', value: ['online', 'marketplace'] }, within_last_days: 30 },
          measure: 'count',
          op: '>=',
          value: 1,
        },
      ],
    },
  },
  {
    name: 'Lapsed big spenders: women, early signup, Electronics > 200',
    rule: {
      and: [
        { field: 'last_order', op: 'not_within_last_days', value: 180 },
        { field: 'monetary', op: '>', value: 1000 },
        { field: 'gender', op: 'in', value: ['female'] },
        { field: 'signup_date', op: 'before', value: '2025-01-01' },
        {
          orders: { where: { field: 'category', op: 'in', value: ['Electronics'] } },
          measure: 'sum_amount',
          op: '>',
          value: 200,
        },
      ],
    },
  },
  {
    name: 'Gardeners 30+, eco or health, no store order in 180 days (8 conditions)',
    rule: {
      and: [
        { field: 'interests', op: 'contains', value: 'garden' },
        { field: 'lifestyle', op: 'in', value: ['eco_conscious', 'health_focused'] },
        { field: 'age', op: '>=', value: 30 },
        { field: 'email', op: 'not_empty' },
        { field: 'aov', op: '>', value: 50 },
        { field: 'tenure_days', op: '>=', value: 365 },
        { not: { field: 'region', op: 'is_empty' } },
        {
          orders: { where: { field: 'channel', op: 'in', value: ['store'] }, within_last_days: 180 },
          measure: 'count',
          op: '=',
          value: 0,
        },
      ],
    },
  },
];
