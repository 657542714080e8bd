/**
 * Segment live-recount benchmark: demo shops of several sizes, each in a fresh process; prints
 * p50/p95 of countRule (warm: the same rule again; cold: the first count after opening the project;
 * edit: the recount after editing one condition, see segmentsCase.ts) and of countRuleParts, as
 * the CLI imports and as the app leaves a project after an import (and with --covering, also with
 * the covering index once proposed for the import). --json reports the project as imported. Each size's project is kept between runs (cachedDemo.ts).
 *   node dist/electron/bench/segments.js                          10k and 100k customers
 *   node dist/electron/bench/segments.js --big                    also 1M customers (takes long)
 *   node dist/electron/bench/segments.js --sizes 10000 --runs 50 --cold-runs 20
 *   node dist/electron/bench/segments.js --fresh                  generate the projects anew
 *   node dist/electron/bench/segments.js --json                   one JSON object on stdout (segmentsJson.ts)
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SegmentsCaseResult, Timings } from './segmentsCase.js';
import { segmentsBenchJson } from './segmentsJson.js';

const { values } = parseArgs({
  options: {
    big: { type: 'boolean' },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    'cold-runs': { type: 'string' },
    json: { type: 'boolean' },
    covering: { type: 'boolean' },
    fresh: { type: 'boolean' },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map(Number) : [10_000, 100_000];
if (values.big) sizes.push(1_000_000);

const caseScript = fileURLToPath(new URL('./segmentsCase.js', import.meta.url));
const results: SegmentsCaseResult[] = [];
for (const customers of sizes) {
  process.stderr.write(`bench segments: ${customers.toLocaleString('en')} customers ...\n`);
  const args = [
    caseScript,
    '--customers',
    String(customers),
    ...(values.runs ? ['--runs', values.runs] : []),
    ...(values['cold-runs'] ? ['--cold-runs', values['cold-runs']] : []),
    ...(values.covering ? ['--covering'] : []),
    ...(values.fresh ? ['--fresh'] : []),
  ];
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  results.push(JSON.parse(out.trim().split('\n').pop() as string) as SegmentsCaseResult);
}

if (values.json) {
  console.log(JSON.stringify(segmentsBenchJson(results)));
} else {
  printTable(results);
}

function printTable(results: readonly SegmentsCaseResult[]): void {
  const row = (r: SegmentsCaseResult, label: string, t: Timings) =>
    [
      r.customers,
      r.orderLines,
      label,
      t.warmP50Ms,
      t.warmP95Ms,
      t.coldP50Ms,
      t.coldP95Ms,
      t.editP50Ms,
      t.editP95Ms,
      t.partsWarmP50Ms,
      t.partsWarmP95Ms,
    ].join(' | ');
  console.log(
    'customers | order lines | order_lines index | count p50 ms | count p95 ms | cold p50 ms | cold p95 ms | edit p50 ms | edit p95 ms | parts p50 ms | parts p95 ms',
  );
  for (const r of results) {
    console.log(row(r, 'as imported', r.asImported));
    console.log(row(r, 'after an import in the app', r.afterAppImport));
    if (r.withCoveringIndex)
      console.log(row(r, `+ covering (${r.withCoveringIndex.indexS} s to build)`, r.withCoveringIndex));
  }
  for (const r of results) {
    console.log(
      `\n${r.customers.toLocaleString('en')} customers (import ${r.importS} s, open p50 ${r.asImported.openP50Ms} ms), ${r.runsPerRule} warm and ${r.coldRunsPerRule} cold runs per rule:`,
    );
    console.log(
      `  the app's work after an import (keepFirstViewColumns): ${r.afterAppImport.keepS} s, the file grew ${r.afterAppImport.keptMb} MB`,
    );
    const measured: Array<[string, Timings]> = [
      ['as imported', r.asImported],
      ['after an import in the app', r.afterAppImport],
    ];
    if (r.withCoveringIndex) measured.push(['covering index', r.withCoveringIndex]);
    for (const [label, t] of measured) {
      for (const rule of t.rules) {
        console.log(
          `  ${label}: warm p50 ${rule.warmP50Ms} / p95 ${rule.warmP95Ms} ms, cold p50 ${rule.coldP50Ms} / p95 ${rule.coldP95Ms} ms, edit p50 ${rule.editP50Ms} / p95 ${rule.editP95Ms} ms, ${rule.members} members: ${rule.name}`,
        );
      }
    }
  }
  console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}, ${os.cpus().length} cores`);
}
