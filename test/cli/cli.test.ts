/**
 * The segwb CLI as users and scripts run it: the package bin over the compiled engine (so the
 * import runs in its worker thread). Exact JSON interfaces from the issue.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, sharedData, tempDir } from '../support/session.js';

beforeAll(() => {
  ensureBuilt();
});

describe('segwb', () => {
  it('prints help and exits 0', () => {
    const r = segwb(['--help'], tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: segwb <command> [options]');
    for (const c of ['import FILE --project', 'metrics --project', 'pareto --project', 'demo --project'])
      expect(r.stdout).toContain(c);
  });

  it('imports, then reports metrics and Pareto as exact JSON', () => {
    const dir = tempDir();
    const imported = segwb(
      ['import', fixture('orders-small.csv'), '--project', 'p.segwb', '--date-order', 'ymd', '--json'],
      dir,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout);
    expect(report).toMatchObject({
      file: 'orders-small.csv',
      kind: 'orders',
      rows_read: 14,
      rows_imported: 10,
      rows_rejected: 4,
      rejected_by_reason: { missing_customer_id: 1, bad_date: 1, bad_number: 1, wrong_field_count: 1 },
      customers: 5,
      orders: 9,
    });
    const metrics = JSON.parse(segwb(['metrics', '--project', 'p.segwb', '--json'], dir).stdout);
    expect(metrics[0]).toEqual({
      customer_id: 'c1',
      recency_days: 38,
      frequency: 2,
      monetary: 13.5,
      aov: 6.75,
      first_order: '2024-01-10',
      last_order: '2024-02-01',
    });
    expect(metrics.map((m: { customer_id: string }) => m.customer_id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    const asOf = JSON.parse(segwb(['metrics', '--project', 'p.segwb', '--as-of', '2024-04-01', '--json'], dir).stdout);
    expect(asOf[0].recency_days).toBe(60);
    const pareto = JSON.parse(segwb(['pareto', '--project', 'p.segwb', '--json'], dir).stdout);
    expect(pareto).toEqual({
      customers: 3,
      revenue: 32.5,
      k80: 2,
      share_for_80: 0.666667,
      top20_share: 0.430769,
      gini: 0.184615,
    });
  });

  it('honours --map, --kind and --delimiter overrides', () => {
    const dir = tempDir();
    const file = path.join(dir, 'sales.txt');
    fs.writeFileSync(file, 'who;when;paid\nx1;2024-05-01;10,50\nx1;2024-05-03;4,50\nx2;2024-05-02;7\n');
    const r = segwb(
      [
        'import',
        file,
        '--project',
        'p.segwb',
        '--kind',
        'orders',
        '--delimiter',
        'semicolon',
        '--decimal',
        ',',
        '--map',
        'customer_id=who',
        '--map',
        'order_date=when',
        '--map',
        'amount=paid',
        '--json',
      ],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ rows_imported: 3, customers: 2, orders: 3 });
    const metrics = JSON.parse(segwb(['metrics', '--project', 'p.segwb', '--json'], dir).stdout);
    expect(metrics).toEqual([
      {
        customer_id: 'x1',
        recency_days: 1,
        frequency: 2,
        monetary: 15,
        aov: 7.5,
        first_order: '2024-05-01',
        last_order: '2024-05-03',
      },
      {
        customer_id: 'x2',
        recency_days: 2,
        frequency: 1,
        monetary: 7,
        aov: 7,
        first_order: '2024-05-02',
        last_order: '2024-05-02',
      },
    ]);
  });

  it.each([
    [['import', 'missing.csv', '--project', 'p.segwb'], 1, /^segwb import: File not found: \S*missing\.csv\n$/],
    [['metrics', '--project', 'nope.segwb', '--json'], 1, /^segwb metrics: nope\.segwb was not found\.\n$/],
    [['import', 'x.csv'], 2, /--project is required/],
    [
      ['import', 'x.csv', '--project', 'p.segwb', '--kind', 'sales'],
      2,
      /--kind must be one of orders, customers, not "sales"/,
    ],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
  ])('fails clearly, creating nothing: %j', (args, code, message) => {
    const dir = tempDir();
    const r = segwb(args, dir);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(path.join(dir, 'p.segwb'))).toBe(false);
  });

  it('says a CSV given as --project is not a project, in one line', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
    const r = segwb(['pareto', '--project', 'data.csv', '--json'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'segwb pareto: data.csv is not a Segment Workbench project. To bring its data in, use Import a file.\n',
    );
  });

  it.runIf(fs.existsSync(sharedData('marketing_campaign.csv')))(
    'imports marketing_campaign.csv as customers without flags',
    () => {
      const dir = tempDir();
      const r = segwb(['import', sharedData('marketing_campaign.csv'), '--project', 'm.segwb', '--json'], dir);
      expect(JSON.parse(r.stdout)).toMatchObject({
        kind: 'customers',
        rows_read: 2240,
        rows_imported: 2240,
        rows_rejected: 0,
        customers: 2240,
        orders: 0,
      });
    },
  );

  it('creates the demo shop and writes its CSV files', () => {
    const dir = tempDir();
    const r = segwb(
      ['demo', '--project', 'demo.segwb', '--customers', '500', '--seed', '1', '--csv', 'csv', '--json'],
      dir,
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ customers: 500, orders: 2580, order_lines: 5045 });
    expect(fs.readdirSync(path.join(dir, 'csv')).sort()).toEqual(['customers.csv', 'orders.csv']);
    const pareto = JSON.parse(segwb(['pareto', '--project', 'demo.segwb', '--json'], dir).stdout);
    // 455 customers ordered; two of them returned everything (net 0), so 453 bring revenue.
    expect(pareto.customers).toBe(453);
    expect(pareto.top20_share).toBeGreaterThan(0.6);
    // Both imports' snapshots are in the file when the command ends (the orders' one is written
    // after that import answered): 500 customers each, RFM segments for the 455 who ordered.
    const db = new Database(path.join(dir, 'demo.segwb'), { readonly: true });
    const snapshots = db
      .prepare(
        'SELECT s.reason, (SELECT COUNT(*) FROM snapshot_rfm r WHERE r.snapshot = s.id) FROM snapshots s ORDER BY s.id',
      )
      .raw()
      .all();
    db.close();
    expect(snapshots).toEqual([
      ['import', 500],
      ['import', 500],
    ]);
  });
});
