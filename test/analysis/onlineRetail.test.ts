/**
 * Pareto by field and a comparison of three segments on the UCI Online Retail sample
 * (../shared/data). Every figure is also recomputed here straight from the CSV (Windows-1252,
 * day-first dates; lines without a customer id or with too few fields are not imported), with the
 * definitions of the README: amount = Quantity x UnitPrice; an order counts when its total is
 * positive; recency from the day after the last such order (2010-12-21).
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { paretoAnalysis } from '../../electron/core/analysis/paretoBy.js';
import { compareSegments } from '../../electron/core/analysis/query.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { Session } from '../../electron/core/session.js';
import type { CompareRow } from '../../shared/contract/analysis.js';
import { importFile, newSession, sharedData, tempDir } from '../support/session.js';

const ONLINE_RETAIL = sharedData('Online Retail.csv');

interface Line {
  invoice: string;
  description: string | null;
  day: number;
  amount: number;
  customer: string;
  country: string;
}

/** The imported lines, read independently of the importer. */
function readLines(): Line[] {
  const text = iconv.decode(fs.readFileSync(ONLINE_RETAIL), 'win1252');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
  return rows
    .filter((r) => r.length === 8 && (r[6] ?? '').trim() !== '')
    .map(([invoice, , description, quantity, date, price, customer, country]) => {
      const day = (date as string).split(' ')[0] as string;
      const [d, m, y] = day.split('/').map(Number) as [number, number, number];
      return {
        invoice: invoice as string,
        description: (description as string).trim() || null,
        day: Date.UTC(y, m - 1, d) / 86_400_000,
        amount: Number(quantity) * Number(price),
        customer: customer as string,
        country: country as string,
      };
    });
}

