/**
 * The side-by-side case (npm run bench -- --peers): the same orders CSV to per-customer recency,
 * frequency and monetary value, each side a whole process, run in turn in the same minute so the
 * shared machine's load weighs on both alike:
 *   ours    `segwb import FILE --project P --json`, then `segwb metrics --project P --json`
 *   DuckDB  read_csv into a database file + GROUP BY, through @duckdb/node-api (duckdbRfm.ts)
 *   pandas  read_csv + groupby, when `python3 -c "import pandas"` works
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ChildRun, runChild } from './childRun.js';

export interface PeerRow {
  name: string;
  runs: ChildRun[];
  /** Ours only: the import process alone (start-up included), per run. */
  importSeconds?: number[];
}

const segwb = fileURLToPath(new URL('../../../../bin/segwb.js', import.meta.url));
const duckdbRfm = fileURLToPath(new URL('./duckdbRfm.js', import.meta.url));

const PANDAS_RFM = `
import sys, json, pandas as pd
o = pd.read_csv(sys.argv[1], parse_dates=['order_date'])
o['amount'] = o['quantity'] * o['unit_price']
o['day'] = o['order_date'].dt.normalize()
per_order = o.groupby(['customer_id', 'order_id'], sort=False).agg(day=('day', 'min'), amount=('amount', 'sum'))
g = per_order.groupby('customer_id').agg(first=('day', 'min'), last=('day', 'max'), frequency=('day', 'size'), monetary=('amount', 'sum'))
as_of = g['last'].max() + pd.Timedelta(days=1)
g['recency_days'] = (as_of - g['last']).dt.days
g['monetary'] = g['monetary'].round(2)
g['aov'] = (g['monetary'] / g['frequency']).round(6)
g.reset_index().to_json(sys.stdout, orient='records', date_format='iso')
`;

export function pandasPresent(): boolean {
  return spawnSync('python3', ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
}

/** runs rounds of ours, DuckDB and (when present) pandas on ordersPath; work files go in dir. */
export function sideBySide(ordersPath: string, dir: string, rounds: number): PeerRow[] {
  const ours: PeerRow = { name: 'ours (segwb import + metrics)', runs: [], importSeconds: [] };
  const duck: PeerRow = { name: 'DuckDB (read_csv + GROUP BY)', runs: [] };
  const pandas: PeerRow = { name: 'pandas (read_csv + groupby)', runs: [] };
  const withPandas = pandasPresent();
  const out = path.join(dir, 'peer-out.json');
  for (let round = 0; round < rounds; round += 1) {
    const project = path.join(dir, `peer-${round}.segwb`);
    const imported = runChild(process.execPath, [segwb, 'import', ordersPath, '--project', project, '--json'], out);
    const metrics = runChild(process.execPath, [segwb, 'metrics', '--project', project, '--json'], out);
    ours.importSeconds?.push(imported.seconds);
    ours.runs.push({
      seconds: imported.seconds + metrics.seconds,
      peakRssMB: maxOf(imported.peakRssMB, metrics.peakRssMB),
    });
    removeProject(project);
    const duckFile = path.join(dir, `peer-${round}.duckdb`);
    duck.runs.push(runChild(process.execPath, [duckdbRfm, '--csv', ordersPath, '--db', duckFile], out));
    fs.rmSync(duckFile, { force: true });
    fs.rmSync(`${duckFile}.wal`, { force: true });
    if (withPandas) pandas.runs.push(runChild('python3', ['-c', PANDAS_RFM, ordersPath], out));
  }
  return withPandas ? [ours, duck, pandas] : [ours, duck];
}

function removeProject(project: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${project}${suffix}`, { force: true });
}

function maxOf(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.max(a, b);
}
