import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, segwb } from '../support/cli.js';
import { fixture, tempDir } from '../support/session.js';

beforeAll(ensureBuilt);

function json<T>(run: { code: number | null; stdout: string; stderr: string }): T {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

interface Listing {
  datasets: Array<{ kind: string; file: string; rows_imported: number; rows_rejected: number }>;
  history: Array<{ label: string }>;
}

describe('segwb datasets', () => {
  it('lists the datasets and history, and undo brings back the orders and metrics replaced by the last import', () => {
    const dir = tempDir();
    const project = path.join(dir, 'shop.segwb');
    expect(segwb(['import', fixture('orders-small.csv'), '--project', project, '--json'], dir).code).toBe(0);
    const metricsBefore = json<unknown>(segwb(['metrics', '--project', project, '--json'], dir));
    // A second orders file needs an answer: without one nothing changes and the command exits 2.
    const unanswered = segwb(['import', fixture('datasets/orders-later.csv'), '--project', project, '--json'], dir);
    expect(unanswered.code).toBe(2);
    expect(unanswered.stderr.split('\n')[0]).toBe(
      'segwb import: This project already has orders from orders-small.csv. Give --replace to replace them or --append to merge this file into them; nothing was changed.',
    );
    expect(json<unknown>(segwb(['metrics', '--project', project, '--json'], dir))).toEqual(metricsBefore);
    const both = segwb(
      ['import', fixture('datasets/orders-later.csv'), '--project', project, '--replace', '--append'],
      dir,
    );
    expect(both.code).toBe(2);
    expect(
      segwb(['import', fixture('datasets/orders-later.csv'), '--project', project, '--replace', '--json'], dir).code,
    ).toBe(0);

    const listing = json<Listing>(segwb(['datasets', '--project', project, '--json'], dir));
    expect(
      listing.datasets.map(({ kind, file, rows_imported, rows_rejected }) => ({
        kind,
        file,
        rows_imported,
        rows_rejected,
      })),
    ).toEqual([{ kind: 'orders', file: 'orders-later.csv', rows_imported: 3, rows_rejected: 0 }]);
    expect(listing.history.map((h) => h.label)).toEqual(['orders-later.csv (orders)', 'orders-small.csv (orders)']);

    const undone = json<Listing & { undone: { label: string } }>(
      segwb(['datasets', 'undo', '--project', project, '--json'], dir),
    );
    expect(undone.undone.label).toBe('orders-later.csv (orders)');
    expect(undone.datasets.map((d) => d.file)).toEqual(['orders-small.csv']);
    expect(undone.history.map((h) => h.label)).toEqual(['orders-small.csv (orders)']);
    expect(json<unknown>(segwb(['metrics', '--project', project, '--json'], dir))).toEqual(metricsBefore);

    const plain = segwb(['datasets', 'undo', '--project', project], dir);
    expect(plain).toMatchObject({
      code: 0,
      stdout: 'Undid the import of orders-small.csv (orders): the data is as it was before it.\n',
    });
    const nothing = segwb(['datasets', 'undo', '--project', project], dir);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toBe('segwb datasets: There is no import to undo in this project.\n');
    expect(segwb(['datasets', 'redo', '--project', project], dir).code).toBe(2);
  });

  it('imports a second orders file with --append: the JSON report counts new, changed, unchanged and kept orders', () => {
    const dir = tempDir();
    const project = path.join(dir, 'shop.segwb');
    expect(segwb(['import', fixture('datasets/orders-jan.csv'), '--project', project], dir).code).toBe(0);
    const report = json<{ append: unknown; orders: number; files: unknown[]; links: unknown[] }>(
      segwb(['import', fixture('datasets/orders-feb.csv'), '--project', project, '--append', '--json'], dir),
    );
    expect(report.append).toEqual({ added: 1, updated: 1, unchanged: 1, kept: 1 });
    expect(report.files).toEqual([
      {
        file: 'orders-feb.csv',
        kind: 'orders',
        rows_read: 3,
        rows_imported: 3,
        rows_rejected: 0,
        rejected_by_reason: {},
      },
    ]);
    expect(report.links).toEqual([]);
    const listing = json<Listing>(segwb(['datasets', '--project', project, '--json'], dir));
    expect(listing.datasets.map((d) => d.file)).toEqual(['orders-jan.csv', 'orders-feb.csv']);
  });
});
