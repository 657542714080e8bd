/**
 * `segwb metrics` writes rows as it reads them: the output is byte for byte what printing the
 * whole list at once gave (console.log of JSON.stringify of every row; the tab table likewise),
 * on the demo project (several 64 KB pieces) and on a customer id that needs escaping.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { StreamedOutput, writeJsonArray } from '../../electron/cli/streamedOutput.js';
import { terminalSafe } from '../../electron/cli/terminalText.js';
import { allCustomerMetrics } from '../../electron/core/metrics/query.js';
import { METRIC_KEYS } from '../../shared/model/metrics.js';
import { ensureBuilt, segwb } from '../support/cli.js';
import { tempDir } from '../support/session.js';

const COLUMNS = METRIC_KEYS.filter((key) => key !== 'tenure_days');

beforeAll(() => {
  ensureBuilt();
});

/** What the command printed before it streamed: the whole list built first, then one console.log. */
function printedWhole(project: string): { json: string; table: string } {
  const db = new Database(project, { readonly: true });
  try {
    const rows = allCustomerMetrics(db).map((r) => Object.fromEntries(COLUMNS.map((key) => [key, r[key]])));
    const lines = [
      COLUMNS.join('\t'),
      ...rows.map((r) =>
        Object.values(r)
          .map((v) => (v === null ? '' : String(v)))
          .join('\t'),
      ),
    ];
    return {
      json: `${terminalSafe(JSON.stringify(rows))}\n`,
      table: lines.map((line) => `${terminalSafe(line)}\n`).join(''),
    };
  } finally {
    db.close();
  }
}

describe('segwb metrics, streamed', () => {
  it('prints the demo project byte for byte as before, as JSON and as a table', () => {
    const dir = tempDir();
    expect(segwb(['demo', '--project', 'demo.segwb'], dir).code).toBe(0);
    const whole = printedWhole(path.join(dir, 'demo.segwb'));
    expect(whole.json.length).toBeGreaterThan(3 * 64 * 1024);
    const json = segwb(['metrics', '--project', 'demo.segwb', '--json'], dir);
    expect(json.stderr).toBe('');
    expect(json.stdout).toBe(whole.json);
    expect(segwb(['metrics', '--project', 'demo.segwb'], dir).stdout).toBe(whole.table);
  });

  it('escapes control characters as before', () => {
    const dir = tempDir();
    const file = path.join(dir, 'orders.csv');
    fs.writeFileSync(
      file,
      'order_id,customer_id,order_date,amount\nO1,c\u001b[31m1,2024-01-02,10.50\nO2,c2\u202e,2024-01-03,4\n',
    );
    expect(segwb(['import', file, '--project', 'p.segwb', '--date-order', 'ymd', '--json'], dir).code).toBe(0);
    const out = segwb(['metrics', '--project', 'p.segwb', '--json'], dir).stdout;
    expect(out).toBe(printedWhole(path.join(dir, 'p.segwb')).json);
    expect(out).toContain('"customer_id":"c\\u001b[31m1"');
    expect(out).toContain('"customer_id":"c2\\u202e"');
  });
});

describe('writeJsonArray', () => {
  it.each([[[]], [[1]], [[{ a: null }, 'x\u0007', [2]]]])(
    'writes %j as console.log(JSON.stringify) would',
    async (items) => {
      const out = new PassThrough();
      let written = '';
      out.on('data', (piece: Buffer) => {
        written += piece.toString('utf8');
      });
      await writeJsonArray(items, new StreamedOutput(out));
      expect(written).toBe(`${terminalSafe(JSON.stringify(items))}\n`);
    },
  );
});
