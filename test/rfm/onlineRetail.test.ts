/**
 * Default RFM (5 bins, quantile, rfm-classic) of the UCI Online Retail sample through the CLI,
 * cross-checked with a separate small implementation straight from the CSV (papaparse, not the
 * importer; quantiles as weighted means (x[lo] (n - r) + x[lo + 1] r) / n, not the engine's
 * code; the segment table written out again from the issue).
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { sharedData, tempDir } from '../support/session.js';

const ONLINE_RETAIL = sharedData('Online Retail.csv');

interface CliRfm {
  breaks: { recency: number[]; frequency: number[]; monetary: number[] };
  customers: Array<{ customer_id: string; r: number; f: number; m: number; segment: string }>;
  segments: Array<{ segment: string; customers: number; revenue: number }>;
}

interface Buyer {
  id: string;
  recency: number;
  frequency: number;
  monetary: number;
}

/** Per customer from the CSV: orders = invoices, positive when their lines sum above 0. */
function buyersFromCsv(): Buyer[] {
  const text = fs.readFileSync(ONLINE_RETAIL, 'latin1');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.slice(1);
  const invoices = new Map<string, { customer: string; amount: number; day: number }>();
  const money = new Map<string, number>();
  for (const row of rows) {
    if (row.length !== 8) continue; // the truncated last line
    const [invoice, , , quantity, date, price, customer] = row as string[];
    if (!customer) continue;
    const m = /^(\d\d)\/(\d\d)\/(\d{4})/.exec(date as string) as RegExpExecArray;
    const day = Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])) / 86_400_000;
    const amount = Number(quantity) * Number(price);
    money.set(customer, (money.get(customer) ?? 0) + amount);
    const order = invoices.get(invoice as string) ?? { customer, amount: 0, day };
    order.amount += amount;
    order.day = Math.min(order.day, day);
    invoices.set(invoice as string, order);
  }
  const orders = new Map<string, { count: number; last: number }>();
  for (const order of invoices.values()) {
    if (order.amount <= 1e-9) continue;
    const o = orders.get(order.customer) ?? { count: 0, last: -Infinity };
    o.count += 1;
    o.last = Math.max(o.last, order.day);
    orders.set(order.customer, o);
  }
  const asOf = Math.max(...[...orders.values()].map((o) => o.last)) + 1;
  return [...orders.entries()]
    .map(([id, o]) => ({
      id,
      recency: asOf - o.last,
      frequency: o.count,
      monetary: Math.round((money.get(id) ?? 0) * 100) / 100,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function breaksOf(values: number[], n: number): number[] {
  const x = [...values].sort((a, b) => a - b);
  return [1, 2, 3, 4].slice(0, n - 1).map((k) => {
    const position = (x.length - 1) * k;
    const lo = Math.floor(position / n);
    const r = position % n;
    return r === 0 ? (x[lo] as number) : ((x[lo] as number) * (n - r) + (x[lo + 1] as number) * r) / n;
  });
}

const TABLE: Array<[string, number, number, number, number, number, number]> = [
  ['Champions', 5, 5, 5, 5, 5, 5],
  ['Potential Loyalist', 3, 5, 3, 5, 2, 5],
  ['Loyal Customers', 2, 4, 2, 4, 2, 4],
  ['Promising', 3, 4, 1, 3, 3, 5],
  ['New Customers', 4, 5, 1, 3, 1, 5],
  ["Can't Lose Them", 1, 2, 3, 4, 4, 5],
  ['At Risk', 1, 2, 2, 5, 4, 5],
  ['Need Attention', 1, 3, 3, 5, 3, 5],
  ['About To Sleep', 2, 3, 1, 3, 1, 4],
  ['Lost', 1, 1, 1, 5, 1, 5],
];

describe.runIf(fs.existsSync(ONLINE_RETAIL))('Online Retail.csv: default RFM', () => {
  let rfm: CliRfm;
  let buyers: Buyer[];

  beforeAll(() => {
    ensureBuilt();
    const dir = tempDir();
    expect(segwb(['import', ONLINE_RETAIL, '--project', 'r.segwb'], dir).code).toBe(0);
    const r = segwb(['rfm', '--project', 'r.segwb', '--json'], dir);
    expect(r.stderr).toBe('');
    rfm = JSON.parse(r.stdout) as CliRfm;
    buyers = buyersFromCsv();
  });

  it('scores the 860 customers with a positive order, with these breaks', () => {
    expect(rfm.customers).toHaveLength(860);
    expect(buyers).toHaveLength(860);
    // Frequency: over 60% bought once, so three breaks are 1 and F 2 and F 3 are never given.
    expect(rfm.breaks).toEqual({
      recency: [5, 8, 13, 16],
      frequency: [1, 1, 1, 2],
      monetary: [168.288, 278.97, 374.258, expect.closeTo(687.82, 9)],
    });
    expect(new Set(rfm.customers.map((c) => c.f))).toEqual(new Set([1, 4, 5]));
  });

  it('puts them in these segments', () => {
    expect(rfm.segments).toEqual([
      { segment: 'Champions', customers: 34, revenue: 94_265.79 },
      { segment: 'Potential Loyalist', customers: 174, revenue: 200_237.66 },
      { segment: 'Loyal Customers', customers: 13, revenue: 5_002.57 },
      { segment: 'Promising', customers: 126, revenue: 71_907.87 },
      { segment: 'New Customers', customers: 142, revenue: 41_060.74 },
      { segment: "Can't Lose Them", customers: 8, revenue: 10_613.78 },
      { segment: 'At Risk', customers: 6, revenue: 13_135.55 },
      { segment: 'Need Attention', customers: 3, revenue: 1_035.24 },
      { segment: 'About To Sleep', customers: 199, revenue: 44_689.61 },
      { segment: 'Lost', customers: 139, revenue: 40_661.14 },
      { segment: 'Others', customers: 16, revenue: 7_635.39 },
    ]);
  });

  it('agrees with the separate implementation over the CSV: breaks, every score and segment', () => {
    const expected = {
      recency: breaksOf(
        buyers.map((b) => b.recency),
        5,
      ),
      frequency: breaksOf(
        buyers.map((b) => b.frequency),
        5,
      ),
      monetary: breaksOf(
        buyers.map((b) => b.monetary),
        5,
      ),
    };
    expect(rfm.breaks.recency).toEqual(expected.recency);
    expect(rfm.breaks.frequency).toEqual(expected.frequency);
    expect(rfm.breaks.monetary).toEqual(expected.monetary.map((b) => expect.closeTo(b, 6)));
    const above = (x: number, breaks: number[]) => breaks.filter((b) => x > b).length;
    const scored = buyers.map((b) => {
      const r = 5 - above(b.recency, expected.recency);
      const f = 1 + above(b.frequency, expected.frequency);
      const m = 1 + above(b.monetary, expected.monetary);
      const row = TABLE.find(
        ([, r0, r1, f0, f1, m0, m1]) => r0 <= r && r <= r1 && f0 <= f && f <= f1 && m0 <= m && m <= m1,
      );
      return { customer_id: b.id, r, f, m, segment: row ? row[0] : 'Others' };
    });
    expect(rfm.customers).toEqual(scored);
  });
});
