/**
 * Engine.stop (browser mode's SIGTERM): a running import is cancelled and rolled back before stop
 * answers, and no import starts after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/core/engine.js';
import type { ImportOptions } from '../../shared/model/import.js';
import { tempDir } from '../support/session.js';

function ordersFile(dir: string): string {
  const file = path.join(dir, 'orders.csv');
  const lines = ['order_id,customer_id,order_date,amount'];
  for (let i = 0; i < 60_000; i += 1)
    lines.push(`o${i},k${i % 997},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 100}.50`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('stopping the engine during an import', () => {
  it('cancels it, answers once it is rolled back, and the project holds nothing of it', async () => {
    const dir = tempDir();
    const file = ordersFile(dir);
    const engine = createEngine({ mode: 'web', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const preview = await engine.call('import/preview', { path: file });
    if (!preview.ok) throw new Error(preview.error.message);
    const { options } = preview.result as { options: ImportOptions };
    await engine.call('project/create', { path: 'p' });
    const project = engine.session.requireProject().path;
    let read = (): void => {};
    const reading = new Promise<void>((resolve) => {
      read = resolve;
    });
    engine.onEvent((e) => {
      if (e.event === 'import/progress') read();
    });
    const run = engine.call('import/run', { jobId: 'big', path: file, options });
    await reading;

    expect(await engine.stop()).toBe(true);
    const outcome = await run;
    expect(outcome.ok ? 'imported' : outcome.error.code).toBe('CANCELLED');
    expect(engine.session.project).toBeNull();
    const again = await engine.session.imports
      .run({ jobId: 'late', projectPath: project, filePath: file, options, replace: false, onProgress: () => {} })
      .catch((error: { code: string }) => error.code);
    expect(again).toBe('CANCELLED');

    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM order_lines').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM datasets').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM snapshots').pluck().get()).toBe(0);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
