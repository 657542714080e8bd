/**
 * The import in the compiled engine, where it runs on its own threads (a parse thread and an
 * insert thread, each with the heap limits of import/threadLimits.ts): late lines for orders long
 * out of the in-memory window still join their orders exactly (lateLinesFile.ts).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { expectLateLinesJoined, lateLines, writeLateLinesCsv } from '../import/lateLinesFile.js';
import { compiledEngine, compiledPreview, tempDir, threadCount } from './compiledEngine.js';

describe('the import on its own threads', () => {
  it('joins late lines to their orders exactly, as the inline import does', async () => {
    const dir = tempDir();
    const { createEngine } = await compiledEngine();
    const { previewFile } = await compiledPreview();
    const engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    try {
      const lines = lateLines();
      const file = path.join(dir, 'orders.csv');
      writeLateLinesCsv(file, lines);
      const project = engine.session.create(path.join(dir, 'late.segwb'));
      const before = threadCount();
      let threadsDuring = 0;
      const report = await engine.session.imports.run({
        jobId: randomUUID(),
        projectPath: project.path,
        filePath: file,
        options: (await previewFile(file, { dateOrder: 'ymd' })).options,
        replace: false,
        onProgress: () => {
          threadsDuring = Math.max(threadsDuring, threadCount() - before);
        },
      });
      await engine.session.imports.settled();
      expect(report.rowsImported).toBe(lines.length);
      // The insert thread and its parse thread: the work ran off this thread.
      expect(threadsDuring).toBeGreaterThanOrEqual(2);
      const db = new Database(project.path, { readonly: true });
      try {
        expectLateLinesJoined(db, lines);
      } finally {
        db.close();
      }
    } finally {
      engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
