/**
 * Revenue per value of an order field summed over the lines' kept columns (itemRevenueColumns.ts)
 * equals the SQL sum (itemRevenue.ts) item for item and digit for digit: over everyone and over a
 * segment's members, with the as-of date after the data and inside it, on the demo shop and on a
 * file with lines without a value and texts whose UTF-8 order is not JS's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { itemRevenue } from '../../electron/core/analysis/itemRevenue.js';
import { orderItemsFromColumns } from '../../electron/core/analysis/itemRevenueColumns.js';
import { linesAtHand } from '../../electron/core/columnCache/lineColumns.js';
import { type Db, openProjectFile } from '../../electron/core/db/projectFile.js';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { keepFirstViewColumns } from '../../electron/core/history/keptAfterImport.js';
import { readAsOf, writeAsOf } from '../../electron/core/metrics/asOf.js';
import { memberIds } from '../../electron/core/segments/count.js';
import { projectFields } from '../../electron/core/segments/templateFields.js';
import type { Session } from '../../electron/core/session.js';
import type { Rule } from '../../shared/model/rules.js';
import { importFile, newSession, tempDir } from '../support/session.js';

const sessions: Session[] = [];
const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  for (const s of sessions.splice(0)) s.close();
});

function open(file: string): Db {
  const db = openProjectFile(file);
  opened.push(db);
  return db;
}

const beforeOf = (db: Db) => {
  const day = readAsOf(db).day;
  return day === null ? Number.MAX_SAFE_INTEGER : day * 86_400;
};

/**
 * For every text or category order field, with and without members: the SQL sum of a connection
 * without the columns, and the columns' sum of one that has them kept. Returns how many fields.
 */
function compareBothWays(file: string, members: Rule): number {
  // The SQL side first: nothing kept yet.
  const sqlSide = open(file);
  expect(linesAtHand(sqlSide)).toBe(false);
  const fields = projectFields(sqlSide).filter(
    (f) => f.source === 'orders' && (f.type === 'category' || f.type === 'text'),
  );
  const ids = memberIds(sqlSide, members);
  expect(ids.length).toBeGreaterThan(0);
  const bySql = fields.map((f) => [itemRevenue(sqlSide, f, null, 'all'), itemRevenue(sqlSide, f, ids, 'some')]);
  expect(linesAtHand(sqlSide)).toBe(false);

  keepFirstViewColumns(open(file));
  const columnSide = open(file);
  expect(linesAtHand(columnSide)).toBe(true);
  const byColumns = fields.map((f) => [
    orderItemsFromColumns(columnSide, f, null, beforeOf(columnSide)),
    orderItemsFromColumns(columnSide, f, ids, beforeOf(columnSide)),
  ]);
  expect(byColumns).toEqual(bySql);
  return fields.length;
}

async function demoShop(): Promise<string> {
  const dir = tempDir();
  const session = newSession(dir);
  sessions.push(session);
  const file = path.join(dir, 'shop.segwb');
  await createDemoProject(session, { path: file, customers: 1_500, orderLines: 9_000 });
  session.close();
  sessions.pop();
  return file;
}

describe('revenue per order field from the lines columns', () => {
  it('equals the SQL sum on the demo shop, for everyone and for a segment', async () => {
    const file = await demoShop();
    const fields = compareBothWays(file, { field: 'frequency', op: '>=', value: 3 });
    expect(fields).toBeGreaterThanOrEqual(3);
  });

  it('equals it with the as-of date inside the data, where later lines do not count', async () => {
    const file = await demoShop();
    const db = open(file);
    writeAsOf(db, '2025-06-01');
    compareBothWays(file, { field: 'frequency', op: '>=', value: 1 });
  });

  it('puts lines without a value last and orders texts by their UTF-8 bytes, as SQLite does', async () => {
    const dir = tempDir();
    const csv = path.join(dir, 'orders.csv');
    // U+1D49C (a surrogate pair in JS) sorts before U+FB01 in JS but after it in UTF-8.
    fs.writeFileSync(
      csv,
      [
        'order_id,customer_id,order_date,amount,category',
        'o1,c1,2024-01-05,10.10,\u{1D49C}ooks',
        'o2,c1,2024-02-05,20.20,\uFB01ction',
        'o3,c2,2024-03-05,0.30,',
        'o4,c2,2024-03-06,5,\u{1D49C}ooks',
        'o5,c3,2024-03-07,7.07,Garden',
        'o6,c3,2024-03-08,-7.07,Garden',
        'o7,c4,2024-03-09,1.1,',
      ].join('\n'),
    );
    const session = newSession(dir);
    sessions.push(session);
    const file = path.join(dir, 'unicode.segwb');
    session.create(file);
    await importFile(session, csv);
    const db = session.requireProject().db;
    const category = projectFields(db).find((f) => f.source === 'orders' && f.column && f.key === 'category');
    expect(category).toBeDefined();
    const sql = itemRevenue(db, category as never, null, 'unicode');
    expect(sql.map((i) => i.value)).toEqual(['Garden', '\uFB01ction', '\u{1D49C}ooks', null]);
    expect(sql.map((i) => i.revenue)).toEqual([0, 20.2, 15.1, 1.4]);
    compareBothWays(file, { field: 'frequency', op: '>=', value: 1 });
  });
});
