/**
 * The side-by-side case of `npm run bench -- --peers`: generates the seeded orders file (1M lines
 * unless told), runs ours, DuckDB and pandas in turn `rounds` times, prints the table with the
 * machine's load average before and after.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateOrders } from './generateOrders.js';
import { peersTable } from './peersTable.js';
import { pandasPresent, sideBySide } from './sideBySide.js';

export function runPeersCase(lines: number, rounds: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-peers-'));
  try {
    process.stderr.write(
      `bench: side by side with DuckDB, ${lines.toLocaleString('en')} order lines, ${rounds} runs ...\n`,
    );
    const ordersPath = generateOrders(lines, dir);
    const dataLines = countLines(ordersPath) - 1;
    const loadBefore = loadAverage();
    const rows = sideBySide(ordersPath, dir, rounds);
    console.log('');
    for (const line of peersTable(rows, dataLines)) console.log(line);
    if (!pandasPresent()) console.log('pandas: absent (python3 -c "import pandas" fails), not measured');
    const mb = (fs.statSync(ordersPath).size / 1e6).toFixed(1);
    console.log(`file: ${dataLines} order lines, ${mb} MB; load average before ${loadBefore}, after ${loadAverage()}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

function countLines(file: string): number {
  const data = fs.readFileSync(file);
  let n = 0;
  for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) n += 1;
  return n;
}
