/**
 * segwb segment count --source and segwb import --from against a real PostgreSQL
 * (test/support/postgres.ts) and a DuckDB file, both loaded from the demo shop's warehouse export:
 * the counts and revenue equal the project's; importing a table gives the same project as importing
 * the exported CSV; bad URLs, a wrong password and a missing table give clear messages; nothing
 * can be written through a source.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoProject } from '../../electron/core/demo/demoProject.js';
import { openSource } from '../../electron/core/sources/openSource.js';
import { exportWarehouse } from '../../electron/core/warehouse/exportWarehouse.js';
import { ensureBuilt, segwb } from '../support/cli.js';
import { startPostgres, type TestPostgres } from '../support/postgres.js';
import { newSession, tempDir } from '../support/session.js';
import { databaseUrl, duckdbFile, postgresDatabase } from './sourceDatabases.js';

const RULES = [
  { field: 'frequency', op: '>=', value: 2 },
  {
    and: [
      { field: 'country', op: 'in', value: ['Germany', 'France', 'United Kingdom'] },
      { field: 'monetary', op: '>', value: 150 },
    ],
  },
  { or: [{ field: 'recency_days', op: '<=', value: 90 }, { not: { field: 'age', op: 'between', value: [30, 45] } }] },
  {
    orders: { where: { field: 'category', op: 'in', value: ['Electronics', 'Fashion'] }, within_last_days: 365 },
    measure: 'count',
    op: '>=',
    value: 1,
  },
  {
    and: [
      { field: 'signup_date', op: 'after', value: '2025-01-01' },
      { field: 'city', op: 'contains', value: 'a' },
    ],
  },
  { orders: { where: { field: 'channel', op: 'in', value: ['online'] } }, measure: 'sum_amount', op: '>', value: 100 },
];

let dir = '';
let server: TestPostgres | null = null;
let pgUrl = '';
let duckUrl = '';
let project = '';

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const session = newSession(dir);
  project = path.join(dir, 'demo.segwb');
  await createDemoProject(session, { path: project, customers: 400, seed: 3 });
  const db = session.requireProject().db;
  duckUrl = `duckdb:${await duckdbFile(db, dir)}`;
  const started = await startPostgres();
  if ('skipped' in started) console.log(`sources test: PostgreSQL part skipped: ${started.skipped}`);
  else {
    server = started;
    pgUrl = await postgresDatabase(db, dir, server, `segwb_shop_${process.pid}`);
  }
  fs.mkdirSync(path.join(dir, 'csv'));
  exportWarehouse(db, path.join(dir, 'csv'), 'postgres');
  session.close?.();
}, 180_000);
afterAll(async () => {
  await server?.stop();
});

function json(args: string[]): unknown {
  const r = segwb(args, dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

function ruleFile(rule: object, i: number): string {
  const file = path.join(dir, `rule${i}.json`);
  fs.writeFileSync(file, JSON.stringify(rule));
  return file;
}

describe('segwb segment count --source', () => {
  it.each(['duckdb', 'postgres'])(
    'counts on %s what the project counts',
    (engine) => {
      const url = engine === 'duckdb' ? duckUrl : pgUrl;
      if (url === '') return;
      RULES.forEach((rule, i) => {
        const file = ruleFile(rule, i);
        const expected = json(['segment', 'count', '--project', project, '--rule', file, '--json']);
        const got = json(['segment', 'count', '--source', url, '--rule', file, '--json']);
        expect(got, JSON.stringify(rule)).toEqual(expected);
        expect((expected as { customers: number }).customers).toBeGreaterThan(0);
      });
    },
    120_000,
  );

  it('says the time the database took, without the password', () => {
    if (!server) return;
    const url = databaseUrl(server, `segwb_shop_${process.pid}`, 'secret');
    const r = segwb(['segment', 'count', '--source', url, '--rule', ruleFile(RULES[0] as object, 0)], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/; counted on the database postgresql:\/\/postgres:\*\*\*@\/.* in \d+ ms\n$/);
    expect(r.stdout).not.toContain('secret');
  });
});

describe('segwb import --from', () => {
  const summary = (file: string) => {
    const rfm = json(['segment', 'count', '--project', file, '--rule', ruleFile({ and: [] }, 99), '--json']);
    return rfm;
  };
  const imported = (args: (table: string) => string[], name: string) => {
    const file = path.join(dir, `${name}.segwb`);
    const customers = json([
      'import',
      ...args('customers'),
      '--kind',
      'customers',
      '--project',
      file,
      '--json',
    ]) as Record<string, unknown>;
    const orders = json([
      'import',
      ...args('orders'),
      '--kind',
      'orders',
      '--project',
      file,
      '--append',
      '--json',
    ]) as Record<string, unknown>;
    return { file, customers, orders };
  };
  const fromCsv = (table: string) => [path.join(dir, 'csv', `${table}.csv`)];

  it.each(['duckdb', 'postgres'])(
    'from %s gives the project the exported CSV gives',
    (engine) => {
      const url = engine === 'duckdb' ? duckUrl : pgUrl;
      if (url === '') return;
      const csv = imported(fromCsv, `csv-${engine}`);
      const db = imported((table) => ['--from', url, '--table', table], `from-${engine}`);
      const same = (r: Record<string, unknown>) => ({
        ...r,
        file: null,
        files: null,
        duration_ms: null,
        dataset_id: null,
      });
      expect(same(db.customers)).toEqual(same(csv.customers));
      expect(same(db.orders)).toEqual(same(csv.orders));
      expect(db.orders.file).toBe(`${url.startsWith('duckdb:') ? url : url} table orders`);
      // The datasets name the database and table they came from, not the temporary CSV.
      const saved = new Database(db.file, { readonly: true });
      try {
        const datasets = saved.prepare('SELECT file_name, report FROM datasets ORDER BY id').all() as Array<{
          file_name: string;
          report: string;
        }>;
        expect(datasets.map((d) => [d.file_name, (JSON.parse(d.report) as { file: string }).file])).toEqual([
          [`${url} table customers`, `${url} table customers`],
          [`${url} table orders`, `${url} table orders`],
        ]);
      } finally {
        saved.close();
      }
      expect(db.orders.orders).toBe(1988);
      expect(db.customers.customers).toBe(400);
      expect(summary(db.file)).toEqual(summary(csv.file));
      expect(summary(db.file)).toEqual(summary(project));
      expect(
        fs
          .readdirSync(path.dirname(fs.realpathSync(dir)))
          .some(
            (f) =>
              f.startsWith('segwb-source-') &&
              fs.readdirSync(path.join(path.dirname(fs.realpathSync(dir)), f)).length > 0,
          ),
      ).toBe(false);
    },
    120_000,
  );
});

describe('segwb import --from --kind events', () => {
  it('records the database and table as the events dataset, not the temporary file', async () => {
    const events = path.join(dir, 'events.duckdb');
    const csv = path.resolve('test/fixtures/events/six-users.csv').replace(/'/g, "''");
    const instance = await DuckDBInstance.create(events);
    const connection = await instance.connect();
    await connection.run(`CREATE TABLE clicks AS SELECT * FROM read_csv('${csv}', all_varchar = true, header = true)`);
    connection.closeSync();
    instance.closeSync();
    const url = `duckdb:${events}`;
    const file = path.join(dir, 'events-from-db.segwb');
    const report = json([
      'import',
      '--from',
      url,
      '--table',
      'clicks',
      '--kind',
      'events',
      '--project',
      file,
      '--json',
    ]);
    expect((report as { file: string }).file).toBe(`${url} table clicks`);
    const saved = new Database(file, { readonly: true });
    try {
      expect(saved.prepare('SELECT kind, file_name, rows_imported FROM datasets').all()).toEqual([
        { kind: 'events', file_name: `${url} table clicks`, rows_imported: 15 },
      ]);
    } finally {
      saved.close();
    }
  }, 60_000);
});

describe('clear messages', () => {
  const fails = (args: string[]) => {
    const r = segwb(args, dir);
    expect(r.code).not.toBe(0);
    return r.stderr.trim();
  };
  const rule = () => ruleFile(RULES[0] as object, 0);

  it('for a URL that names no database', () => {
    expect(fails(['segment', 'count', '--source', 'mysql://u:pw@h/db', '--rule', rule(), '--json'])).toBe(
      'segwb segment: "mysql://u:***@h/db" names no database: give a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:5432/DATABASE) or a DuckDB file (duckdb:PATH, or a path ending .duckdb).',
    );
  });

  it('for a server that does not answer', () => {
    expect(fails(['segment', 'count', '--source', 'postgresql://u:hunter2@127.0.0.1:1/shop', '--rule', rule()])).toBe(
      'segwb segment: Cannot reach the database postgresql://u:***@127.0.0.1:1/shop: no server answered there. Check the host name and port in the URL and that the server is running.',
    );
  });

  it('for a DuckDB file that is not there', () => {
    const missing = path.join(dir, 'nothing.duckdb');
    expect(fails(['segment', 'count', '--source', missing, '--rule', rule()])).toBe(
      `segwb segment: There is no DuckDB file at ${missing}: check the path, or export one from a project (docs/warehouse.md).`,
    );
  });

  it('for a missing table', () => {
    const file = path.join(dir, 'x.segwb');
    expect(fails(['import', '--from', duckUrl, '--table', 'Orders2', '--project', file])).toBe(
      `segwb import: The database ${duckUrl} has no table "Orders2": check the name after --table (names are matched exactly, case included).`,
    );
    expect(fs.existsSync(file)).toBe(false);
  });

  it('for a database without a customers table', async () => {
    if (!server) return;
    await server.client.query('DROP DATABASE IF EXISTS segwb_empty');
    await server.client.query('CREATE DATABASE segwb_empty');
    const url = databaseUrl(server, 'segwb_empty');
    expect(fails(['segment', 'count', '--source', url, '--rule', rule()])).toBe(
      `segwb segment: The database ${url} has no table "customers": segments count customers from it. Load the warehouse tables as docs/warehouse.md describes (segwb warehouse export writes them).`,
    );
  });

  it('for a wrong password', async () => {
    if (!server) return;
    const hba = path.join(String((server.client as unknown as { host: string }).host), 'data', 'pg_hba.conf');
    if (!server.local || !fs.existsSync(hba)) return;
    await server.client.query("DROP ROLE IF EXISTS segwb_reader; CREATE ROLE segwb_reader LOGIN PASSWORD 'right'");
    fs.writeFileSync(hba, `local all segwb_reader scram-sha-256\n${fs.readFileSync(hba, 'utf8')}`);
    await server.client.query('SELECT pg_reload_conf()');
    const url = databaseUrl(server, `segwb_shop_${process.pid}`, 'wrong', 'segwb_reader');
    const shown = url.replace(':wrong@', ':***@');
    expect(fails(['segment', 'count', '--source', url, '--rule', rule()])).toBe(
      `segwb segment: The database ${shown} refused the user name or password: check them in the URL, or ask its administrator for an account that may read it.`,
    );
  });
});

describe('read only', () => {
  it.each(['duckdb', 'postgres'])('%s refuses a write through the source', async (engine) => {
    const url = engine === 'duckdb' ? duckUrl : pgUrl;
    if (url === '') return;
    const source = await openSource(url);
    try {
      await expect(source.rows('CREATE TABLE stolen (x INTEGER)')).rejects.toThrow(
        `The database ${source.address.shown} is opened read only: this app reads from it and never writes to it.`,
      );
      await expect(source.rows('DELETE FROM orders')).rejects.toThrow('is opened read only');
    } finally {
      await source.close();
    }
  });
});
