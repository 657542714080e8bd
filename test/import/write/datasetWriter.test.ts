/**
 * Rows are written in multi-row INSERTs of a fixed size and handed over by the parser in batches
 * of a fixed size: a file whose line count falls just around either size must import every line
 * exactly once, in file order, with the same orders and totals, through both write paths (the
 * project itself, and a fresh project's copy that is swapped in).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFile, openProjectFile } from '../../../electron/core/db/projectFile.js';
import { runImportJob } from '../../../electron/core/import/importJob.js';
import { previewFile } from '../../../electron/core/import/preview.js';
import type { ImportOptions } from '../../../shared/model/import.js';
import { tempDir } from '../../support/session.js';

/** BatchInsert's rows per statement and the parser's rows per batch (encodeFile.ts). */
const INSERT_ROWS = 64;
const PARSE_ROWS = 8192;
const SIZES = [
  1,
  INSERT_ROWS - 1,
  INSERT_ROWS,
  INSERT_ROWS + 1,
  2 * INSERT_ROWS + 1,
  PARSE_ROWS - 1,
  PARSE_ROWS,
  PARSE_ROWS + 1,
];

interface Line {
  order: string;
  customer: string;
  /** Seconds since 1970, UTC. */
  ts: number;
  amount: number;
  channel: string;
}

/** Two lines per order (the last order of an odd count has one), 13 customers, 28 days. */
function lines(count: number): Line[] {
  return Array.from({ length: count }, (_, i) => {
    const order = Math.floor(i / 2);
    const day = 1 + (order % 28);
    return {
      order: `O${String(order).padStart(6, '0')}`,
      customer: `C${String(order % 13).padStart(3, '0')}`,
      ts: Date.UTC(2024, 0, day, 9, i % 2) / 1000,
      amount: (i % 97) + 0.25,
      channel: i % 3 === 0 ? 'store' : 'online',
    };
  });
}

function writeCsv(dir: string, rows: Line[]): string {
  const file = path.join(dir, `orders-${rows.length}.csv`);
  const body = rows.map((r) => {
    const when = new Date(r.ts * 1000).toISOString().slice(0, 16).replace('T', ' ');
    return `${r.order},${r.customer},${when},${r.amount},${r.channel}\n`;
  });
  fs.writeFileSync(file, `order_id,customer_id,order_date,amount,channel\n${body.join('')}`);
  return file;
}

async function importInto(project: string, file: string, fresh: boolean, options?: ImportOptions) {
  return runImportJob({
    jobId: `boundary-${fresh}`,
    projectPath: project,
    filePath: file,
    options: options ?? (await previewFile(file, { dateOrder: 'ymd' })).options,
    replace: false,
    fresh,
    isCancelled: () => false,
    onProgress: () => {},
  });
}

function newProject(dir: string, name: string): string {
  const project = path.join(dir, name);
  createProjectFile(project, 'test').close();
  return project;
}

function storedLines(project: string): Line[] {
  const db = openProjectFile(project);
  try {
    const channel = (db.prepare("SELECT column_name AS c FROM fields WHERE key = 'channel'").get() as { c: string }).c;
    return db
      .prepare(
        `SELECT k.order_id AS "order", c.customer_key AS customer, l.ts, l.amount, l.${channel} AS channel
         FROM order_lines l JOIN customers c ON c.id = l.customer JOIN order_keys k ON k.ref = l.order_ref
         ORDER BY l.id`,
      )
      .all() as Line[];
  } finally {
    db.close();
  }
}

function storedTotals(project: string): Array<{ order: string; customer: string; day: number; amount: number }> {
  const db = openProjectFile(project);
  try {
    return db
      .prepare(
        `SELECT k.order_id AS "order", c.customer_key AS customer, t.day, t.amount
         FROM order_totals t JOIN customers c ON c.id = t.customer JOIN order_keys k ON k.ref = t.ref
         ORDER BY k.order_id`,
      )
      .all() as Array<{ order: string; customer: string; day: number; amount: number }>;
  } finally {
    db.close();
  }
}

function expectedTotals(rows: Line[]) {
  const byOrder = new Map<string, { order: string; customer: string; day: number; amount: number }>();
  for (const r of rows) {
    const day = Math.floor(r.ts / 86400);
    const seen = byOrder.get(r.order);
    if (seen) {
      seen.amount += r.amount;
      seen.day = Math.min(seen.day, day);
    } else byOrder.set(r.order, { order: r.order, customer: r.customer, day, amount: r.amount });
  }
  return [...byOrder.values()];
}

function counts(project: string): { lines: number; orders: number; customers: number; indexes: string[] } {
  const db = openProjectFile(project);
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      lines: n('SELECT COUNT(*) AS n FROM order_lines'),
      orders: n('SELECT COUNT(*) AS n FROM order_keys'),
      customers: n('SELECT COUNT(*) AS n FROM customers'),
      indexes: (
        db
          .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('order_lines', 'order_totals') ORDER BY name",
          )
          .all() as Array<{ name: string }>
      ).map((r) => r.name),
    };
  } finally {
    db.close();
  }
}

describe('import around the batch sizes', () => {
  for (const fresh of [false, true]) {
    const way = fresh ? 'a fresh project (copy swapped in)' : 'the project itself';
    for (const size of SIZES) {
      it(`imports all ${size} lines into ${way}, in file order, with their orders and totals`, async () => {
        const dir = tempDir();
        const rows = lines(size);
        const project = newProject(dir, 'p.segwb');
        const report = await importInto(project, writeCsv(dir, rows), fresh);
        const orders = Math.ceil(size / 2);
        expect(report).toMatchObject({ rowsRead: size, rowsImported: size, rowsRejected: 0, orders });
        expect(report.customers).toBe(Math.min(orders, 13));
        expect(storedLines(project)).toEqual(rows);
        expect(storedTotals(project)).toEqual(expectedTotals(rows));
        expect(counts(project)).toEqual({
          lines: size,
          orders,
          customers: Math.min(orders, 13),
          indexes: ['order_lines_customer', 'order_totals_customer'],
        });
        expect(fs.readdirSync(dir).filter((f) => f.endsWith('.importing'))).toEqual([]);
      });
    }

    it(`refuses a file with a header and no lines into ${way}, writing nothing`, async () => {
      const dir = tempDir();
      const project = newProject(dir, 'p.segwb');
      const header = path.join(dir, 'orders-0.csv');
      fs.writeFileSync(header, 'order_id,customer_id,order_date,amount,channel\nO1,C1,2024-01-01 09:00,1.25,store\n');
      const preview = await previewFile(header, { dateOrder: 'ymd' });
      fs.writeFileSync(header, 'order_id,customer_id,order_date,amount,channel\n');
      await expect(importInto(project, header, fresh, preview.options)).rejects.toMatchObject({
        code: 'IMPORT_FAILED',
        message: 'orders-0.csv has no data rows.',
      });
      expect(counts(project)).toEqual({ lines: 0, orders: 0, customers: 0, indexes: ['order_totals_customer'] });
      expect(fs.readdirSync(dir).sort()).toEqual(['orders-0.csv', 'p.segwb']);
    });
  }
});
