import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataTables } from '../../electron/core/datasets/dataTables.js';
import { clearHistory, keepBeforeImport, listHistory, undoLastImport } from '../../electron/core/datasets/history.js';
import type { Db } from '../../electron/core/db/projectFile.js';
import { runInTransaction } from '../../electron/core/db/transaction.js';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import { importEventsFile } from '../../electron/core/import/events/importEvents.js';
import { runImportSet } from '../../electron/core/import/set/runSet.js';
import { readAsOf } from '../../electron/core/metrics/asOf.js';
import { dayToIso } from '../../electron/core/metrics/days.js';
import type { ProjectInfo } from '../../shared/api.js';
import { failure, result } from '../support/outcome.js';
import { fixture, importFile, newSession, tempDir } from '../support/session.js';

/** Every row of every data table and the data's meta keys: what an undo must give back exactly. */
function dump(db: Db): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of dataTables(db)) {
    out[table.name] = db.prepare(`SELECT * FROM "${table.name}" ORDER BY rowid`).all();
    out[`${table.name} schema`] = [table.sql, ...table.indexes];
  }
  out.meta = db.prepare("SELECT key, value FROM meta WHERE key = 'last_order_day'").all();
  return out;
}

function historyTables(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'history%' ORDER BY name")
      .all() as Array<{
      name: string;
    }>
  ).map((r) => r.name);
}

let engine: Engine | null = null;
afterEach(() => {
  engine?.close();
  engine = null;
});

