/**
 * The seeded demo shop imported as one file of order lines and as orders + order_lines + products
 * (the benchmark's two cases, small): every customer's metrics, and every order's total, must be
 * the same row for row, whichever way the shop came in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSetCsv } from '../../../electron/bench/setFiles.js';
import type { Db } from '../../../electron/core/db/projectFile.js';
import { writeDemoCsv } from '../../../electron/core/demo/writeDemoCsv.js';
import { runImportSet } from '../../../electron/core/import/set/runSet.js';
import { importFile, newSession, tempDir } from '../../support/session.js';

const SHOP = { orderLines: 6000, seed: 11 };

function perCustomer(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT c.customer_key, m.frequency, m.monetary, m.first_day, m.last_day
       FROM customer_metrics m JOIN customers c ON c.id = m.customer ORDER BY c.customer_key`,
    )
    .all();
}

function perOrder(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT k.order_id, c.customer_key, t.day, ROUND(t.amount, 6) AS amount
       FROM order_totals t JOIN order_keys k ON k.ref = t.ref JOIN customers c ON c.id = t.customer ORDER BY k.order_id`,
    )
    .all();
}

describe('the demo shop as linked files and as one file', () => {
  it('gives every customer the same metrics and every order the same total', async () => {
    const dir = tempDir();
    const single = await writeDemoCsv(path.join(dir, 'single'), SHOP);
    const set = await writeSetCsv(path.join(dir, 'set'), SHOP);

    fs.mkdirSync(path.join(dir, 'one'));
    const one = newSession(path.join(dir, 'one'));
    one.create(path.join(dir, 'one', 'single.segwb'));
    await importFile(one, single.ordersPath);
    fs.mkdirSync(path.join(dir, 'linked'));
    const linked = newSession(path.join(dir, 'linked'));
    const projectPath = linked.create(path.join(dir, 'linked', 'linked.segwb')).path;
    await runImportSet({
      projectPath,
      paths: [set.ordersPath, set.linesPath, set.productsPath],
      replace: false,
      isCancelled: () => false,
    });
    try {
      const expected = perCustomer(one.requireProject().db);
      expect(expected.length).toBeGreaterThan(500);
      expect(perCustomer(linked.requireProject().db)).toEqual(expected);
      expect(perOrder(linked.requireProject().db)).toEqual(perOrder(one.requireProject().db));
    } finally {
      one.close();
      linked.close();
    }
  });
});
