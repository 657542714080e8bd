/** A page opened while an import runs can ask for it (import/running) and follow it to its report. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/core/engine.js';
import type { ImportOptions } from '../../shared/model/import.js';
import { tempDir } from '../support/session.js';

describe('import/running', () => {
  it('answers the running job (id, file, last progress) while it runs, null before and after', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big orders.csv');
    const lines = ['order_id,customer_id,order_date,amount'];
    for (let i = 0; i < 50_000; i += 1)
      lines.push(`o${i},k${i % 997},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 100}.50`);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const engine = createEngine({ mode: 'web', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const finished: unknown[] = [];
    engine.onEvent((e) => {
      if (e.event === 'import/finished') finished.push(e.payload);
    });
    const preview = await engine.call('import/preview', { path: file });
    if (!preview.ok) throw new Error(preview.error.message);
    const { options } = preview.result as { options: ImportOptions };
    await engine.call('project/create', { path: 'p' });
    expect(await engine.call('import/running', {})).toEqual({ ok: true, result: null });
    const run = engine.call('import/run', { jobId: 'long', path: file, options });
    const running = await engine.call('import/running', {});
    expect(running).toEqual({ ok: true, result: { jobId: 'long', file: 'big orders.csv', progress: null } });
    const done = await run;
    expect(done.ok).toBe(true);
    expect(await engine.call('import/running', {})).toEqual({ ok: true, result: null });
    expect(finished).toEqual([{ jobId: 'long', report: done.ok ? done.result : null }]);
    engine.close();
  });
});
