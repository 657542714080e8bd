/**
 * Segment counts on the real files of ../shared/data, each cross-checked by counting the same
 * thing straight from the CSV with papaparse (independently of the import and the SQL).
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countRule, memberIds } from '../../electron/core/segments/count.js';
import type { Rule } from '../../shared/model/rules.js';
import { importFile, newSession, sharedData, tempDir } from '../support/session.js';

const MARKETING = sharedData('marketing_campaign.csv');
const RETAIL = sharedData('Online Retail.csv');

async function project(file: string, kind?: 'customers') {
  const dir = tempDir();
  const session = newSession(dir);
  session.create(path.join(dir, 'real.segwb'));
  await importFile(session, file, kind ? { kind } : undefined);
  return session.requireProject().db;
}

describe.runIf(fs.existsSync(MARKETING))('marketing_campaign.csv imported as customers', () => {
  it('counts Education = PhD and Income > 50000: 291 of 2,240 customers', async () => {
    const db = await project(MARKETING, 'customers');
    const rule: Rule = {
      and: [
        { field: 'Education', op: 'in', value: ['PhD'] },
        { field: 'Income', op: '>', value: 50_000 },
      ],
    };
    expect(countRule(db, rule)).toEqual({ customers: 291, revenue: 0, share_customers: 0.129911, share_revenue: 0 });

    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(MARKETING, 'utf8'), {
      header: true,
      delimiter: '\t',
      skipEmptyLines: true,
    }).data;
    expect(new Set(rows.map((r) => r.ID)).size).toBe(2_240);
    const phdOver50k = rows.filter(
      (r) => r.Education?.trim() === 'PhD' && (r.Income ?? '').trim() !== '' && Number(r.Income) > 50_000,
    );
    expect(phdOver50k.length).toBe(291);
    const keys = new Map(
      (db.prepare('SELECT id, customer_key FROM customers').all() as Array<{ id: number; customer_key: string }>).map(
        (r) => [r.id, r.customer_key],
      ),
    );
    expect(
      memberIds(db, rule)
        .map((id) => keys.get(id))
        .sort(),
    ).toEqual(phdOver50k.map((r) => r.ID).sort());
  });
});

describe.runIf(fs.existsSync(RETAIL))('Online Retail.csv imported as orders', () => {
  /** Per customer: distinct orders with a UK line whose whole amount is > 0, and the net of the UK lines. */
  function fromCsv(): Map<string, { orders: Set<string>; ukSum: number }> {
    const text = iconv.decode(fs.readFileSync(RETAIL), 'windows-1252');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    const [header, ...rows] = parsed.data as string[][];
    const col = (name: string) => (header as string[]).indexOf(name);
    const [inv, qty, price, cust, country] = ['InvoiceNo', 'Quantity', 'UnitPrice', 'CustomerID', 'Country'].map(col);
    const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
    const lines = rows
      .filter((r) => r.length === (header as string[]).length && (r[cust as number] ?? '').trim() !== '')
      .map((r) => ({
        order: `${r[inv as number]?.trim()}|${r[cust as number]?.trim()}`,
        customer: (r[cust as number] as string).trim(),
        amount: round6(Number(r[qty as number]) * Number(r[price as number])),
        uk: r[country as number]?.trim() === 'United Kingdom',
      }));
    const totals = new Map<string, number>();
    for (const l of lines) totals.set(l.order, (totals.get(l.order) ?? 0) + l.amount);
    const byCustomer = new Map<string, { orders: Set<string>; ukSum: number }>();
    for (const l of lines) {
      const c = byCustomer.get(l.customer) ?? { orders: new Set<string>(), ukSum: 0 };
      byCustomer.set(l.customer, c);
      if (!l.uk) continue;
      c.ukSum += l.amount;
      if (round6(totals.get(l.order) as number) > 0) c.orders.add(l.order);
    }
    return byCustomer;
  }

  it('counts United Kingdom customers with >= 2 orders: 232 of 922; 86 spent >= 1000 there', async () => {
    const db = await project(RETAIL);
    const uk: Rule = { field: 'country', op: 'in', value: ['United Kingdom'] };
    const twoOrders: Rule = { orders: { where: uk }, measure: 'count', op: '>=', value: 2 };
    const spent: Rule = { orders: { where: uk }, measure: 'sum_amount', op: '>=', value: 1000 };
    const twoCounts = countRule(db, twoOrders);
    const spentCounts = countRule(db, spent);

    const csv = fromCsv();
    expect(csv.size).toBe(922);
    const expectTwo = [...csv.values()].filter((c) => c.orders.size >= 2).length;
    const expectSpent = [...csv.values()].filter((c) => Math.round(c.ukSum * 1e6) / 1e6 >= 1000).length;
    expect([twoCounts.customers, spentCounts.customers]).toEqual([expectTwo, expectSpent]);
    expect([twoCounts.customers, spentCounts.customers]).toEqual([232, 86]);
  });
});