describe('import history', () => {
  it('counts as data every table but the user work, in a fresh project', () => {
    const dir = tempDir();
    const session = newSession(dir);
    const { db } = session.create(path.join(dir, 'fresh.segwb'));
    expect(dataTables(db).map((t) => t.name)).toEqual([
      'customer_attrs',
      'customer_metrics',
      'customers',
      'dataset_links',
      'datasets',
      'event_profiles',
      'events',
      'fields',
      'import_rejects',
      'order_keys',
      'order_lines',
      'order_totals',
    ]);
    session.close();
  });

  it('undoes a replace of the orders exactly, then the first imports, and keeps the segments', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    const { db } = session.create(path.join(dir, 'shop.segwb'));
    const empty = dump(db);
    await importFile(session, fixture('customers-small.csv'));
    const customersOnly = dump(db);
    await importFile(session, fixture('orders-small.csv'));
    const before = dump(db);
    db.prepare(
      'INSERT INTO segments (name, rule, created_at, updated_at) VALUES (\'Wales\', \'{"field":"country","op":"in","value":["Wales"]}\', \'now\', \'now\')',
    ).run();
    await importFile(session, fixture('datasets/orders-later.csv'), undefined, true);
    expect((db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n).toBe(3);
    expect(listHistory(db).map((e) => e.label)).toEqual([
      'orders-later.csv (orders)',
      'orders-small.csv (orders)',
      'customers-small.csv (customers)',
    ]);

    expect(undoLastImport(db).label).toBe('orders-later.csv (orders)');
    expect(dump(db)).toEqual(before);
    expect(historyTables(db).some((name) => name.startsWith('history_3_'))).toBe(false);
    expect(undoLastImport(db).label).toBe('orders-small.csv (orders)');
    expect(dump(db)).toEqual(customersOnly);
    expect(undoLastImport(db).label).toBe('customers-small.csv (customers)');
    expect(dump(db)).toEqual(empty);
    expect(db.prepare('SELECT name FROM segments').all()).toEqual([{ name: 'Wales' }]);
    expect(() => undoLastImport(db)).toThrow('There is no import to undo in this project.');
    expect(historyTables(db)).toEqual([]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    session.close();
  });

  it('undoes an import of linked files, with the typed tables of its products and payments', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    const { db, path: projectPath } = session.create(path.join(dir, 'shop.segwb'));
    await importFile(session, fixture('orders-small.csv'));
    const before = dump(db);
    const linked = ['orders.csv', 'lines.csv', 'products.csv', 'payments.csv', 'customers.csv'].map((f) =>
      fixture(`linked/${f}`),
    );
    const report = await runImportSet({ projectPath, paths: linked, replace: true, isCancelled: () => false });
    expect(report.orders).toBe(4);
    expect(listHistory(db)[0]?.label).toBe(
      'orders.csv (orders), lines.csv (order_lines), products.csv (products), payments.csv (payments), customers.csv (customers)',
    );
    expect(dataTables(db).filter((t) => t.name.startsWith('dataset_rows_'))).toHaveLength(2);
    undoLastImport(db);
    expect(dump(db)).toEqual(before);
    session.close();
  });

  it('undoes an events import with what was derived from the events: the default as-of date goes back', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    const { db } = session.create(path.join(dir, 'shop.segwb'));
    await importFile(session, fixture('orders-small.csv'));
    const before = dump(db);
    const ordersAsOf = readAsOf(db).day as number;
    await runInTransaction(db, () => {
      keepBeforeImport(db, [{ file: 'six-users.csv', kind: 'events' }], ['events']);
      return importEventsFile(db, fixture('events/six-users.csv'), { replace: true });
    });
    expect(readAsOf(db).day as number).toBeGreaterThan(ordersAsOf);
    undoLastImport(db);
    expect(dayToIso(readAsOf(db).day as number)).toBe(dayToIso(ordersAsOf));
    expect(dump(db)).toEqual(before);
    session.close();
  });

  it('does not copy the events for another import, and its undo leaves them as they are', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    const { db } = session.create(path.join(dir, 'shop.segwb'));
    await runInTransaction(db, () => importEventsFile(db, fixture('events/six-users.csv'), { replace: true }));
    await importFile(session, fixture('orders-small.csv'));
    const before = dump(db);
    await importFile(session, fixture('datasets/orders-later.csv'), undefined, true);
    expect(historyTables(db).filter((name) => name.endsWith('_events'))).toEqual([]);
    undoLastImport(db);
    expect(dump(db)).toEqual(before);
    session.close();
  });

  it('keeps nothing for an import that failed, and clearing the history forgets every kept state', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    const { db } = session.create(path.join(dir, 'shop.segwb'));
    await importFile(session, fixture('orders-small.csv'));
    await expect(importFile(session, fixture('datasets/orders-later.csv'))).rejects.toThrow(/already has orders/);
    expect(listHistory(db)).toHaveLength(1);
    await importFile(session, fixture('datasets/orders-later.csv'), undefined, true);
    expect(listHistory(db)).toHaveLength(2);
    expect(historyTables(db).length).toBeGreaterThan(0);
    expect(clearHistory(db)).toBe(2);
    expect(listHistory(db)).toEqual([]);
    expect(historyTables(db)).toEqual([]);
    expect((db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n).toBe(3);
    session.close();
  });

  it('undoes through the contract: the project info after the undo, and a clear message when nothing is left', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    const file = session.create(path.join(dir, 'shop.segwb')).path;
    await importFile(session, fixture('orders-small.csv'));
    await importFile(session, fixture('datasets/orders-later.csv'), undefined, true);
    session.close();
    engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    result(await engine.call('project/open', { path: file }));
    const changed: unknown[] = [];
    engine.onEvent((e) => {
      if (e.event === 'project/changed') changed.push(e.payload);
    });
    expect(result<Array<{ label: string }>>(await engine.call('datasets/history', {})).map((e) => e.label)).toEqual([
      'orders-later.csv (orders)',
      'orders-small.csv (orders)',
    ]);
    const undone = result<{ undone: { label: string }; project: ProjectInfo }>(await engine.call('datasets/undo', {}));
    expect(undone.undone.label).toBe('orders-later.csv (orders)');
    expect(undone.project.datasets.map((d) => d.fileName)).toEqual(['orders-small.csv']);
    expect(changed).toHaveLength(1);
    expect(result<{ cleared: number }>(await engine.call('datasets/clearHistory', {}))).toEqual({ cleared: 1 });
    expect(failure(await engine.call('datasets/undo', {}))).toBe(
      'NOT_FOUND: There is no import to undo in this project.',
    );
  });
});
