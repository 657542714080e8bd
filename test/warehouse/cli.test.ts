/**
 * segwb warehouse export, segment sql and rfm --sql as scripts use them: the export loads into
 * DuckDB, and the printed SELECTs give there what the project counts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { tempDir } from '../support/session.js';

let dir: string;
let project: string;
let instance: DuckDBInstance;
let duck: DuckDBConnection;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  project = path.join(dir, 'shop.segwb');
  expect(segwb(['demo', '--project', project, '--customers', '300', '--seed', '4'], dir).code).toBe(0);
  const out = segwb(['warehouse', 'export', '--project', project, '--out', 'wh', '--dialect', 'duckdb'], dir);
  expect(out.stderr).toBe('');
  expect(out.stdout).toMatch(
    /^Wrote schema\.sql \(duckdb\) and 3 CSV files to .*wh: customers \(300 rows\), orders \(\d+ rows\), order_lines \(\d+ rows\)\.\n$/,
  );
  instance = await DuckDBInstance.create(':memory:');
  duck = await instance.connect();
  await duck.run(fs.readFileSync(path.join(dir, 'wh', 'schema.sql'), 'utf8'));
  for (const table of ['customers', 'orders', 'order_lines']) {
    await duck.run(
      `COPY "${table}" FROM '${path.join(dir, 'wh', `${table}.csv`)}' (HEADER true, ALLOW_QUOTED_NULLS false)`,
    );
  }
}, 120_000);

afterAll(() => {
  duck?.closeSync();
  instance?.closeSync();
});

async function rowsOf(sql: string): Promise<unknown[][]> {
  return (await duck.runAndReadAll(sql)).getRows();
}

describe('segwb warehouse export', () => {
  it('writes schema.sql with the documented tables and CSVs with a header', () => {
    const schema = fs.readFileSync(path.join(dir, 'wh', 'schema.sql'), 'utf8');
    expect(schema).toContain(
      'CREATE TABLE "orders" (\n  "order_id" VARCHAR NOT NULL,\n  "customer_id" VARCHAR NOT NULL,\n  "order_date" DATE,\n  "amount" DOUBLE',
    );
    expect(schema).toMatch(/CREATE TABLE "customers" \(\n {2}"customer_id" VARCHAR NOT NULL,/);
    const header = fs.readFileSync(path.join(dir, 'wh', 'order_lines.csv'), 'utf8').split('\n')[0];
    expect(header?.startsWith('"order_id","customer_id","order_time","amount"')).toBe(true);
  });

  it('refuses a dialect it does not write', () => {
    const r = segwb(['warehouse', 'export', '--project', project, '--out', 'x', '--dialect', 'oracle'], dir);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      2,
      'segwb warehouse: --dialect must be postgres or duckdb, not "oracle"',
    ]);
  });
});

describe('segwb segment sql', () => {
  it('prints one SELECT that gives in DuckDB the customers the project counts', async () => {
    const rule = {
      and: [
        { field: 'frequency', op: '>=', value: 2 },
        { orders: { within_last_days: 365 }, measure: 'sum_amount', op: '>', value: 100 },
      ],
    };
    fs.writeFileSync(path.join(dir, 'rule.json'), JSON.stringify(rule));
    const counted = segwb(['segment', 'count', '--project', project, '--rule', 'rule.json', '--json'], dir);
    const customers = (JSON.parse(counted.stdout) as { customers: number }).customers;
    expect(customers).toBeGreaterThan(0);
    const printed = segwb(['segment', 'sql', '--project', project, '--rule', 'rule.json', '--dialect', 'duckdb'], dir);
    expect(printed.stderr).toBe('');
    expect(printed.stdout.startsWith('SELECT c.customer_id FROM customers c LEFT JOIN (SELECT o.customer_id')).toBe(
      true,
    );
    expect((await rowsOf(printed.stdout.trim().replace(/;$/, ''))).length).toBe(customers);
  });

  it('says which condition cannot run on the warehouse tables, and where', () => {
    fs.writeFileSync(
      path.join(dir, 'cluster.json'),
      JSON.stringify({ and: [{ field: 'cluster', op: 'in', value: ['A · 1'] }] }),
    );
    const r = segwb(['segment', 'sql', '--project', project, '--rule', 'cluster.json', '--dialect', 'postgres'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'segwb segment: cluster.json: The condition on "cluster" cannot run where the data lives: the clusters are the result of a clustering kept in the project file, not data the warehouse tables hold. Remove it from the rule, or save the segment\'s members and use them as a list. (at $.and[0])',
    );
  });

  it('needs a dialect, and either a rule file or a name', () => {
    const none = segwb(['segment', 'sql', '--project', project, '--rule', 'rule.json'], dir);
    expect([none.code, none.stderr.split('\n')[0]]).toEqual([
      2,
      'segwb segment: --dialect is required: postgres, duckdb or sqlite',
    ]);
    const both = segwb(['segment', 'sql', '--project', project, '--dialect', 'sqlite'], dir);
    expect([both.code, both.stderr.split('\n')[0]]).toEqual([
      2,
      'segwb segment: give either --rule FILE.json or --name NAME',
    ]);
  });
});

describe('segwb rfm --sql', () => {
  it("prints one SELECT whose scores in DuckDB are the project's", async () => {
    const json = JSON.parse(segwb(['rfm', '--project', project, '--json'], dir).stdout) as {
      customers: Array<{ customer_id: string; r: number; f: number; m: number; segment: string }>;
    };
    const printed = segwb(['rfm', '--project', project, '--sql', '--dialect', 'duckdb'], dir);
    expect(printed.stderr).toBe('');
    const rows = await rowsOf(printed.stdout.trim().replace(/;$/, ''));
    const expected = json.customers.map((c) => [c.customer_id, c.r, c.f, c.m, c.segment].join('|')).sort();
    expect(rows.map((r) => r.map(String).join('|')).sort()).toEqual(expected);
  });
});
