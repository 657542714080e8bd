/**
 * An order's lines far apart in the file (lateLinesFile.ts): late lines for orders long out of
 * the import's in-memory window must join their orders exactly: the same orders, totals and
 * customers as a file with each order's lines together.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFile, openProjectFile } from '../../electron/core/db/projectFile.js';
import { runImportJob } from '../../electron/core/import/importJob.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { tempDir } from '../support/session.js';
import { expectLateLinesJoined, lateLines, writeLateLinesCsv } from './lateLinesFile.js';

describe('late lines for long-closed orders', () => {
  it('join their orders: same orders, totals and customers as if they came with them', async () => {
    const dir = tempDir();
    const lines = lateLines();
    const file = path.join(dir, 'orders.csv');
    writeLateLinesCsv(file, lines);
    const project = path.join(dir, 'late.segwb');
    createProjectFile(project, 'test').close();
    const report = await runImportJob({
      jobId: 'late-lines',
      projectPath: project,
      filePath: file,
      options: (await previewFile(file, { dateOrder: 'ymd' })).options,
      replace: false,
      fresh: true,
      isCancelled: () => false,
      onProgress: () => {},
    });
    expect(report.rowsImported).toBe(lines.length);

    const db = openProjectFile(project);
    try {
      expectLateLinesJoined(db, lines);
    } finally {
      db.close();
    }
  }, 120_000);
});
