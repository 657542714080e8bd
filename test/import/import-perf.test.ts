/**
 * The import's fast paths keep its results exact: the typed-array key tables, the "plain chunk"
 * line counting, orders streamed to order_totals before the file ends, the one-scan SQL
 * metrics, and the compiled engine's two threads (parse worker + inserting worker) against the
 * inline path the other tests use.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/projectFile.js';
import { writeDemoCsv } from '../../electron/core/demo/writeDemoCsv.js';
import { CustomerKeys } from '../../electron/core/import/parse/customerKeys.js';
import { OrderRefs } from '../../electron/core/import/parse/orderRefs.js';
import { readRows } from '../../electron/core/import/parse/readRows.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { computeMetricsSql } from '../../electron/core/metrics/store.js';
import type { Session } from '../../electron/core/session.js';
import type { ImportReport } from '../../shared/model/import.js';
import { importFile, newSession, repoRoot, tempDir } from '../support/session.js';

describe('key tables', () => {
  it('CustomerKeys finds exactly the keys added, wide characters and growth included', () => {
    const keys = new CustomerKeys();
    const reference = new Map<string, number>();
    const samples = ['C1', 'c1', 'C1 ', 'ک۱', 'é', '😀x', 'a'.repeat(300)];
    for (let i = 0; i < 50_000; i += 1) samples.push(`K${i}`, `k${i * 7}é`);
    samples.forEach((key, i) => {
      if (keys.get(key) === -1) {
        keys.add(key, i + 10);
        reference.set(key, i + 10);
      }
    });
    const wrong = [...reference].filter(([key, id]) => keys.get(key) !== id);
    expect(wrong).toEqual([]);
    for (const missing of ['C2', 'c1 ', 'K50000', 'ک', '😀', 'a'.repeat(299)]) expect(keys.get(missing)).toBe(-1);
    expect(keys.size).toBe(reference.size);
  });

  it('OrderRefs keys orders by order id and customer', () => {
    const customerOf: number[] = [0];
    const refs = new OrderRefs((ref) => customerOf[ref] as number);
    const expected = new Map<string, number>();
    const wrong: string[] = [];
    for (let i = 0; i < 200_000; i += 1) {
      const orderId = `O${i % 120_000}`;
      const customer = i < 120_000 ? i % 5000 : (i % 5000) + 1;
      const pair = `${orderId}/${customer}`;
      let ref = refs.find(orderId, customer);
      if (ref === 0) {
        ref = customerOf.length;
        customerOf.push(customer);
        refs.add(ref);
      }
      if (!expected.has(pair)) expected.set(pair, ref);
      if (ref !== expected.get(pair)) wrong.push(pair);
    }
    expect(wrong).toEqual([]);
    expect(customerOf.length - 1).toBe(expected.size);
  });
});

describe('line numbers with and without quoted line breaks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    await writeDemoCsv(dir, { orderLines: 30_000, seed: 3 });
  });

  it.each(['\n', '\r\n'] as const)('counts the same lines as a whole-file parse (line end %j)', async (lineEnd) => {
    const file = path.join(dir, `scrambled-${lineEnd.length}.csv`);
    scrambledOrders(path.join(dir, 'orders.csv'), file, lineEnd);
    const rows: string[][] = [];
    const done = readRows({
      path: file,
      encoding: 'utf-8',
      delimiter: ',',
      onBytes: () => {},
      onRows(chunk, plain) {
        for (const row of chunk) {
          // plain promises that no field spans lines
          if (plain) expect(row.some((f) => f.includes('\n'))).toBe(false);
          rows.push(row);
        }
        return true;
      },
    }).done;
    await done;
    const whole = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), {
      delimiter: ',',
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual(whole);
  });
});

describe('an orders file whose orders are not contiguous', () => {
  let session: Session;
  let report: ImportReport;

  beforeAll(async () => {
    const dir = tempDir();
    await writeDemoCsv(dir, { orderLines: 30_000, seed: 5 });
    const file = path.join(dir, 'scrambled.csv');
    scrambledOrders(path.join(dir, 'orders.csv'), file);
    session = newSession(dir);
    session.create(path.join(dir, 'p.segwb'));
    report = await importFile(session, file);
  });

  it('writes every order once to order_totals, with all its lines', () => {
    const db = session.requireProject().db;
    expect(report.orders).toBeGreaterThan(10_000);
    const fromLines = db
      .prepare(
        `SELECT order_ref AS ref, customer, MIN(ts / 86400) AS day, ROUND(SUM(amount), 6) AS amount
         FROM order_lines GROUP BY order_ref ORDER BY order_ref`,
      )
      .all();
    const totals = db
      .prepare('SELECT ref, customer, day, ROUND(amount, 6) AS amount FROM order_totals ORDER BY ref')
      .all();
    expect(totals).toEqual(fromLines);
    expect(totals).toHaveLength(report.orders);
  });

  it('streams the same metrics as the SQL computes', () => {
    const db = session.requireProject().db;
    const streamed = db
      .prepare(
        'SELECT customer, frequency, monetary, first_day AS firstDay, last_day AS lastDay FROM customer_metrics ORDER BY customer',
      )
      .all();
    expect(computeMetricsSql(db)).toEqual(streamed);
  });
});

describe('the compiled engine (parse worker and inserting worker)', () => {
  type Compiled = typeof import('../../electron/core/session.js');
  let compiled: Compiled;
  let dir: string;

  beforeAll(async () => {
    const entry = path.join(repoRoot, 'dist', 'electron', 'core', 'session.js');
    if (!fs.existsSync(entry))
      execFileSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: repoRoot, stdio: 'inherit' });
    compiled = (await import(pathToFileURL(entry).href)) as Compiled;
    dir = tempDir();
    await writeDemoCsv(dir, { orderLines: 40_000, seed: 9 });
    scrambledOrders(path.join(dir, 'orders.csv'), path.join(dir, 'scrambled.csv'));
    scrambledOrders(path.join(dir, 'orders.csv'), path.join(dir, 'scrambled-crlf.csv'), '\r\n');
  });

  /** Runs the same imports inline and through the compiled runner; returns both projects' dumps. */
  async function bothWays(
    files: Array<[string, boolean]>,
  ): Promise<[Record<string, unknown[]>, Record<string, unknown[]>]> {
    const inline = newSession(tempDir());
    const viaWorkers = new compiled.Session({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const a = inline.create(path.join(tempDir(), 'inline.segwb'));
    const b = viaWorkers.create(path.join(tempDir(), 'workers.segwb'));
    for (const [name, replace] of files) {
      const file = path.join(dir, name);
      const { options } = await previewFile(file);
      for (const [session, project] of [
        [inline, a],
        [viaWorkers, b],
      ] as const) {
        await session.imports.run({
          jobId: randomUUID(),
          projectPath: project.path,
          filePath: file,
          options,
          replace,
          onProgress: () => {},
        });
      }
    }
    // The compiled engine writes each import's snapshot in a worker after the import answers.
    await viaWorkers.imports.settled();
    const dumps: [Record<string, unknown[]>, Record<string, unknown[]>] = [
      dumpProject(a.db as Db),
      dumpProject(b.db as Db),
    ];
    inline.close();
    viaWorkers.close();
    return dumps;
  }

  it('writes exactly what the inline import writes', async () => {
    const [inline, viaWorkers] = await bothWays([
      ['customers.csv', false],
      ['scrambled.csv', false],
      ['orders.csv', true],
      ['scrambled-crlf.csv', true],
    ]);
    expect(viaWorkers.order_lines?.length).toBeGreaterThan(30_000);
    expect(viaWorkers).toEqual(inline);
  });

  it('cancels from a progress event and leaves the project unchanged', async () => {
    const session = new compiled.Session({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const project = session.create(path.join(tempDir(), 'cancel.segwb'));
    const small = path.join(dir, 'customers.csv');
    await session.imports.run({
      jobId: randomUUID(),
      projectPath: project.path,
      filePath: small,
      options: (await previewFile(small)).options,
      replace: false,
      onProgress: () => {},
    });
    await session.imports.settled();
    const before = dumpProject(project.db as Db);
    const file = path.join(dir, 'orders.csv');
    const jobId = randomUUID();
    const phases: string[] = [];
    const running = session.imports.run({
      jobId,
      projectPath: project.path,
      filePath: file,
      options: (await previewFile(file)).options,
      replace: false,
      onProgress: (p) => {
        phases.push(p.phase);
        session.imports.cancel(jobId);
      },
    });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(phases[0]).toBe('reading');
    expect(dumpProject(project.db as Db)).toEqual(before);
    session.close();
  });
});

/**
 * An orders file that breaks every assumption the fast paths could lean on: a third of the rows
 * moved (orders no longer contiguous), order ids shared by two customers, empty order ids,
 * quoted fields with line breaks, padded and non-ASCII customer ids, rejected rows, empty lines.
 */
function scrambledOrders(demoOrders: string, out: string, lineEnd: '\n' | '\r\n' = '\n'): void {
  const lines = fs.readFileSync(demoOrders, 'utf8').split('\n').filter(Boolean);
  const header = lines.shift() as string;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const rows = lines.map((l) => l.split(','));
  for (let i = rows.length - 1; i > 0; i -= 1) {
    if (random() < 0.33) {
      const j = Math.floor(random() * (i + 1));
      [rows[i], rows[j]] = [rows[j] as string[], rows[i] as string[]];
    }
  }
  const out_ = rows.map((source, i) => {
    const r = source.slice();
    const x = random();
    if (x < 0.01) r[1] = `C${Math.floor(random() * 500)}`;
    else if (x < 0.02) r[0] = '';
    else if (x < 0.025) r[3] = `"Multi\nline, ""quoted"" ${i % 9}"`;
    else if (x < 0.03) r[1] = `  ${r[1]}  `;
    else if (x < 0.033) r[2] = '2024-02-31';
    else if (x < 0.036) r[6] = 'x';
    else if (x < 0.038) r[1] = '';
    else if (x < 0.04) r.pop();
    else if (x < 0.045) r[1] = `ک${r[1]}é`;
    else if (x < 0.05) r[7] = '"1,234.5"';
    else if (x < 0.052) r[6] = `-${r[6]}`;
    return i % 997 === 5 ? '' : r.join(',');
  });
  fs.writeFileSync(out, [header, ...out_].join(lineEnd) + lineEnd);
}

/** Every table of a project, as plain rows (minus the import and snapshot times and duration, which always differ). */
function dumpProject(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as Array<{ name: string; sql: string }>;
  const dump: Record<string, unknown[]> = {
    schema: db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all(),
  };
  for (const { name, sql } of tables) {
    // A table without rowid (the snapshots' members) is ordered by its key, its leading columns.
    const order = /WITHOUT ROWID/i.test(sql) ? '1, 2, 3' : 'rowid';
    const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).all() as Array<Record<string, unknown>>;
    dump[name] = rows
      .filter((r) => !(name === 'meta' && r.key === 'created_at'))
      .map((r) => {
        // Times differ between the two runs: the import's own and those kept in its history.
        if (name === 'import_history') {
          const { at: _, ...kept } = r;
          return kept;
        }
        if (name === 'snapshots') {
          const { taken_at: _, ...kept } = r;
          return kept;
        }
        if (name !== 'datasets' && !name.endsWith('_datasets')) return r;
        const { imported_at: _, report, ...rest } = r;
        const { durationMs: __, ...kept } = JSON.parse(report as string) as Record<string, unknown>;
        return { ...rest, report: kept };
      });
  }
  return dump;
}
