/**
 * npm run bench: seeded synthetic order files at several sizes, each imported in a fresh
 * process. Prints throughput, metrics time, query latency and peak RSS per size (RSS sampled
 * during the import, and the case process's maximum; the file is generated in another process).
 *   npm run bench                 100k and 1M order lines
 *   npm run bench -- --big        also a ~1 GB file (peak-memory check; takes minutes)
 *   npm run bench -- --sizes 10000,100000
 *   npm run bench -- --no-set     without the linked-files case
 *   npm run bench -- --peers      also side by side with DuckDB (and pandas when present): 1M lines
 *                                 CSV -> project -> recency/frequency/monetary, each a whole process
 *   npm run bench -- --peers-only only that (--runs N rounds, default 5; --peer-lines N)
 * Each size is also imported as linked files (orders + order_lines + products, the same shop): the case
 * runs here, right after the single file of its size, so the ratio compares runs on the same machine
 * in the same minute; the bench fails when the two projects' customers, orders or revenue differ.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { CaseResult } from './case.js';
import { runPeersCase } from './peers/peersCase.js';
import type { SetCaseResult } from './setCase.js';
import { totalsDiffer } from './totals.js';

const { values } = parseArgs({
  options: {
    big: { type: 'boolean' },
    sizes: { type: 'string' },
    'no-set': { type: 'boolean' },
    peers: { type: 'boolean' },
    'peers-only': { type: 'boolean' },
    runs: { type: 'string' },
    'peer-lines': { type: 'string' },
  },
});
if (values['peers-only']) {
  runPeersCase(Number(values['peer-lines'] ?? 1_000_000), Number(values.runs ?? 5));
  process.exit(0);
}
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [100_000, 1_000_000];
if (values.big) sizes.push(18_000_000);

const runCase = <T>(script: string, lines: number): T => {
  const out = execFileSync(
    process.execPath,
    [fileURLToPath(new URL(script, import.meta.url)), '--lines', String(lines)],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(out.trim().split('\n').pop() as string) as T;
};
const results: CaseResult[] = [];
const setResults: SetCaseResult[] = [];
for (const lines of sizes) {
  process.stderr.write(`bench: ${lines.toLocaleString('en')} order lines ...\n`);
  results.push(runCase<CaseResult>('./case.js', lines));
  // The ~1 GB file is a peak-memory check of the single-file path only.
  if (values['no-set'] || lines > 1_000_000) continue;
  process.stderr.write(`bench: ${lines.toLocaleString('en')} order lines as linked files ...\n`);
  setResults.push(runCase<SetCaseResult>('./setCase.js', lines));
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
printSetTable();
if (values.peers) runPeersCase(Number(values['peer-lines'] ?? 1_000_000), Number(values.runs ?? 5));
console.log(
  `machine: ${process.platform} ${process.arch}, node ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);

/** The linked-files case beside the single file of the same size; exits 1 when their totals differ. */
function printSetTable(): void {
  if (setResults.length === 0) return;
  console.log('');
  console.log(
    'linked files: order lines | files MB | import s | rows/s | single rows/s | time linked/single | import peak RSS MB | single import peak RSS MB | same customers, orders, revenue',
  );
  let failed = false;
  for (const set of setResults) {
    const single = results.find((r) => r.orderLines === set.orderLines);
    const differ = single ? totalsDiffer(single, set) : 'no single-file case with as many order lines';
    failed ||= differ !== null;
    const ratio = single ? (set.importS / single.importS).toFixed(2) : '-';
    console.log(
      [
        set.orderLines,
        set.fileMB,
        set.importS,
        set.rowsPerS,
        single?.rowsPerS ?? '-',
        ratio,
        set.importPeakRssMB,
        single?.importPeakRssMB ?? '-',
        differ === null ? `yes (${set.customers} customers, ${set.orders} orders, ${set.revenue})` : `NO: ${differ}`,
      ].join(' | '),
    );
  }
  if (failed) process.exitCode = 1;
}
