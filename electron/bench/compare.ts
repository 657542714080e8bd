/**
 * Comparison benchmark (issue 4 §7: 10 segments at 100k customers <= 200 ms): a demo shop of N
 * customers (~10 order lines each) imported through the real path, 10 saved segments (the five
 * builder rules of segmentRules.ts and five simple ones); the comparison, the overlap of 8 of them,
 * the quality scorecard and the Pareto within a segment, each timed as:
 *   first after import: the first answer of a fresh process that opened the project, the file
 *         holding no kept columns (columnCache/columnStore.ts), as an import leaves it (one run);
 *   cold: the same with the kept columns and memberships in the file (the project as a user
 *         reopens it; --cold-runs runs, each a fresh process, firstAnswer.ts);
 *   warm: asked again on the open project, as while the user sorts or adds a segment;
 * and the Pareto by an order field (alone and within a segment), each after the caches were cleared.
 * Every figure comes with the 1-minute load average during its runs.
 *   node dist/electron/bench/compare.js [--customers 100000] [--runs 30] [--cold-runs 5] [--fresh]
 * The imported project is kept between runs (cachedDemo.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { QUALITY_DEFAULTS, type SegmentRef } from '../../shared/contract/analysis.js';
import type { Rule } from '../../shared/model/rules.js';
import { paretoAnalysis } from '../core/analysis/paretoBy.js';
import { segmentQuality } from '../core/analysis/quality.js';
import { compareSegments, overlapSegments } from '../core/analysis/query.js';
import { DataCache } from '../core/db/dataCache.js';
import { type Db, openProjectFile } from '../core/db/projectFile.js';
import { saveSegment } from '../core/segments/store.js';
import { cachedDemoProject } from './cachedDemo.js';
import { firstAnswer } from './firstAnswerRun.js';
import { BENCH_RULES } from './segmentRules.js';
import { percentile, timeIt } from './stats.js';

const SIMPLE_RULES: Array<{ name: string; rule: Rule }> = [
  { name: 'United Kingdom', rule: { field: 'country', op: 'in', value: ['United Kingdom'] } },
  { name: 'Repeat buyers', rule: { field: 'frequency', op: '>=', value: 3 } },
  { name: 'Big spenders', rule: { field: 'monetary', op: '>=', value: 1000 } },
  { name: 'Active in 90 days', rule: { field: 'recency_days', op: '<=', value: 90 } },
  { name: 'B2B', rule: { field: 'customer_type', op: 'in', value: ['B2B'] } },
];

interface Timing {
  p50Ms: number;
  p95Ms: number;
  /** 1-minute load average over the samples: lowest and highest. */
  load: [number, number];
}

const VIEWS = ['compare', 'overlap', 'quality', 'pareto'] as const;

function summary(samples: number[], loads: number[]): Timing {
  return {
    p50Ms: ms(percentile(samples, 50)),
    p95Ms: ms(percentile(samples, 95)),
    load: [Math.min(...loads), Math.max(...loads)],
  };
}

/** In this process, on an open project (warm: the view asked again). */
async function time(runs: number, fn: () => unknown, before?: () => void): Promise<Timing> {
  const samples: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    before?.();
    loads.push(os.loadavg()[0] as number);
    samples.push((await timeIt(fn)).seconds * 1000);
  }
  return summary(samples, loads);
}

/** Each sample the first answer of a fresh process that just opened the project. */
function cold(
  runs: number,
  file: string,
  view: string,
  refs: number[],
  drop: boolean,
): Timing & { keptBefore: number } {
  const answers = Array.from({ length: runs }, () => firstAnswer(file, view, { refs, drop }));
  return {
    ...summary(
      answers.map((a) => a.ms),
      answers.map((a) => a.load1),
    ),
    keptBefore: Math.min(...answers.map((a) => a.keptBefore)),
  };
}

function line(label: string, t: Timing, note = ''): string {
  const load = t.load[0] === t.load[1] ? t.load[0].toFixed(2) : `${t.load[0].toFixed(2)}-${t.load[1].toFixed(2)}`;
  return `  ${label}: p50 ${t.p50Ms} ms, p95 ${t.p95Ms} ms (load ${load}${note})`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      runs: { type: 'string' },
      'cold-runs': { type: 'string' },
      fresh: { type: 'boolean' },
    },
  });
  const customers = Number(values.customers ?? 100_000);
  const runs = Number(values.runs ?? 30);
  const coldRuns = Number(values['cold-runs'] ?? 5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-compare-'));
  try {
    const demo = await cachedDemoProject(dir, { customers, fresh: values.fresh });
    const saving = openProjectFile(demo.file);
    const ids = [...BENCH_RULES, ...SIMPLE_RULES].map(
      ({ name, rule }) => saveSegment(saving, { name: name.slice(0, 200), rule }).id,
    );
    saving.close();
    const refs: SegmentRef[] = ids.map((id) => ({ id }));
    // First time after the import: the file holds no kept columns (dropped before each sample).
    const afterImport = VIEWS.map((view) => cold(1, demo.file, view, ids, true));
    // What the views leave in the file: every membership and the customers' columns.
    for (const view of VIEWS) firstAnswer(demo.file, view, { refs: ids });
    const reopened = VIEWS.map((view) => cold(coldRuns, demo.file, view, ids, false));
    const db: Db = openProjectFile(demo.file);
    const cache = DataCache.of(db);
    const rows = compareSegments(db, refs);
    const warm = await time(runs, () => compareSegments(db, refs));
    const overlap = await time(Math.min(runs, 10), () => overlapSegments(db, refs.slice(0, 8)));
    const quality = await time(Math.min(runs, 10), () => segmentQuality(db, { ...QUALITY_DEFAULTS }));
    // Pareto by an order field: each the first call after the data changed (the by-field sums are cached after).
    const clear = () => cache.clear();
    const few = Math.min(runs, 5);
    const paretoBy = await time(few, () => paretoAnalysis(db, { by: 'category' }), clear);
    const paretoBySegment = await time(few, () => paretoAnalysis(db, { segment: refs[6], by: 'category' }), clear);
    const orderLines = (db.prepare('SELECT COUNT(*) AS n FROM order_lines').get() as { n: number }).n;
    db.close();
    console.log(
      `compare of ${refs.length} segments, ${customers.toLocaleString('en')} customers, ${orderLines.toLocaleString('en')} order lines (import ${demo.reused ? 'kept from an earlier run' : `${demo.importS.toFixed(1)} s`}):`,
    );
    console.log(
      ' first answer in a fresh process after opening the project, the file without kept columns (as an import leaves it):',
    );
    VIEWS.forEach((view, v) => {
      console.log(line(view, afterImport[v] as Timing));
    });
    console.log(` the same with the kept columns in the file (${coldRuns} runs):`);
    VIEWS.forEach((view, v) => {
      const t = reopened[v] as Timing & { keptBefore: number };
      console.log(line(view, t, `, ${t.keptBefore} entries kept`));
    });
    console.log(' warm (asked again on the open project):');
    console.log(line(`compare (${runs} runs)`, warm));
    console.log(line('overlap of 8', overlap));
    console.log(line(`quality scorecard of ${refs.length}`, quality));
    console.log(line('Pareto by category (order lines), caches cleared', paretoBy));
    console.log(line('Pareto by category within a segment, caches cleared', paretoBySegment));
    for (const r of rows) console.log(`  ${r.customers.toString().padStart(7)}  ${r.segment}`);
    console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}, ${os.cpus().length} cores`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function ms(x: number): number {
  return Math.round(x * 10) / 10;
}

await main();
