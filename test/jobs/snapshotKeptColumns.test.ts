/**
 * After an import, the snapshot's worker also writes the entries the first views keep in the
 * project file's column_cache (history/keptAfterImport.ts), tagged with the data's version as a
 * view reads it afterwards: the first RFM answer, rfm_segment count, orders condition (the order
 * lines' and order fields' columns) and attribute condition read them (nothing left to write but
 * the orders condition's members) and answer as they do when the entries are built from the tables.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataStamp } from '../../electron/core/columnCache/dataStamp.js';
import { type Db, openProjectFile } from '../../electron/core/db/projectFile.js';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import { rfmResult } from '../../electron/core/rfm/result.js';
import { countRule } from '../../electron/core/segments/count.js';
import type { SnapshotInfo } from '../../shared/contract/history.js';
import type { Rule } from '../../shared/model/rules.js';
import { rfmEntryNames } from '../rfm/rfmEntryNames.js';
import { compiledDemo, compiledEngine, tempDir } from './compiledEngine.js';

let dir = '';
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const CHAMPIONS: Rule = { field: 'rfm_segment', op: 'in', value: ['Champions'] };
const SHOES_SPENDERS: Rule = {
  orders: { where: { field: 'category', op: 'in', value: ['Shoes', 'Fashion'] }, within_last_days: 365 },
  measure: 'sum_amount',
  op: '>=',
  value: 100,
};
const COUNTRIES: Rule = { field: 'country', op: 'in', value: ['Germany', 'France', 'United Kingdom'] };

/** The column_cache names of every customer attribute and order field (keptAfterImport.ts keeps them all here). */
function fieldEntries(db: Db): string[] {
  const rows = db
    .prepare("SELECT key, type, source, column_name FROM fields WHERE source IN ('customers', 'orders')")
    .all() as Array<{ key: string; type: string; source: string; column_name: string }>;
  const kind = (type: string) => (type === 'category' || type === 'text' ? 'text' : 'number');
  return rows
    .filter((f) => f.key !== 'order_date' && f.key !== 'amount')
    .map((f) =>
      f.source === 'customers'
        ? `col/${kind(f.type)}/customer_attrs/${f.column_name}`
        : `lcol/${kind(f.type)}/${f.column_name}`,
    );
}
const LINE_ENTRIES = ['lines/amounts', 'lines/facts', 'lines/positive', 'lines/refs', 'lines/rows', 'lines/ts'];
const withoutLeaves = (kept: Map<string, [string, number]>) =>
  new Map([...kept].filter(([name]) => !name.startsWith('leaf/')));

/** The demo shop imported by the compiled engine, its snapshots' worker done, the engine closed. */
async function importedShop(mode: 'web' | 'cli' = 'web'): Promise<{ file: string; snapshots: SnapshotInfo[] }> {
  dir = tempDir();
  const { createEngine } = await compiledEngine();
  const engine = createEngine({ mode, appVersion: 'test', projectsDir: dir, stateDir: dir });
  try {
    const { createDemoProject } = await compiledDemo();
    const file = path.join(dir, 'shop.segwb');
    await createDemoProject(engine.session, { path: file, customers: 3_000, orderLines: 20_000 });
    await engine.session.imports.settled();
    const outcome = await engine.call('history/snapshots', {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    return { file, snapshots: outcome.result as SnapshotInfo[] };
  } finally {
    engine.close();
  }
}

/** Name -> [stamp, rowid]: a rewritten entry takes a new rowid. */
function entries(db: Db): Map<string, [string, number]> {
  const rows = db.prepare('SELECT name, stamp, rowid FROM column_cache').raw().all() as Array<[string, string, number]>;
  return new Map(rows.map(([name, stamp, rowid]) => [name, [stamp, rowid]]));
}

/** The first RFM answer and Champions count of a fresh connection. */
function firstAnswers(file: string) {
  const db = openProjectFile(file);
  try {
    const before = entries(db);
    const rfm = rfmResult(db, { customers: { offset: 0, limit: 100 } });
    const champions = countRule(db, CHAMPIONS);
    const orders = countRule(db, SHOES_SPENDERS);
    const countries = countRule(db, COUNTRIES);
    const fields = fieldEntries(db);
    return {
      rfm,
      champions,
      orders,
      countries,
      fields,
      before,
      after: entries(db),
      stamp: dataStamp(db),
      day: readAsOf(db).day,
    };
  } finally {
    db.close();
  }
}

describe('the entries kept after an import', () => {
  it('are written with the current data version, and the first answers read them', async () => {
    const { file, snapshots } = await importedShop();
    const kept = firstAnswers(file);
    const day = kept.day as number;
    expect([...kept.before.keys()].sort()).toEqual(
      [
        'base/frequency',
        'base/ids',
        'base/last_day',
        'base/monetary',
        'col/number/customer_metrics/first_day',
        'col/number/customer_metrics/frequency',
        'col/number/customer_metrics/last_day',
        'col/number/customer_metrics/monetary',
        'keys/order',
        ...rfmEntryNames(day),
        ...LINE_ENTRIES,
        ...kept.fields,
      ].sort(),
    );
    // The demo shop's 21 customer attributes and 5 order fields besides date and amount.
    expect(kept.fields.filter((name) => name.startsWith('col/')).length).toBe(21);
    expect(kept.fields.filter((name) => name.startsWith('lcol/')).length).toBe(5);
    // The version a view computes afterwards: the snapshot's tables did not renew it.
    expect(new Set([...kept.before.values()].map(([stamp]) => stamp))).toEqual(new Set([kept.stamp]));
    // Read, not rebuilt: the views wrote nothing but the orders condition's members.
    expect(withoutLeaves(kept.after)).toEqual(kept.before);
    expect(kept.after.size).toBe(kept.before.size + 1);

    // The same answers from the tables, with the column cache emptied.
    const copy = path.join(dir, 'emptied.segwb');
    fs.copyFileSync(file, copy);
    const db = openProjectFile(copy);
    db.exec('DELETE FROM column_cache');
    db.close();
    const built = firstAnswers(copy);
    expect(built.before.size).toBe(0);
    expect(built.after.has('base/ids')).toBe(true);
    // Without them, the first orders measure is one SQL scan of the lines, which keeps no lines' columns.
    expect(LINE_ENTRIES.filter((name) => built.after.has(name))).toEqual([]);
    expect(kept.rfm).toEqual(built.rfm);
    expect(kept.champions).toEqual(built.champions);
    expect(kept.orders).toEqual(built.orders);
    expect(kept.countries).toEqual(built.countries);
    expect(kept.orders.customers).toBeGreaterThan(100);
    expect(kept.countries.customers).toBeGreaterThan(100);
    // And as the import's own snapshot counted them.
    const champions = snapshots.at(-1)?.rfm.find((s) => s.name === 'Champions')?.customers;
    expect(kept.champions.customers).toBe(champions);
    expect(kept.champions.customers).toBeGreaterThan(100);
    expect(kept.rfm.customers).toBe(snapshots.at(-1)?.rfm.reduce((n, s) => n + s.customers, 0));
  }, 120_000);

  it('are not written by the CLI, which waits for the work after an import before it exits', async () => {
    const { file, snapshots } = await importedShop('cli');
    expect(snapshots.map((s) => s.reason)).toEqual(['import', 'import']);
    const db = openProjectFile(file);
    const kept = db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'column_cache'").pluck().get();
    db.close();
    expect(kept).toBe(0);
  }, 120_000);
});
