/**
 * The import's threads run with the young-generation limits of threadLimits.ts, and with V8's
 * own old-generation limit: a file that needs a large heap imports as before.
 */
import type { ResourceLimits } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { INSERT_THREAD_LIMITS, PARSE_THREAD_LIMITS } from '../../electron/core/import/threadLimits.js';
import { startWorker } from '../../electron/core/import/workerThread.js';
import { fixture } from '../support/session.js';

const script = fixture('import/workers/reportLimits.mjs');

function limitsInside(limits?: ResourceLimits): Promise<ResourceLimits> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const worker = startWorker(
      script,
      null,
      'The test',
      (error) => {
        if (!answered) reject(error);
      },
      limits,
    );
    worker.once('message', (inside: ResourceLimits) => {
      answered = true;
      resolve(inside);
    });
  });
}

describe('startWorker', () => {
  it('runs the parse and insert threads with their young generations limited, the old one as V8 sets it', async () => {
    const defaults = await limitsInside();
    const parse = await limitsInside(PARSE_THREAD_LIMITS);
    const insert = await limitsInside(INSERT_THREAD_LIMITS);
    // V8's default on a 64-bit machine with this much memory: 16 MB semi-spaces.
    expect(defaults.maxYoungGenerationSizeMb).toBeGreaterThan(24);
    expect(parse.maxYoungGenerationSizeMb).toBe(24);
    expect(insert.maxYoungGenerationSizeMb).toBe(6);
    expect(parse.maxOldGenerationSizeMb).toBe(defaults.maxOldGenerationSizeMb);
    expect(insert.maxOldGenerationSizeMb).toBe(defaults.maxOldGenerationSizeMb);
  });
});
