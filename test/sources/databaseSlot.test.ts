/**
 * A database opened in the app (sources/databaseSlot.ts), on a DuckDB file and a real PostgreSQL
 * loaded from the demo shop's warehouse export: each part of a rule counts on the database what it
 * counts on the project, a field's values and range are the project's, a reopened database gets a
 * new id, and a call with none open says what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { countRuleParts } from '../../electron/core/segments/count.js';
import { fieldProfile } from '../../electron/core/segments/profile.js';
import { DatabaseSlot } from '../../electron/core/sources/databaseSlot.js';
import type { Rule } from '../../shared/model/rules.js';
import { startPostgres, type TestPostgres } from '../support/postgres.js';
import { newSession, tempDir } from '../support/session.js';
import { duckdbFile, postgresDatabase } from './sourceDatabases.js';

const RULES: Rule[] = [
  {
    and: [
      { field: 'country', op: 'in', value: ['Germany', 'France', 'United Kingdom'] },
      { or: [{ field: 'monetary', op: '>', value: 150 }, { not: { field: 'age', op: 'between', value: [30, 45] } }] },
    ],
  },
  {
    or: [
      { field: 'recency_days', op: '<=', value: 90 },
      {
        orders: { where: { field: 'category', op: 'in', value: ['Electronics', 'Fashion'] }, within_last_days: 365 },
        measure: 'count',
        op: '>=',
        value: 1,
      },
      { and: [] },
    ],
  },
];

let db: Db;
let server: TestPostgres | null = null;
const urls: Record<string, string> = {};

beforeAll(async () => {
  const dir = tempDir();
  const session = newSession(dir);
  await createDemoProject(session, { path: `${dir}/demo.segwb`, customers: 400, seed: 3 });
  db = session.requireProject().db;
  urls.duckdb = `duckdb:${await duckdbFile(db, dir)}`;
  const started = await startPostgres();
  if ('skipped' in started) console.log(`database slot test: PostgreSQL part skipped: ${started.skipped}`);
  else {
    server = started;
    urls.postgres = await postgresDatabase(db, dir, server, `segwb_slot_${process.pid}`);
  }
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

describe.each(['duckdb', 'postgres'])('a database opened in the app, on %s', (engine) => {
  it('counts each part of a rule as the project does', async () => {
    const url = urls[engine];
    if (url === undefined) return;
    const slot = new DatabaseSlot();
    await slot.open(url);
    try {
      for (const rule of RULES) {
        const project = countRuleParts(db, rule);
        expect(await slot.countParts(rule)).toEqual(project);
        expect(project.every((p) => p.customers > 0)).toBe(true);
      }
      expect((await slot.countParts(RULES[1] as Rule)).map((p) => p.path)).toEqual(['', '0', '1', '2']);
    } finally {
      await slot.close();
    }
  }, 60_000);

  it("lists a field's values, searched, and its range as the project does", async () => {
    const url = urls[engine];
    if (url === undefined) return;
    const slot = new DatabaseSlot();
    await slot.open(url);
    try {
      const country = await slot.profile({ key: 'country', source: 'customers', limit: 200 });
      expect(country).toEqual(fieldProfile(db, { key: 'country', source: 'customers', limit: 200 }));
      expect(country.values.length).toBeGreaterThan(2);
      const searched = await slot.profile({ key: 'category', source: 'orders', search: 'o', limit: 3 });
      expect(searched).toEqual(fieldProfile(db, { key: 'category', source: 'orders', search: 'o', limit: 3 }));
      expect(searched.values.length).toBeGreaterThan(0);
      expect(await slot.profile({ key: 'age', source: 'customers' })).toEqual(
        fieldProfile(db, { key: 'age', source: 'customers' }),
      );
      expect(await slot.profile({ key: 'last_order', source: 'metrics' })).toEqual(
        fieldProfile(db, { key: 'last_order', source: 'metrics' }),
      );
      await expect(slot.profile({ key: 'nope', source: 'customers' })).rejects.toThrow(
        'Unknown field "nope" among the customers fields of the database.',
      );
    } finally {
      await slot.close();
    }
  }, 60_000);
});

describe('the database slot', () => {
  it('names each opening by a new opaque id, and says what to do when none is open', async () => {
    const slot = new DatabaseSlot();
    const first = await slot.open(urls.duckdb as string);
    const second = await slot.open(urls.duckdb as string);
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.customers).toBe(400);
    expect(second.id).not.toBe(first.id);
    expect(slot.info()?.id).toBe(second.id);
    await slot.close();
    expect(slot.info()).toBeNull();
    await expect(slot.countParts({ and: [] })).rejects.toThrow(
      'No database is open (the app may have restarted, which closes it): open it again with Open a database.',
    );
  });
});
