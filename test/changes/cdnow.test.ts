/**
 * Migration and cohorts on the CDNOW sample (18 months, 2,357 customers), against the plain
 * computation of reference.ts over the file's own lines. Each line is one order: customer id,
 * customer index, YYYYMMDD, CDs, dollars.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohorts } from '../../electron/core/changes/cohorts.js';
import { migration } from '../../electron/core/changes/migration.js';
import { readTwoDates } from '../../electron/core/changes/twoDates.js';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import { readPopulation } from '../../electron/core/rfm/population.js';
import type { MigrationCell } from '../../shared/contract/changes.js';
import type { ImportPreview } from '../../shared/model/import.js';
import { result } from '../support/outcome.js';
import { sharedData, tempDir } from '../support/session.js';
import {
  dayOf,
  type Period,
  type PlainCell,
  type PlainOrder,
  plainCells,
  plainCohorts,
  rfGridAt,
  windowCents,
} from './reference.js';

const FILE = sharedData('cdnow/CDNOW_sample.txt');

function readOrders(): PlainOrder[] {
  return fs
    .readFileSync(FILE, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [id, , date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
      const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
      return { customer: id, day: dayOf(iso), cents: Math.round(Number(dollars) * 100) };
    });
}

const orders = readOrders();
let engine: Engine;
const db = () => engine.session.requireProject().db;

beforeAll(async () => {
  // Through the engine's preview and import, as the app reads a fixed-width text.
  const dir = tempDir();
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  result(await engine.call('project/create', { path: path.join(dir, 'cdnow.segwb') }));
  const preview = result<ImportPreview>(await engine.call('import/preview', { path: FILE }));
  result(await engine.call('import/run', { jobId: randomUUID(), path: FILE, options: preview.options }));
});
afterAll(() => engine.close());

/** Engine cells in cents, in their order. */
const inCents = (cells: MigrationCell[]): PlainCell[] =>
  cells.map((c) => ({ from: c.from, to: c.to, customers: c.customers, cents: Math.round(c.revenue * 100) }));
const byKey = (cells: PlainCell[]) =>
  [...cells].sort((a, b) => `${a.from}\t${a.to}`.localeCompare(`${b.from}\t${b.to}`));

describe('the one read of the orders behind an RFM migration', () => {
  it.each([
    ['1997-07-01', '1998-01-01'],
    ['1997-02-15', '1997-03-20'],
    ['1997-01-01', '1998-07-01'],
  ])('gives, from %s to %s, exactly the RFM populations the RFM view reads', (from, to) => {
    const [f, t] = [dayOf(from), dayOf(to)];
    const two = readTwoDates(db(), f, t);
    expect(two.from).toEqual(readPopulation(db(), f));
    expect(two.to).toEqual(readPopulation(db(), t));
    // The window's revenue, by the file's customer ids, against the plain sum in cents.
    const keyOf = new Map(
      (db().prepare('SELECT id, customer_key FROM customers').raw().all() as Array<[number, string]>).map(
        ([id, key]) => [id, key],
      ),
    );
    const cents = windowCents(orders, f, t);
    const engineCents = new Map([...two.revenue].map(([id, revenue]) => [keyOf.get(id), Math.round(revenue * 100)]));
    expect(engineCents).toEqual(new Map([...cents].filter(([, c]) => c !== 0)));
  });
});

describe('migration by RFM on CDNOW (rf-grid, 5 bins)', () => {
  it.each([
    ['1997-07-01', '1998-01-01'],
    ['1998-01-01', '1998-07-01'],
    ['1997-02-15', '1997-03-20'],
  ])('from %s to %s: every cell as the plain computation has it', (from, to) => {
    const [f, t] = [dayOf(from), dayOf(to)];
    const before = rfGridAt(orders, f);
    const after = rfGridAt(orders, t);
    const expected = plainCells(
      after.keys(),
      (c) => [before.get(c) ?? '(new)'],
      (c) => [after.get(c) as string],
      windowCents(orders, f, t),
    );
    const result = migration(db(), { by: 'rfm', from, to, scheme: 'rf-grid', bins: 5 });
    expect(result.from).toBe(from);
    expect(result.to).toBe(to);
    expect(byKey(inCents(result.cells))).toEqual(byKey(expected));
    expect(result.cells.reduce((n, c) => n + c.customers, 0)).toBe(after.size);
  });

  it('lists (new) first, then the scheme order, and counts each customer once', () => {
    const result = migration(db(), { by: 'rfm', from: '1997-02-15', to: '1997-03-20', scheme: 'rf-grid', bins: 5 });
    const names = [
      '(new)',
      'hibernating',
      'at_risk',
      'cant_lose',
      'about_to_sleep',
      'need_attention',
      'loyal_customers',
      'promising',
      'new_customers',
      'potential_loyalists',
      'champions',
    ];
    const rank = (c: MigrationCell) => names.indexOf(c.from) * 100 + names.indexOf(c.to);
    const ranks = result.cells.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(result.cells.some((c) => c.from === '(new)')).toBe(true);
    expect(result.cells.some((c) => c.to === '(new)')).toBe(false);
  });

  it('rfm-classic (the default) counts the same customers, by the R rfm package names', () => {
    const result = migration(db(), { by: 'rfm', from: '1998-01-01', to: '1998-07-01' });
    const after = rfGridAt(orders, dayOf('1998-07-01'));
    expect(result.cells.reduce((n, c) => n + c.customers, 0)).toBe(after.size);
    expect(result.cells.map((c) => c.from)).toContain('Champions');
  });
});

describe('cohorts on CDNOW', () => {
  const asOf = dayOf('1998-07-01'); // the day after the last order
  it.each(['month', 'week', 'quarter'] as Period[])(
    'by %s: every cohort and offset as the plain computation has it',
    (period) => {
      const result = cohorts(db(), period);
      expect(result.period).toBe(period);
      const expected = plainCohorts(orders, asOf, period);
      expect(
        result.cohorts.map((c) => ({
          cohort: c.cohort,
          customers: c.customers,
          periods: c.periods.map((p) => ({ offset: p.offset, active: p.active, cents: Math.round(p.revenue * 100) })),
        })),
      ).toEqual(expected);
    },
  );

  it('puts every buyer of the sample in a 1997 first-quarter cohort, with 18 months of offsets', () => {
    const months = cohorts(db(), 'month').cohorts;
    expect(months.map((c) => [c.cohort, c.periods.length])).toEqual([
      ['1997-01', 18],
      ['1997-02', 17],
      ['1997-03', 16],
    ]);
    const buyers = new Set(orders.filter((o) => o.cents > 0).map((o) => o.customer)).size;
    expect(months.reduce((n, c) => n + c.customers, 0)).toBe(buyers);
    expect(months.map((c) => c.periods[0]?.active)).toEqual(months.map((c) => c.customers));
  });
});
