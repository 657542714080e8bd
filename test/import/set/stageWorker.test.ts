/**
 * The compiled engine stages every file of a set in a stage worker while its own thread inserts
 * (the tests of the sources run the same reading inline): the same report as the inline path,
 * and a broken file or a cancel still leaves the project exactly as it was.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../../electron/core/db/projectFile.js';
import { type RunSetInput, runImportSet as runInline } from '../../../electron/core/import/set/runSet.js';
import type { ImportSetReport } from '../../../shared/model/importSet.js';
import { ensureBuilt } from '../../support/cli.js';
import { fixture, repoRoot, tempDir } from '../../support/session.js';

type RunSet = (input: RunSetInput) => Promise<ImportSetReport>;

const file = (name: string) => fixture(path.join('linked', name));
const ALL = ['orders.csv', 'lines.csv', 'products.csv', 'payments.csv', 'customers.csv'].map(file);
let runCompiled: RunSet;

beforeAll(async () => {
  ensureBuilt();
  const compiled = path.join(repoRoot, 'dist', 'electron', 'core', 'import', 'set', 'runSet.js');
  runCompiled = ((await import(compiled)) as { runImportSet: RunSet }).runImportSet;
});

function newProject(): string {
  const p = path.join(tempDir(), 'p.segwb');
  createProjectFile(p, 'test').close();
  return p;
}

const withoutTime = (report: ImportSetReport) => ({ ...report, durationMs: 0 });

function snapshot(p: string): unknown {
  const db = new Database(p, { readonly: true });
  const counts = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM order_lines) AS lines, (SELECT COUNT(*) FROM datasets) AS datasets,
        (SELECT ROUND(SUM(amount), 6) FROM order_totals) AS revenue`,
    )
    .get();
  db.close();
  return counts;
}

describe('staging the files of a set in stage workers', () => {
  it('reports exactly what the inline reading reports', async () => {
    const input = { paths: ALL, replace: true, isCancelled: () => false };
    const inline = await runInline({ ...input, projectPath: newProject() });
    const compiled = await runCompiled({ ...input, projectPath: newProject() });
    expect(withoutTime(compiled)).toEqual(withoutTime(inline));
    expect(compiled.revenue).toBe(175.5);
    expect(compiled.links.map((l) => [l.from, l.matched, l.unmatched])).toEqual(
      inline.links.map((l) => [l.from, l.matched, l.unmatched]),
    );
  });

  it('refuses a broken file naming its line, and leaves the project as it was', async () => {
    const p = newProject();
    await runCompiled({ projectPath: p, paths: ALL, replace: true, isCancelled: () => false });
    const was = snapshot(p);
    await expect(
      runCompiled({
        projectPath: p,
        paths: [file('orders.csv'), file('broken_lines.csv')],
        replace: true,
        isCancelled: () => false,
      }),
    ).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringMatching(/broken_lines\.csv, line 3: a quote/),
    });
    expect(snapshot(p)).toEqual(was);
    expect(was).toEqual({ lines: 5, datasets: 5, revenue: 175.5 });
  });

  it('stops on a cancel while the files are staged, and leaves the project as it was', async () => {
    const p = newProject();
    await runCompiled({ projectPath: p, paths: ALL, replace: true, isCancelled: () => false });
    const was = snapshot(p);
    await expect(
      runCompiled({ projectPath: p, paths: ALL, replace: true, isCancelled: () => true }),
    ).rejects.toMatchObject({
      code: 'CANCELLED',
      // The products file is read into the project first: the orders and lines stream after it.
      message: 'Import of products.csv cancelled: the project is unchanged.',
    });
    expect(snapshot(p)).toEqual(was);
  });
});
