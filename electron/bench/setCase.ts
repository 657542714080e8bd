/**
 * The multi-file benchmark case in its own process (so peak RSS belongs to it alone): the seeded demo
 * shop as orders.csv + order_lines.csv + products.csv (written by a child process), imported as one set
 * through runImportSet, the path of the CLI's `segwb import A B C`. Prints one JSON line.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runImportSet } from '../core/import/set/runSet.js';
import { Session } from '../core/session.js';
import type { SetFiles } from './setFiles.js';
import { timeIt } from './stats.js';
import { type ProjectTotals, projectTotals } from './totals.js';

export interface SetCaseResult extends ProjectTotals {
  orderLines: number;
  /** The three files together. */
  fileMB: number;
  importS: number;
  /** Order lines per second, as the single-file case counts them. */
  rowsPerS: number;
  mbPerS: number;
  importPeakRssMB: number;
  peakRssMB: number;
}

const RSS_SAMPLE_MS = 25;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { lines: { type: 'string' }, dir: { type: 'string' } } });
  const dir = values.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-set-'));
  try {
    const files = generate(Number(values.lines), dir);
    const session = new Session({ mode: 'cli', appVersion: 'bench', projectsDir: dir, stateDir: dir });
    // Kept open during the import, as the engine's handler has it: the import's own connection is then
    // not the last one, so closing it does not checkpoint (the single-file case does not wait for that either).
    const projectPath = session.create(path.join(dir, 'bench-set.segwb')).path;
    let importPeakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => {
      importPeakRss = Math.max(importPeakRss, process.memoryUsage.rss());
    }, RSS_SAMPLE_MS);
    const imported = await timeIt(() =>
      runImportSet({
        projectPath,
        paths: [files.ordersPath, files.linesPath, files.productsPath],
        replace: false,
        isCancelled: () => false,
      }),
    );
    clearInterval(sampler);
    const totals = projectTotals(session.requireProject().db); // not timed: checked against the single file
    session.close();
    const lines = imported.value.files.find((f) => f.kind === 'order_lines')?.rowsImported ?? 0;
    const fileMB = files.bytes / 1e6;
    const result: SetCaseResult = {
      orderLines: lines,
      fileMB: round(fileMB, 1),
      ...totals,
      importS: round(imported.seconds, 2),
      rowsPerS: Math.round(lines / imported.seconds),
      mbPerS: round(fileMB / imported.seconds, 1),
      importPeakRssMB: Math.round(importPeakRss / 2 ** 20),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(JSON.stringify(result));
  } finally {
    if (!values.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function generate(lines: number, dir: string): SetFiles {
  const script = fileURLToPath(new URL('./generateSet.js', import.meta.url));
  const out = execFileSync(process.execPath, [script, '--lines', String(lines), '--dir', dir], { encoding: 'utf8' });
  return JSON.parse(out.trim()) as SetFiles;
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

await main();
