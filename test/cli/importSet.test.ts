import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

beforeAll(ensureBuilt);

describe('segwb import of several linked files', () => {
  it('imports them in one go off the main thread, and asks before replacing them', () => {
    const dir = tempDir();
    const project = path.join(dir, 'shop.segwb');
    const files = ['orders.csv', 'lines.csv', 'products.csv', 'payments.csv', 'customers.csv'].map((f) =>
      fixture(`linked/${f}`),
    );
    const run = segwb(['import', ...files, '--project', project, '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      orders: number;
      revenue: number;
      files: Array<{ file: string; kind: string }>;
      links: unknown[];
    };
    expect(report.orders).toBe(4);
    expect(report.revenue).toBe(175.5);
    expect(report.files.map((f) => `${f.file}=${f.kind}`)).toEqual([
      'orders.csv=orders',
      'lines.csv=order_lines',
      'products.csv=products',
      'payments.csv=payments',
      'customers.csv=customers',
    ]);
    const again = segwb(['import', ...files, '--project', project, '--json'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^segwb import: This project already has .* Give --replace/);
    const replaced = segwb(['import', ...files, '--project', project, '--replace', '--json'], dir);
    expect(replaced.code).toBe(0);
    const listing = JSON.parse(segwb(['datasets', '--project', project, '--json'], dir).stdout) as {
      history: Array<{ label: string }>;
    };
    expect(listing.history).toHaveLength(2);
  });
});
