/**
 * One benchmark case in its own process (so peak RSS belongs to this case alone): generate a
 * seeded orders file (in a child process), import it through the real worker path, then time
 * metrics and queries. Prints one JSON line.
 */

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { customersPage } from '../core/customers/page.js';
import { previewFile } from '../core/import/preview.js';
import { computeMetricsSql } from '../core/metrics/store.js';
import { paretoChart } from '../core/pareto/query.js';
import { Session } from '../core/session.js';
import { percentile, timeIt } from './stats.js';
import { type ProjectTotals, projectTotals } from './totals.js';

export interface CaseResult extends ProjectTotals {
  orderLines: number;
  fileMB: number;
  generateS: number;
  importS: number;
  rowsPerS: number;
  mbPerS: number;
  metricsSqlS: number;
  paretoMs: number;
  pageP50Ms: number;
  pageP95Ms: number;
  /** Sampled while the import ran. */
  importPeakRssMB: number;
  /** The whole process: preview, import, metrics and queries. */
  peakRssMB: number;
}

const RSS_SAMPLE_MS = 25;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lines: { type: 'string' }, dir: { type: 'string' } } });
  const lines = Number(values.lines);
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-'));
  try {
    const gen = await timeIt(async () => ({ ordersPath: generate(lines, dir) }));
    const session = new Session({ mode: 'cli', appVersion: 'bench', projectsDir: dir, stateDir: dir });
    const project = session.create(path.join(dir, 'bench.segwb'));
    const preview = await previewFile(gen.value.ordersPath);
    let importPeakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => {
      importPeakRss = Math.max(importPeakRss, process.memoryUsage.rss());
    }, RSS_SAMPLE_MS);
    const imported = await timeIt(() =>
      session.imports.run({
        jobId: randomUUID(),
        projectPath: project.path,
        filePath: gen.value.ordersPath,
        options: preview.options,
        replace: false,
        onProgress: () => {},
      }),
    );
    clearInterval(sampler);
    // The RFM snapshot of history follows the import in a worker; the queries below are timed without it.
    await session.imports.settled();
    const db = project.db;
    const totals = projectTotals(db); // not timed: the multi-file case must find the same
    const metrics = await timeIt(async () => computeMetricsSql(db));
    const pareto = await timeIt(async () => paretoChart(db));
    const pages: number[] = [];
    const total = imported.value.customers;
    for (let i = 0; i < 50; i += 1) {
      const offset = Math.floor((i / 50) * Math.max(0, total - 200));
      const t = await timeIt(async () => customersPage(db, offset, 200, { sort: { key: 'monetary', dir: 'desc' } }));
      pages.push(t.seconds * 1000);
    }
    session.close();
    const fileMB = fs.statSync(gen.value.ordersPath).size / 1e6;
    const result: CaseResult = {
      orderLines: imported.value.rowsImported,
      fileMB: round(fileMB, 1),
      ...totals,
      generateS: round(gen.seconds, 2),
      importS: round(imported.seconds, 2),
      rowsPerS: Math.round(imported.value.rowsImported / imported.seconds),
      mbPerS: round(fileMB / imported.seconds, 1),
      metricsSqlS: round(metrics.seconds, 3),
      paretoMs: round(pareto.seconds * 1000, 1),
      pageP50Ms: round(percentile(pages, 50), 1),
      pageP95Ms: round(percentile(pages, 95), 1),
      importPeakRssMB: Math.round(importPeakRss / 2 ** 20), // MiB, like maxRSS (KiB) / 1024
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(JSON.stringify(result));
  } finally {
    if (!values.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function generate(lines: number, dir: string): string {
  const script = fileURLToPath(new URL('./generate.js', import.meta.url));
  const out = execFileSync(process.execPath, [script, '--lines', String(lines), '--dir', dir], { encoding: 'utf8' });
  return out.trim();
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

await main();