function sumBy(lines: Line[], key: (l: Line) => string | null): Map<string | null, number> {
  const sums = new Map<string | null, number>();
  for (const l of lines) sums.set(key(l), (sums.get(key(l)) ?? 0) + l.amount);
  return sums;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

describe.runIf(fs.existsSync(ONLINE_RETAIL))('Online Retail.csv: Pareto by field and a comparison', () => {
  let session: Session;
  let lines: Line[];

  beforeAll(async () => {
    const dir = tempDir();
    session = newSession(dir);
    session.create(path.join(dir, 'retail.segwb'));
    await importFile(session, ONLINE_RETAIL);
    lines = readLines();
  });

  it('reads the same lines as the importer', () => {
    expect(lines).toHaveLength(25_763);
  });

  it('Pareto by country: the United Kingdom alone brings 88.9% of revenue', () => {
    const result = paretoAnalysis(session.requireProject().db, { by: 'Country' });
    expect(result.by).toEqual({ key: 'country', label: 'Country', source: 'orders' });
    expect(result.summary).toEqual({
      customers: 22,
      revenue: 526_577.41,
      k80: 1,
      share_for_80: 0.045455,
      top20_share: 0.94608,
      gini: 0.90464,
    });
    expect(result.items?.slice(0, 3)).toEqual([
      { value: 'United Kingdom', revenue: 468_007.39, share: 0.888772, cumulative_share: 0.888772 },
      { value: 'Germany', revenue: 13_228.24, share: 0.025121, cumulative_share: 0.913893 },
      { value: 'France', revenue: 9_243.68, share: 0.017554, cumulative_share: 0.931448 },
    ]);
    // One country, Israel, nets out negative (its returns exceed its sales).
    expect(result.excluded).toEqual({ count: 1, revenue: -227.44 });
    // Cross-check: every country's net revenue and share from the CSV.
    const sums = sumBy(lines, (l) => l.country);
    const positive = [...sums].filter(([, r]) => round6(r) > 0);
    const total = positive.reduce((s, [, r]) => s + r, 0);
    expect(result.items).toHaveLength(positive.length);
    for (const item of result.items ?? []) {
      expect(item.revenue).toBeCloseTo(sums.get(item.value) as number, 4);
      expect(item.share).toBeCloseTo((sums.get(item.value) as number) / total, 5);
    }
    const negative = [...sums].filter(([, r]) => round6(r) <= 0);
    expect(negative.map(([country, r]) => [country, round6(r)])).toEqual([['Israel', -227.44]]);
  });

  it('Pareto by product (Description): 21% of products bring 80% of revenue', () => {
    const result = paretoAnalysis(session.requireProject().db, { by: 'Description' });
    expect(result.by).toEqual({ key: 'product', label: 'Description', source: 'orders' });
    expect(result.summary).toEqual({
      customers: 2370,
      revenue: 528_356.4,
      k80: 501,
      share_for_80: 0.211392,
      top20_share: 0.787761,
      gini: 0.755234,
    });
    expect(result.items?.[0]).toEqual({
      value: 'REGENCY CAKESTAND 3 TIER',
      revenue: 16_631.1,
      share: 0.031477,
      cumulative_share: 0.031477,
    });
    expect(result.excluded).toEqual({ count: 33, revenue: -2006.43 });
    expect(result.lorenz).toHaveLength(200);
    // Cross-check: products with positive net revenue, their total, and how many reach 80%.
    const sums = [...sumBy(lines, (l) => l.description)].filter(([d, r]) => d !== null && round6(r) > 0);
    const desc = sums.map(([, r]) => r).sort((a, b) => b - a);
    const total = desc.reduce((s, r) => s + r, 0);
    expect(desc).toHaveLength(2370);
    expect(total).toBeCloseTo(528_356.4, 4);
    let running = 0;
    const k80 = desc.findIndex((r) => {
      running += r;
      return running >= 0.8 * total;
    });
    expect(k80 + 1).toBe(501);
  });

  it('compares three segments, figures confirmed from the CSV', () => {
    const db = session.requireProject().db;
    const uk = saveSegment(db, {
      name: 'UK buyers',
      rule: {
        orders: { where: { field: 'country', op: 'in', value: ['United Kingdom'] } },
        measure: 'count',
        op: '>=',
        value: 1,
      },
    });
    const repeat = saveSegment(db, { name: 'Repeat buyers', rule: { field: 'frequency', op: '>=', value: 2 } });
    const big = saveSegment(db, { name: 'Big spenders', rule: { field: 'monetary', op: '>=', value: 1000 } });
    const rows = compareSegments(db, [{ id: uk.id }, { id: repeat.id }, { id: big.id }]);
    expect(rows).toEqual([
      {
        segment: 'UK buyers',
        customers: 797,
        share_customers: 0.864425,
        revenue: 471_549.11,
        share_revenue: 0.895885,
        revenue_per_customer: 591.655094,
        aov: 379.669171,
        mean_frequency: 1.558344,
        median_recency: 11,
        revenue_index: 1.036394,
      },
      {
        segment: 'Repeat buyers',
        customers: 252,
        share_customers: 0.273319,
        revenue: 326_149.7,
        share_revenue: 0.619644,
        revenue_per_customer: 1294.244841,
        aov: 445.559699,
        mean_frequency: 2.904762,
        median_recency: 7,
        revenue_index: 2.267111,
      },
      {
        segment: 'Big spenders',
        customers: 106,
        share_customers: 0.114967,
        revenue: 280_300.01,
        share_revenue: 0.532535,
        revenue_per_customer: 2644.339717,
        aov: 780.779972,
        mean_frequency: 3.386792,
        median_recency: 6,
        revenue_index: 4.632053,
      },
    ]);
    const fromCsv = independentRows(lines);
    for (const [i, row] of rows.entries()) {
      const expected = fromCsv[i] as CompareRow;
      expect(row.segment).toBe(expected.segment);
      expect(row.customers).toBe(expected.customers);
      expect(row.median_recency).toBe(expected.median_recency);
      for (const key of [
        'revenue',
        'share_customers',
        'share_revenue',
        'aov',
        'mean_frequency',
        'revenue_index',
      ] as const) {
        expect(row[key], `${row.segment} ${key}`).toBeCloseTo(expected[key] as number, 5);
      }
    }
  });
});

/** The three segments' rows from the CSV lines alone. */
function independentRows(lines: Line[]): CompareRow[] {
  interface Order {
    customer: string;
    amount: number;
    day: number;
    uk: boolean;
  }
  const orders = new Map<string, Order>();
  for (const l of lines) {
    const o = orders.get(l.invoice) ?? { customer: l.customer, amount: 0, day: l.day, uk: false };
    o.amount += l.amount;
    o.day = Math.min(o.day, l.day);
    o.uk ||= l.country === 'United Kingdom';
    orders.set(l.invoice, o);
  }
  interface Customer {
    monetary: number;
    frequency: number;
    lastDay: number | null;
    ukOrders: number;
  }
  const customers = new Map<string, Customer>();
  for (const o of orders.values()) {
    const c = customers.get(o.customer) ?? { monetary: 0, frequency: 0, lastDay: null, ukOrders: 0 };
    c.monetary += o.amount;
    if (o.amount > 1e-9) {
      c.frequency += 1;
      c.lastDay = Math.max(c.lastDay ?? o.day, o.day);
      if (o.uk) c.ukOrders += 1;
    }
    customers.set(o.customer, c);
  }
  const all = [...customers.values()];
  const asOf = Math.max(...all.map((c) => c.lastDay ?? 0)) + 1;
  const totalRevenue = all.reduce((s, c) => s + c.monetary, 0);
  const row = (segment: string, members: Customer[]): CompareRow => {
    const revenue = members.reduce((s, c) => s + c.monetary, 0);
    const ordersCount = members.reduce((s, c) => s + c.frequency, 0);
    const recency = members.filter((c) => c.lastDay !== null).map((c) => asOf - (c.lastDay as number));
    recency.sort((a, b) => a - b);
    const mid = (recency.length - 1) / 2;
    return {
      segment,
      customers: members.length,
      share_customers: members.length / all.length,
      revenue,
      share_revenue: revenue / totalRevenue,
      revenue_per_customer: revenue / members.length,
      aov: revenue / ordersCount,
      mean_frequency: ordersCount / members.length,
      median_recency: ((recency[Math.floor(mid)] as number) + (recency[Math.ceil(mid)] as number)) / 2,
      revenue_index: revenue / totalRevenue / (members.length / all.length),
    };
  };
  return [
    row(
      'UK buyers',
      all.filter((c) => c.ukOrders >= 1),
    ),
    row(
      'Repeat buyers',
      all.filter((c) => c.frequency >= 2),
    ),
    row(
      'Big spenders',
      all.filter((c) => round6(c.monetary) >= 1000),
    ),
  ];
}
