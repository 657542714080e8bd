/**
 * A demo shop project for the analysis benches, generated once per size and kept between runs in
 * the benches' temp folder (os.tmpdir()/segwb-bench-cache): at 1M customers the generation and
 * import take minutes, while the views timed here only read the project. Each run works on a copy,
 * since a bench saves segments in it. The key holds the sizes, the seed and the schema version, so
 * a project of an older schema is never reused; `fresh` makes it anew.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../core/db/migrations.js';
import { createDemoProject } from '../core/demo/demoProject.js';
import { resolveDemoSize } from '../core/demo/options.js';
import { Session } from '../core/session.js';
import { timeIt } from './stats.js';

export interface CachedDemo {
  /** The working copy, in `dir`. */
  file: string;
  /** Seconds spent generating and importing; 0 when the kept project was reused. */
  importS: number;
  reused: boolean;
}

export const BENCH_CACHE_DIR = path.join(os.tmpdir(), 'segwb-bench-cache');

export async function cachedDemoProject(
  dir: string,
  options: { customers: number; orderLines?: number; fresh?: boolean },
): Promise<CachedDemo> {
  const size = resolveDemoSize({ customers: options.customers, orderLines: options.orderLines });
  const key = `demo-c${size.customers}-l${size.orderLines}-s${size.seed}-v${LATEST_SCHEMA_VERSION}.segwb`;
  const kept = path.join(BENCH_CACHE_DIR, key);
  const file = path.join(dir, 'bench.segwb');
  let importS = 0;
  const reused = !options.fresh && fs.existsSync(kept);
  if (!reused) {
    fs.mkdirSync(BENCH_CACHE_DIR, { recursive: true });
    const work = fs.mkdtempSync(path.join(BENCH_CACHE_DIR, 'make-'));
    try {
      const session = new Session({ mode: 'cli', appVersion: 'bench', projectsDir: work, stateDir: work });
      const made = path.join(work, key);
      const imported = await timeIt(() => createDemoProject(session, { path: made, ...size }));
      importS = imported.seconds;
      session.close();
      // The rename is the last step: an interrupted run leaves no half-made project under the key.
      fs.renameSync(made, kept);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  fs.copyFileSync(kept, file);
  return { file, importS, reused };
}
