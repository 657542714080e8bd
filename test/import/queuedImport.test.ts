/**
 * ImportRunner tells the work after an import when another import is waiting for it (`queued`),
 * so that what only saves time later (the entries kept after the snapshot) is dropped.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFile } from '../../electron/core/db/projectFile.js';
import { ImportRunner } from '../../electron/core/import/importRunner.js';
import { previewFile } from '../../electron/core/import/preview.js';
import { fixture, tempDir } from '../support/session.js';

describe('the work after an import', () => {
  it('learns that an import is queued behind it, and only then', async () => {
    const project = path.join(tempDir(), 'queued.segwb');
    createProjectFile(project, 'test').close();
    const file = fixture('orders-small.csv');
    const { options } = await previewFile(file);
    const seen: Array<{ queuedAtStart: boolean; signal: AbortSignal }> = [];
    let finish: () => void = () => {};
    const runner = new ImportRunner(
      (_projectPath, _stop, queued) =>
        new Promise<void>((resolve) => {
          seen.push({ queuedAtStart: queued.aborted, signal: queued });
          finish = resolve;
        }),
    );
    const run = (replace: boolean) =>
      runner.run({ jobId: randomUUID(), projectPath: project, filePath: file, options, replace, onProgress: () => {} });

    const first = await run(false);
    expect(first.rowsImported).toBeGreaterThan(0);
    // The work after the first import has started; nothing waits for it yet.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(1);
    expect(seen[0]?.signal.aborted).toBe(false);

    const second = run(true);
    expect(seen[0]?.signal.aborted).toBe(true);
    finish();
    await second;
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The second import's own work starts with nothing queued behind it.
    expect(seen).toHaveLength(2);
    expect(seen[1]?.queuedAtStart).toBe(false);
    expect(seen[1]?.signal.aborted).toBe(false);
    finish();
    await runner.settled();
  });
});
