/**
 * segwb compare and segwb pareto --segment/--by as scripts run them: the package bin over the
 * compiled engine, on the hand-made shop of test/fixtures/analysis (figures in fixture.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { tempDir } from '../support/session.js';
import { analysisFixture } from './fixture.js';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  for (const file of ['customers.csv', 'orders.csv']) {
    const r = segwb(['import', analysisFixture(file), '--project', 'shop.segwb', '--date-order', 'ymd', '--json'], dir);
    expect(r.stderr).toBe('');
  }
  const rules: Record<string, unknown> = {
    Big: { field: 'monetary', op: '>=', value: 200 },
    UK: { field: 'country', op: 'in', value: ['UK'] },
    'Big, recent': {
      and: [
        { field: 'monetary', op: '>=', value: 200 },
        { field: 'recency_days', op: '<=', value: 10 },
      ],
    },
  };
  for (const [name, rule] of Object.entries(rules)) {
    const file = path.join(dir, `${name.replace(/\W+/g, '_')}.json`);
    fs.writeFileSync(file, JSON.stringify(rule));
    expect(segwb(['segment', 'save', '--project', 'shop.segwb', '--name', name, '--rule', file], dir).code).toBe(0);
  }
});

describe('segwb compare', () => {
  it('prints the comparison rows as exact JSON, names without case', () => {
    const r = segwb(['compare', '--project', 'shop.segwb', '--segments', 'big,uk,ALL CUSTOMERS', '--json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        segment: 'Big',
        customers: 2,
        share_customers: 0.285714,
        revenue: 850,
        share_revenue: 0.841584,
        revenue_per_customer: 425,
        aov: 170,
        mean_frequency: 2.5,
        median_recency: 11.5,
        revenue_index: 2.945545,
      },
      {
        segment: 'UK',
        customers: 3,
        share_customers: 0.428571,
        revenue: 750,
        share_revenue: 0.742574,
        revenue_per_customer: 250,
        aov: 150,
        mean_frequency: 1.666667,
        median_recency: 9,
        revenue_index: 1.732673,
      },
      {
        segment: 'All customers',
        customers: 7,
        share_customers: 1,
        revenue: 1010,
        share_revenue: 1,
        revenue_per_customer: 144.285714,
        aov: 112.222222,
        mean_frequency: 1.285714,
        median_recency: 16.5,
        revenue_index: 1,
      },
    ]);
  });

  it('keeps a saved name that holds a comma whole', () => {
    const r = segwb(['compare', '--project', 'shop.segwb', '--segments', 'Big, recent,UK', '--json'], dir);
    expect(r.stderr).toBe('');
    // Big, recent = a1 only (600, 3 orders, 9 days).
    expect(
      JSON.parse(r.stdout).map((row: { segment: string; customers: number }) => [row.segment, row.customers]),
    ).toEqual([
      ['Big, recent', 1],
      ['UK', 3],
    ]);
  });

  it('fails with one line for an unknown name, and with usage for a missing option', () => {
    const unknown = segwb(['compare', '--project', 'shop.segwb', '--segments', 'Big,Whales', '--json'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      'segwb compare: There is no segment named "Whales". Saved segments: "Big", "UK", "Big, recent"; or say "All customers".\n',
    );
    const missing = segwb(['compare', '--project', 'shop.segwb'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--segments is required');
  });

  it('prints a table without --json', () => {
    const r = segwb(['compare', '--project', 'shop.segwb', '--segments', 'UK'], dir);
    expect(r.stdout.split('\n')[1]).toBe('UK\t3\t42.9%\t750.00\t74.3%\t250.00\t150.00\t1.67\t9\t1.73');
  });
});

describe('segwb pareto', () => {
  it('prints the same JSON as before without a new flag', () => {
    const r = segwb(['pareto', '--project', 'shop.segwb', '--json'], dir);
    expect(JSON.parse(r.stdout)).toEqual({
      customers: 5,
      revenue: 1010,
      k80: 2,
      share_for_80: 0.4,
      top20_share: 0.594059,
      gini: 0.546535,
    });
  });

  it('--segment: the figures of its members', () => {
    const r = segwb(['pareto', '--project', 'shop.segwb', '--segment', 'uk', '--json'], dir);
    expect(JSON.parse(r.stdout)).toEqual({
      customers: 3,
      revenue: 750,
      k80: 1,
      share_for_80: 0.333333,
      top20_share: 0.8,
      gini: 0.488889,
    });
  });

  it('--by: the figures describe the values, and items lists them', () => {
    const r = segwb(['pareto', '--project', 'shop.segwb', '--by', 'product', '--json'], dir);
    expect(JSON.parse(r.stdout)).toEqual({
      customers: 3,
      revenue: 1010,
      k80: 2,
      share_for_80: 0.666667,
      top20_share: 0.594059,
      gini: 0.310231,
      items: [
        { value: 'Boots', revenue: 600, share: 0.594059, cumulative_share: 0.594059 },
        { value: 'Mug', revenue: 280, share: 0.277228, cumulative_share: 0.871287 },
        { value: 'Tea', revenue: 130, share: 0.128713, cumulative_share: 1 },
      ],
    });
    const within = segwb(['pareto', '--project', 'shop.segwb', '--segment', 'UK', '--by', 'product', '--json'], dir);
    expect(JSON.parse(within.stdout).items.map((i: { revenue: number }) => i.revenue)).toEqual([450, 180, 120]);
    const text = segwb(['pareto', '--project', 'shop.segwb', '--by', 'product'], dir);
    expect(text.stdout.split('\n')[0]).toBe('66.7% of values of product bring 80% of revenue (2 of 3).');
  });

  it('fails with one line for a field that cannot split revenue or an unknown segment', () => {
    const amount = segwb(['pareto', '--project', 'shop.segwb', '--by', 'amount', '--json'], dir);
    expect(amount.code).toBe(1);
    expect(amount.stderr.trim().split('\n')).toHaveLength(1);
    expect(amount.stderr).toContain('"amount" is a number field');
    const unknown = segwb(['pareto', '--project', 'shop.segwb', '--segment', 'VIP', '--json'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^segwb pareto: There is no segment named "VIP"\./);
  });
});
