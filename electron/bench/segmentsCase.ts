/**
 * One segment-count benchmark case in its own process: a demo shop of N customers (~10 order
 * lines each) imported through the real path, one segment saved for the "in segment" shape, then
 * the live recount (countRule) of the bench's rules and of the goal's shapes, timed per rule:
 *   warm: repeated recounts on one open connection, as while the user edits;
 *   cold: the first count on a freshly opened project file (new connection: no cache of ours,
 *         SQLite's page cache empty; the OS file cache stays warm), as when a project opens;
 *   edit: the recount after editing one condition (ruleEdit.ts) on the open connection. Counts
 *         are made from the rule's leaves (segments/leaves/), so "warm", the same rule again, only
 *         combines remembered leaves; "edit" evaluates the one condition that changed.
 * The project is as the CLI leaves an import; then the same on a copy after the work the app's
 * snapshot worker does after every import (history/keptAfterImport.ts: the entries the first views
 * read, among them the order lines' and fields' columns), timed and weighed: its cold p95 is the
 * first count ever after an import in the app. With --covering, then the same with the covering
 * index on order_lines once proposed for the import. The imported project is kept between runs
 * (cachedDemo.ts; --fresh makes it anew).
 * Prints one JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openProjectFile } from '../core/db/projectFile.js';
import { keepFirstViewColumns } from '../core/history/keptAfterImport.js';
import { countRule, countRuleParts } from '../core/segments/count.js';
import { saveSegment } from '../core/segments/store.js';
import { cachedDemoProject } from './cachedDemo.js';
import { editOneCondition } from './ruleEdit.js';
import { BENCH_RULES, type BenchRule } from './segmentRules.js';
import { benchShapes, REFERENCED_SEGMENT } from './segmentShapes.js';
import { percentile, timeIt } from './stats.js';

export interface RuleTimings {
  name: string;
  members: number;
  warmP50Ms: number;
  warmP95Ms: number;
  coldP50Ms: number;
  coldP95Ms: number;
  editP50Ms: number;
  editP95Ms: number;
}

export interface Timings {
  warmP50Ms: number;
  warmP95Ms: number;
  coldP50Ms: number;
  coldP95Ms: number;
  editP50Ms: number;
  editP95Ms: number;
  /** Opening the project file ahead of a cold count (not part of the cold figure). */
  openP50Ms: number;
  partsWarmP50Ms: number;
  partsWarmP95Ms: number;
  rules: RuleTimings[];
}

export interface SegmentsCaseResult {
  customers: number;
  orderLines: number;
  importS: number;
  runsPerRule: number;
  coldRunsPerRule: number;
  asImported: Timings;
  /** After keepFirstViewColumns, as the app's snapshot worker leaves a project after an import. */
  afterAppImport: Timings & { keepS: number; keptMb: number };
  /** Only with --covering. */
  withCoveringIndex?: Timings & { indexS: number };
}

