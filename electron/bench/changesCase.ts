/**
 * Change-over-time benchmark in its own process: the demo shop (default 100k customers and 2M
 * order lines, which the generator groups into ~1M orders) made as the app makes it, then timed
 * cold (per-connection cache cleared before each run), min / median / max over the runs:
 *   migrationRfm:      RFM migration (rfm-classic, 5 bins) over the last half year of orders:
 *                      both dates scored with their own breaks, and the window's revenue;
 *   migrationSegments: migration between two saved segments over the same dates (each date's
 *                      metrics rebuilt inside a rolled-back savepoint);
 *   cohortsMonth, cohortsWeek: acquisition cohorts.
 * Targets (issue 10): migration <= 1 s, cohorts <= 1 s.
 * Prints one JSON line.  node dist/electron/bench/changesCase.js [--customers 100000] [--lines 2000000] [--runs 7]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cohorts } from '../core/changes/cohorts.js';
import { migration } from '../core/changes/migration.js';
import { DataCache } from '../core/db/dataCache.js';
import type { Db } from '../core/db/projectFile.js';
import { createDemoProject } from '../core/demo/demoProject.js';
import { readAsOf } from '../core/metrics/asOf.js';
import { dayToIso } from '../core/metrics/days.js';
import { saveSegment } from '../core/segments/store.js';
import { Session } from '../core/session.js';
import { samplesMs, timeIt } from './stats.js';

interface Spread {
  minMs: number;
  medianMs: number;
  maxMs: number;
}

async function timed(runs: number, db: Db, fn: () => unknown): Promise<Spread> {
  const samples = await samplesMs(runs, fn, () => DataCache.of(db).clear());
  samples.sort((a, b) => a - b);
  return {
    minMs: ms(samples[0] as number),
    medianMs: ms(samples[runs >> 1] as number),
    maxMs: ms(samples[runs - 1] as number),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      lines: { type: 'string' },
      runs: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const customers = Number(values.customers ?? 100_000);
  const lines = Number(values.lines ?? customers * 20);
  const runs = Number(values.runs ?? 7);
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-changes-'));
  try {
    const session = new Session({ mode: 'cli', appVersion: 'bench', projectsDir: dir, stateDir: dir });
    const target = path.join(dir, 'bench.segwb');
    const made = await timeIt(() =>
      createDemoProject(session, { path: target, customers, orderLines: lines, seed: 1, csvDir: dir }),
    );
    const db = made.value.project.db;
    const asOf = readAsOf(db).day as number;
    const [from, to] = [dayToIso(asOf - 182), dayToIso(asOf)];
    const segments = [
      saveSegment(db, { name: 'Frequent', rule: { field: 'frequency', op: '>=', value: 5 } }).id,
      saveSegment(db, { name: 'Big', rule: { field: 'monetary', op: '>=', value: 500 } }).id,
    ];
    const cells = migration(db, { by: 'rfm', from, to }).cells;
    const result = {
      customers,
      orders: db.prepare('SELECT COUNT(*) FROM order_totals').pluck().get() as number,
      importS: Math.round(made.seconds * 10) / 10,
      from,
      to,
      runs,
      rfmCells: cells.length,
      migrationRfm: await timed(runs, db, () => migration(db, { by: 'rfm', from, to })),
      migrationSegments: await timed(runs, db, () => migration(db, { by: 'segments', from, to, segments })),
      cohortsMonth: await timed(runs, db, () => cohorts(db, 'month')),
      cohortsWeek: await timed(runs, db, () => cohorts(db, 'week')),
      monthCohorts: cohorts(db, 'month').cohorts.length,
    };
    session.close();
    console.log(JSON.stringify(result));
  } finally {
    if (!values.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();
