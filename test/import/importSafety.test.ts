/** A failed or cancelled import leaves the project exactly as it was. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewFile } from '../../electron/core/import/preview.js';
import { allCustomerMetrics } from '../../electron/core/metrics/query.js';
import { projectInfo } from '../../electron/core/project/info.js';
import { fixture, importFile, newSession, sharedData, tempDir } from '../support/session.js';

function snapshot(session: ReturnType<typeof newSession>) {
  const { datasets, ...info } = projectInfo(session.requireProject());
  return {
    info,
    datasets: datasets.map(({ importedAt: _, ...d }) => d),
    metrics: allCustomerMetrics(session.requireProject().db),
  };
}

describe('import safety', () => {
  it('rolls back an import in which no row can be used, naming the file and the reason', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'p.segwb'));
    await importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' });
    const before = snapshot(session);
    await expect(
      importFile(session, fixture('orders-no-customers.csv'), { kind: 'orders', dateOrder: 'ymd' }, true),
    ).rejects.toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringMatching(/No row of orders-no-customers\.csv could be imported.*missing_customer_id/),
    });
    expect(snapshot(session)).toEqual(before);
  });

  const file = sharedData('Online Retail.csv');
  it.runIf(fs.existsSync(file))('cancels an import and leaves the project unchanged', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    const project = session.create(path.join(dir, 'p.segwb'));
    await importFile(session, fixture('orders-small.csv'), { dateOrder: 'ymd' });
    const before = snapshot(session);
    const preview = await previewFile(file);
    const jobId = randomUUID();
    const seen: number[] = [];
    const running = session.imports.run({
      jobId,
      projectPath: project.path,
      filePath: file,
      options: preview.options,
      replace: true,
      onProgress: (p) => {
        seen.push(p.rows);
        session.imports.cancel(jobId);
      },
    });
    await expect(running).rejects.toMatchObject({
      code: 'CANCELLED',
      message: 'Import of Online Retail.csv cancelled: the project is unchanged.',
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(snapshot(session)).toEqual(before);
    expect(session.imports.cancel(jobId)).toBe(false);
  });

  it('refuses an import without a customer id column before touching the project', async () => {
    const dir = tempDir();
    const session = newSession(dir);
    session.create(path.join(dir, 'p.segwb'));
    const preview = await previewFile(fixture('orders-small.csv'), { dateOrder: 'ymd' });
    const options = {
      ...preview.options,
      columns: preview.options.columns.map((c) => (c.role === 'customer_id' ? { ...c, role: null } : c)),
    };
    await expect(
      session.imports.run({
        jobId: 'j1',
        projectPath: session.requireProject().path,
        filePath: fixture('orders-small.csv'),
        options,
        replace: false,
        onProgress: () => {},
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
      message: 'No column of orders-small.csv is marked as the customer id. Choose one.',
    });
    expect(projectInfo(session.requireProject()).datasets).toEqual([]);
  });
});
