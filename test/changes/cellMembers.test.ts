/**
 * One migration cell's customers on the CDNOW sample: the members are exactly the customers the
 * plain computation (reference.ts) puts in that cell, their revenue the cell's; saved as a segment
 * (a fixed list) they count the same; cohorts within a segment are the plain cohorts of its members.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationMembers, saveMigrationCell } from '../../electron/core/changes/cellMembers.js';
import { cohorts } from '../../electron/core/changes/cohorts.js';
import { migration } from '../../electron/core/changes/migration.js';
import { createEngine, type Engine } from '../../electron/core/engine.js';
import { countRule } from '../../electron/core/segments/count.js';
import { evaluateRule } from '../../electron/core/segments/evaluate.js';
import { loadProjectData } from '../../electron/core/segments/projectData.js';
import { saveSegment } from '../../electron/core/segments/store.js';
import type { ImportPreview } from '../../shared/model/import.js';
import { result } from '../support/outcome.js';
import { sharedData, tempDir } from '../support/session.js';
import { dayOf, type PlainOrder, plainCohorts, rfGridAt, windowCents } from './reference.js';

const FILE = sharedData('cdnow/CDNOW_sample.txt');
const orders: PlainOrder[] = fs
  .readFileSync(FILE, 'utf8')
  .split(/\r?\n/)
  .filter((l) => l.trim() !== '')
  .map((line) => {
    const [id, , date, , dollars] = line.trim().split(/\s+/) as [string, string, string, string, string];
    const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
    return { customer: id, day: dayOf(iso), cents: Math.round(Number(dollars) * 100) };
  });

let engine: Engine;
const db = () => engine.session.requireProject().db;

beforeAll(async () => {
  const dir = tempDir();
  engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
  result(await engine.call('project/create', { path: path.join(dir, 'cdnow.segwb') }));
  const preview = result<ImportPreview>(await engine.call('import/preview', { path: FILE }));
  result(await engine.call('import/run', { jobId: randomUUID(), path: FILE, options: preview.options }));
});
afterAll(() => engine.close());

const FROM = '1997-07-01';
const TO = '1998-01-01';
const cell = { by: 'rfm', from: FROM, to: TO, scheme: 'rf-grid', bins: 5 } as const;

/** The plain computation's customers of (from -> to), sorted. */
function plainMembers(fromGroup: string, toGroup: string): string[] {
  const before = rfGridAt(orders, dayOf(FROM));
  const after = rfGridAt(orders, dayOf(TO));
  return [...after.keys()].filter((c) => (before.get(c) ?? '(new)') === fromGroup && after.get(c) === toGroup).sort();
}

describe('the customers of a migration cell (CDNOW, rf-grid 5, 1997-07-01 -> 1998-01-01)', () => {
  it.each([
    ['champions', 'loyal_customers', 148],
    ['loyal_customers', 'at_risk', 23],
    ['hibernating', 'hibernating', 739],
  ])("%s -> %s: the plain computation's %i customers, their revenue the cell's", (fromGroup, toGroup, size) => {
    const members = migrationMembers(db(), { ...cell, fromGroup, toGroup, limit: 100_000 });
    const expected = plainMembers(fromGroup, toGroup);
    expect(expected.length).toBe(size);
    expect(members.members.map((m) => m.customer).sort()).toEqual(expected);
    const matrix = migration(db(), cell).cells.find((c) => c.from === fromGroup && c.to === toGroup);
    expect(members.total).toBe(matrix?.customers);
    expect(Math.round(members.revenue * 100)).toBe(Math.round((matrix?.revenue ?? Number.NaN) * 100));
    const cents = windowCents(orders, dayOf(FROM), dayOf(TO));
    for (const m of members.members) expect(Math.round(m.revenue * 100)).toBe(cents.get(m.customer) ?? 0);
  });

  it('lists the largest revenue first and caps the list, the total still stated', () => {
    const all = migrationMembers(db(), { ...cell, fromGroup: 'champions', toGroup: 'loyal_customers', limit: 100_000 });
    const capped = migrationMembers(db(), { ...cell, fromGroup: 'champions', toGroup: 'loyal_customers', limit: 3 });
    expect(capped.total).toBe(all.total);
    expect(capped.members).toEqual(all.members.slice(0, 3));
    const revenue = all.members.map((m) => m.revenue);
    expect(revenue).toEqual([...revenue].sort((a, b) => b - a));
  });

  it('refuses a group the migration does not have, naming the groups it has', () => {
    expect(() => migrationMembers(db(), { ...cell, fromGroup: 'Champions', toGroup: 'at_risk' })).toThrow(
      /"Champions" is not a group of this migration \(its groups: \(new\), hibernating, at_risk/,
    );
  });

  it('saves the cell as a segment of those customers: the count, the compiled rule and the evaluator agree', () => {
    const expected = plainMembers('loyal_customers', 'at_risk');
    const saved = saveMigrationCell(
      db(),
      { ...cell, fromGroup: 'loyal_customers', toGroup: 'at_risk', name: 'Loyal who slid to At Risk' },
      new Date('2026-12-06T10:00:00Z'),
    );
    expect(saved.rule).toEqual({ list: expect.any(Number), customers: 23, saved: '2026-12-06', origin: 'changes' });
    expect(saved.counts.customers).toBe(expected.length);
    const inSegment = countRule(db(), { and: [{ segment: saved.id }, { field: 'frequency', op: '>=', value: 1 }] });
    expect(inSegment.customers).toBe(expected.length);
    const keyOf = db().prepare('SELECT customer_key FROM customers WHERE id = ?').pluck();
    const evaluated = [...evaluateRule(loadProjectData(db()), saved.rule)].map((id) => keyOf.get(id) as string);
    expect(evaluated.sort()).toEqual(expected);
  });

  it("refuses a list rule whose size is not the saved list's", () => {
    const saved = saveMigrationCell(db(), { ...cell, fromGroup: 'hibernating', toGroup: 'champions', name: 'Woke up' });
    const rule = saved.rule as { list: number; customers: number; saved: string; origin: 'changes' };
    expect(() => saveSegment(db(), { name: 'Tampered', rule: { ...rule, customers: rule.customers + 1 } })).toThrow(
      /holds \d+ customers, but it holds \d+/,
    );
  });
});

describe('cohorts within a segment (CDNOW)', () => {
  it("are the plain cohorts of the segment's members only", () => {
    const segment = saveSegment(db(), { name: 'Three or more', rule: { field: 'frequency', op: '>=', value: 3 } });
    const asOf = dayOf('1998-07-01');
    const count = new Map<string, number>();
    for (const o of orders) if (o.day < asOf && o.cents > 0) count.set(o.customer, (count.get(o.customer) ?? 0) + 1);
    const members = new Set([...count].filter(([, n]) => n >= 3).map(([c]) => c));
    expect(members.size).toBe(segment.counts.customers);
    const expected = plainCohorts(
      orders.filter((o) => members.has(o.customer)),
      asOf,
      'month',
    );
    const within = cohorts(db(), 'month', segment.id);
    expect(
      within.cohorts.map((c) => ({
        cohort: c.cohort,
        customers: c.customers,
        periods: c.periods.map((p) => ({ offset: p.offset, active: p.active, cents: Math.round(p.revenue * 100) })),
      })),
    ).toEqual(expected);
    expect(within.cohorts.reduce((n, c) => n + c.customers, 0)).toBe(members.size);
  });
});