async function measure(file: string, rules: BenchRule[], runs: number, coldRuns: number): Promise<Timings> {
  const warm: number[] = [];
  const cold: number[] = [];
  const edit: number[] = [];
  const opens: number[] = [];
  const parts: number[] = [];
  const result: RuleTimings[] = [];
  for (const { name, rule } of rules) {
    const coldTimes: number[] = [];
    for (let i = 0; i < coldRuns; i += 1) {
      const opened = await timeIt(() => openProjectFile(file));
      opens.push(opened.seconds * 1000);
      try {
        coldTimes.push((await timeIt(() => countRule(opened.value, rule))).seconds * 1000);
      } finally {
        opened.value.close();
      }
    }
    const db = openProjectFile(file);
    const warmTimes: number[] = [];
    const editTimes: number[] = [];
    let members = 0;
    try {
      countRule(db, rule); // the cold count, not timed here
      for (let i = 0; i < runs; i += 1) {
        const t = await timeIt(() => countRule(db, rule));
        members = t.value.customers;
        warmTimes.push(t.seconds * 1000);
      }
      for (let i = 1; i <= runs; i += 1) {
        const edited = editOneCondition(rule, i);
        editTimes.push((await timeIt(() => countRule(db, edited))).seconds * 1000);
      }
      for (let i = 0; i < Math.min(runs, 10); i += 1)
        parts.push((await timeIt(() => countRuleParts(db, rule))).seconds * 1000);
    } finally {
      db.close();
    }
    warm.push(...warmTimes);
    cold.push(...coldTimes);
    edit.push(...editTimes);
    result.push({
      name,
      members,
      warmP50Ms: ms(percentile(warmTimes, 50)),
      warmP95Ms: ms(percentile(warmTimes, 95)),
      coldP50Ms: ms(percentile(coldTimes, 50)),
      coldP95Ms: ms(percentile(coldTimes, 95)),
      editP50Ms: ms(percentile(editTimes, 50)),
      editP95Ms: ms(percentile(editTimes, 95)),
    });
  }
  return {
    warmP50Ms: ms(percentile(warm, 50)),
    warmP95Ms: ms(percentile(warm, 95)),
    coldP50Ms: ms(percentile(cold, 50)),
    coldP95Ms: ms(percentile(cold, 95)),
    editP50Ms: ms(percentile(edit, 50)),
    editP95Ms: ms(percentile(edit, 95)),
    openP50Ms: ms(percentile(opens, 50)),
    partsWarmP50Ms: ms(percentile(parts, 50)),
    partsWarmP95Ms: ms(percentile(parts, 95)),
    rules: result,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      runs: { type: 'string' },
      'cold-runs': { type: 'string' },
      dir: { type: 'string' },
      covering: { type: 'boolean' },
      fresh: { type: 'boolean' },
    },
  });
  const customers = Number(values.customers ?? 10_000);
  const runs = Number(values.runs ?? 30);
  const coldRuns = Number(values['cold-runs'] ?? 10);
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-segments-'));
  try {
    const demo = await cachedDemoProject(dir, { customers, fresh: values.fresh });
    const file = demo.file;
    const db = openProjectFile(file);
    const referenced = saveSegment(db, REFERENCED_SEGMENT);
    const orderLines = (db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n;
    db.close();
    const rules = [...BENCH_RULES, ...benchShapes(referenced.id)];
    const appFile = path.join(dir, 'bench-app.segwb');
    fs.copyFileSync(file, appFile);
    const kept = await keptAfterImport(appFile);
    process.stderr.write(`  ${customers} customers: as imported ...\n`);
    const asImported = await measure(file, rules, runs, coldRuns);
    process.stderr.write(`  ${customers} customers: after the app's work after an import ...\n`);
    const afterAppImport = { ...(await measure(appFile, rules, runs, coldRuns)), ...kept };
    let withCoveringIndex: SegmentsCaseResult['withCoveringIndex'];
    if (values.covering) {
      const indexed = openProjectFile(file);
      const index = await timeIt(() =>
        indexed.exec(
          'CREATE INDEX IF NOT EXISTS bench_order_lines_cover ON order_lines (customer, order_ref, ts, amount)',
        ),
      );
      indexed.close();
      process.stderr.write(`  ${customers} customers: with the covering index ...\n`);
      const covered = await measure(file, rules, runs, coldRuns);
      withCoveringIndex = { ...covered, indexS: Math.round(index.seconds * 10) / 10 };
    }
    const result: SegmentsCaseResult = {
      customers,
      orderLines,
      importS: Math.round(demo.importS * 10) / 10,
      runsPerRule: runs,
      coldRunsPerRule: coldRuns,
      asImported,
      afterAppImport,
      ...(withCoveringIndex ? { withCoveringIndex } : {}),
    };
    console.log(JSON.stringify(result));
  } finally {
    if (!values.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the snapshot worker's keepFirstViewColumns on the project: seconds, and MB the file grew. */
async function keptAfterImport(file: string): Promise<{ keepS: number; keptMb: number }> {
  const before = fs.statSync(file).size;
  const db = openProjectFile(file);
  try {
    const kept = await timeIt(() => keepFirstViewColumns(db));
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      keepS: Math.round(kept.seconds * 100) / 100,
      keptMb: Math.round(((fs.statSync(file).size - before) / 1e6) * 10) / 10,
    };
  } finally {
    db.close();
  }
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();
