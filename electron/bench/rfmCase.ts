/**
 * RFM benchmark case in its own process: a demo shop (default 100k customers and 2M order
 * lines, which the generator groups into ~1M orders) written by writeDemoCsv and imported
 * through the real path, then timed over many runs:
 *   first answers: rfm/compute and the Champions count in a fresh process that just opened the
 *         project, once without the kept columns (columnCache/columnStore.ts; as an import leaves the file)
 *         and three times with them (as a user reopens it), each with the load average; and the
 *         work that keeps those columns after an import (history/keptAfterImport.ts), once;
 *   cold: the first RFM after the per-connection cache was cleared (the kept columns stay):
 *         read the population, quantile breaks, score and name everyone (computeRfm), and the
 *         whole rfm/compute answer (segment summaries, R x F grid, a page of 100 customers);
 *   warm: rfm/compute again with the same settings (the view's paging and re-renders);
 *   rule: counting the rule rfm_segment in [Champions] (cold includes scoring the project);
 *   cli:  scoring plus every customer's row, as `segwb rfm --json` builds it;
 *   save: the one-click "save the RFM segments" (once).
 * The imported project is kept between runs (cachedDemo.ts; --fresh makes it anew).
 * Prints one JSON line.  node dist/electron/bench/rfmCase.js [--customers 100000] [--lines 2000000] [--runs 15]
 * At 1M customers: --customers 1000000 --lines 10000000 shares the project of bench:segments and compare.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Rule } from '../../shared/model/rules.js';
import { DataCache } from '../core/db/dataCache.js';
import type { Db } from '../core/db/projectFile.js';
import { openProjectFile } from '../core/db/projectFile.js';
import { computeRfm } from '../core/rfm/compute.js';
import { allCustomerRows, rfmResult } from '../core/rfm/result.js';
import { countRule } from '../core/segments/count.js';
import { saveRfmSegments } from '../core/segments/rfmSegments.js';
import { cachedDemoProject } from './cachedDemo.js';
import type { FirstAnswer } from './firstAnswer.js';
import { firstAnswer } from './firstAnswerRun.js';
import { percentile, samplesMs, timeIt } from './stats.js';

interface Timing {
  p50Ms: number;
  p95Ms: number;
}

export interface RfmCaseResult {
  customers: number;
  scoredCustomers: number;
  orderLines: number;
  orders: number;
  importS: number;
  runs: number;
  computeCold: Timing;
  resultCold: Timing;
  resultWarm: Timing;
  ruleCountCold: Timing;
  ruleCountWarm: Timing;
  cliRows: Timing;
  saveSegmentsMs: number;
  champions: number;
  /** First answers in a fresh process after opening the project (firstAnswer.ts), with the load average. */
  firstAfterImport: { rfm: FirstAnswer; champions: FirstAnswer; keptAfterImport: FirstAnswer };
  firstWithKeptColumns: { rfm: FirstAnswer[]; champions: FirstAnswer[] };
}

async function timed(runs: number, cold: boolean, db: Db, fn: () => unknown): Promise<Timing> {
  const samples = await samplesMs(runs, fn, cold ? () => DataCache.of(db).clear() : undefined);
  return { p50Ms: ms(percentile(samples, 50)), p95Ms: ms(percentile(samples, 95)) };
}

/** The demo shop at bench size, made as the app makes it (generator, preview, import), kept between runs. */
async function demoProject(dir: string, customers: number, orderLines: number, fresh?: boolean) {
  const demo = await cachedDemoProject(dir, { customers, orderLines, fresh });
  return { db: openProjectFile(demo.file), importS: demo.importS };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      lines: { type: 'string' },
      runs: { type: 'string' },
      dir: { type: 'string' },
      fresh: { type: 'boolean' },
    },
  });
  const customers = Number(values.customers ?? 100_000);
  const lines = Number(values.lines ?? customers * 20);
  const runs = Number(values.runs ?? 15);
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-rfm-'));
  try {
    const imported = await demoProject(dir, customers, lines, values.fresh);
    const file = imported.db.name;
    imported.db.close();
    // As a user meets them: the first answer of a process that just opened the project, first as
    // the import leaves the file (no kept columns), then as it is reopened (kept columns in it).
    const firstAfterImport = {
      rfm: firstAnswer(file, 'rfm', { drop: true }),
      champions: firstAnswer(file, 'champions', { drop: true }),
      // Last: it leaves the entries the snapshot worker keeps, which the reopened samples read.
      keptAfterImport: firstAnswer(file, 'kept', { drop: true }),
    };
    const firstWithKeptColumns = {
      rfm: Array.from({ length: 3 }, () => firstAnswer(file, 'rfm')),
      champions: Array.from({ length: 3 }, () => firstAnswer(file, 'champions')),
    };
    const db = openProjectFile(file);
    const champions: Rule = { field: 'rfm_segment', op: 'in', value: ['Champions'] };
    const page = { offset: 0, limit: 100 };
    const result: RfmCaseResult = {
      customers,
      scoredCustomers: computeRfm(db, {}).population.ids.length,
      orderLines: db.prepare('SELECT COUNT(*) FROM order_lines').pluck().get() as number,
      orders: db.prepare('SELECT COUNT(*) FROM order_totals').pluck().get() as number,
      importS: Math.round(imported.importS * 10) / 10,
      runs,
      computeCold: await timed(runs, true, db, () => computeRfm(db, {})),
      resultCold: await timed(runs, true, db, () => rfmResult(db, { customers: page })),
      resultWarm: await timed(runs, false, db, () => rfmResult(db, { customers: page })),
      ruleCountCold: await timed(runs, true, db, () => countRule(db, champions)),
      ruleCountWarm: await timed(runs, false, db, () => countRule(db, champions)),
      cliRows: await timed(runs, true, db, () => allCustomerRows(db, computeRfm(db, {}))),
      saveSegmentsMs: ms((await timeIt(() => saveRfmSegments(db, {}))).seconds * 1000),
      champions: countRule(db, champions).customers,
      firstAfterImport,
      firstWithKeptColumns,
    };
    db.close();
    console.log(JSON.stringify(result));
  } finally {
    if (!values.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();
