/**
 * npm run bench: seeded synthetic order files at several sizes, each imported in a fresh
 * process. Prints throughput, metrics time, query latency and peak RSS per size (RSS sampled
 * during the import, and the case process's maximum; the file is generated in another process).
 *   npm run bench                 100k and 1M order lines
 *   npm run bench -- --big        also a ~1 GB file (peak-memory check; takes minutes)
 *   npm run bench -- --sizes 10000,100000
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CaseResult } from './case.js';

const { values } = parseArgs({ options: { big: { type: 'boolean' }, sizes: { type: 'string' } } });
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [100_000, 1_000_000];
if (values.big) sizes.push(18_000_000);

const caseScript = fileURLToPath(new URL('./case.js', import.meta.url));
const results: CaseResult[] = [];
for (const lines of sizes) {
  process.stderr.write(`bench: ${lines.toLocaleString('en')} order lines ...\n`);
  const out = execFileSync(process.execPath, [caseScript, '--lines', String(lines)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  results.push(JSON.parse(out.trim().split('\n').pop() as string) as CaseResult);
}

const columns: Array<[keyof CaseResult, string]> = [
  ['orderLines', 'order lines'],
  ['fileMB', 'file MB'],
  ['customers', 'customers'],
  ['importS', 'import s'],
  ['rowsPerS', 'rows/s'],
  ['mbPerS', 'MB/s'],
  ['metricsSqlS', 'metrics (SQL) s'],
  ['paretoMs', 'pareto ms'],
  ['pageP50Ms', 'page p50 ms'],
  ['pageP95Ms', 'page p95 ms'],
  ['importPeakRssMB', 'import peak RSS MB'],
  ['peakRssMB', 'peak RSS MB'],
];
console.log(columns.map(([, label]) => label).join(' | '));
for (const r of results) console.log(columns.map(([key]) => String(r[key])).join(' | '));
console.log(
  `machine: ${process.platform} ${process.arch}, node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);
