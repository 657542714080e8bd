/**
 * An order's lines far apart in the file: 300,000 orders, then late lines for orders among the
 * first 3,000, which by then are out of the import's in-memory window (the newest ~262K orders;
 * see parse/orderRefs.ts and metrics/orderAccumulator.ts). They must join their orders exactly:
 * the same orders, totals and customers as a file with each order's lines together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFile, openProjectFile } from '../../electron/core/db/projectFile.js';
import { runImportJob } from '../../electron/core/import/importJob.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { tempDir } from '../support/session.js';

const ORDERS = 300_000;
const CUSTOMERS = 7_919;
const LATE_ORDERS = 3_000;

interface Line {
  order: number;
  customer: number;
  day: number;
  /** In quarters, so every sum is exact. */
  quarters: number;
}

/** One line per order in turn; then a second line for every 10th of the first 3,000 orders,
 * two days earlier, and for every 70th one more that cancels the order (its sum becomes 0). */
function fileLines(): Line[] {
  const lines: Line[] = [];
  const first = (o: number): Line => ({
    order: o,
    customer: o % CUSTOMERS,
    day: 19_000 + (o % 300),
    quarters: 1 + (o % 89),
  });
  for (let o = 0; o < ORDERS; o += 1) lines.push(first(o));
  for (let o = 0; o < LATE_ORDERS; o += 10) {
    const f = first(o);
    lines.push({ ...f, day: f.day - 2, quarters: 5 });
    if (o % 70 === 0) lines.push({ ...f, day: f.day, quarters: -(f.quarters + 5) });
  }
  return lines;
}

function writeCsv(file: string, lines: Line[]): void {
  const text = lines.map((l) => {
    const date = new Date(l.day * 86_400_000).toISOString().slice(0, 10);
    return `O${l.order},C${l.customer},${date},${l.quarters / 4}\n`;
  });
  fs.writeFileSync(file, `order_id,customer_id,order_date,amount\n${text.join('')}`);
}

describe('late lines for long-closed orders', () => {
  it('join their orders: same orders, totals and customers as if they came with them', async () => {
    const dir = tempDir();
    const lines = fileLines();
    const file = path.join(dir, 'orders.csv');
    writeCsv(file, lines);
    const project = path.join(dir, 'late.segwb');
    createProjectFile(project, 'test').close();
    const report = await runImportJob({
      jobId: 'late-lines',
      projectPath: project,
      filePath: file,
      options: (await previewFile(file, { dateOrder: 'ymd' })).options,
      replace: false,
      fresh: true,
      isCancelled: () => false,
      onProgress: () => {},
    });
    expect(report.rowsImported).toBe(lines.length);

    // The expected figures, from the lines alone.
    const orderDay = new Map<number, number>();
    const orderQuarters = new Map<number, number>();
    for (const l of lines) {
      orderDay.set(l.order, Math.min(orderDay.get(l.order) ?? l.day, l.day));
      orderQuarters.set(l.order, (orderQuarters.get(l.order) ?? 0) + l.quarters);
    }
    const perCustomer = new Map<number, { frequency: number; quarters: number; first: number; last: number }>();
    for (const [order, quarters] of orderQuarters) {
      const c = order % CUSTOMERS;
      const m = perCustomer.get(c) ?? { frequency: 0, quarters: 0, first: Number.MAX_SAFE_INTEGER, last: 0 };
      m.quarters += quarters;
      if (quarters > 0) {
        const day = orderDay.get(order) as number;
        m.frequency += 1;
        m.first = Math.min(m.first, day);
        m.last = Math.max(m.last, day);
      }
      perCustomer.set(c, m);
    }

    const db = openProjectFile(project);
    try {
      const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
      expect(n('SELECT COUNT(*) FROM order_keys')).toBe(ORDERS);
      expect(n('SELECT COUNT(*) FROM order_totals')).toBe(ORDERS);
      expect(n('SELECT COUNT(*) FROM customers')).toBe(CUSTOMERS);
      expect(n('SELECT COUNT(*) FROM order_lines')).toBe(lines.length);
      // Every order whose total is not what its lines give: none.
      const totals = db
        .prepare(
          `SELECT CAST(substr(k.order_id, 2) AS INTEGER) AS o, t.day, t.amount, c.customer_key AS customer
           FROM order_totals t JOIN order_keys k ON k.ref = t.ref JOIN customers c ON c.id = t.customer`,
        )
        .raw()
        .all() as Array<[number, number, number, string]>;
      const wrong = totals.filter(
        ([o, day, amount, customer]) =>
          day !== orderDay.get(o) ||
          amount !== (orderQuarters.get(o) as number) / 4 ||
          customer !== `C${o % CUSTOMERS}`,
      );
      expect(wrong).toEqual([]);
      // The late lines moved 300 orders two days back, and cancelled 43 of them.
      expect(n(`SELECT COUNT(*) FROM order_totals t JOIN order_keys k ON k.ref = t.ref WHERE t.amount = 0`)).toBe(43);
      const metrics = db
        .prepare(
          `SELECT CAST(substr(c.customer_key, 2) AS INTEGER) AS c, m.frequency, m.monetary, m.first_day, m.last_day
           FROM customer_metrics m JOIN customers c ON c.id = m.customer`,
        )
        .raw()
        .all() as Array<[number, number, number, number, number]>;
      expect(metrics.length).toBe(CUSTOMERS);
      const wrongMetrics = metrics.filter(([c, frequency, monetary, first, last]) => {
        const m = perCustomer.get(c);
        return !m || frequency !== m.frequency || monetary !== m.quarters / 4 || first !== m.first || last !== m.last;
      });
      expect(wrongMetrics).toEqual([]);
      expect(n('SELECT SUM(frequency) FROM customer_metrics')).toBe(ORDERS - 43);
    } finally {
      db.close();
    }
  }, 120_000);
});
