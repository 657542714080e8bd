/**
 * The compiled engine (dist/), for tests of what only runs there: worker threads load compiled
 * JS, so from the TypeScript sources an analysis job runs inline. `npm test` builds first; a
 * focused run needs `npm run build:node`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist', 'electron', 'core');

type EngineModule = typeof import('../../electron/core/engine.js');
type DemoModule = typeof import('../../electron/core/demo/demoProject.js');
type JobsModule = typeof import('../../electron/core/jobs/analysisJobs.js');
type PreviewModule = typeof import('../../electron/core/import/preview.js');

async function load<T>(relative: string): Promise<T> {
  const file = path.join(dist, relative);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build:node first.`);
  return (await import(file)) as T;
}

export const compiledEngine = (): Promise<EngineModule> => load<EngineModule>('engine.js');
export const compiledDemo = (): Promise<DemoModule> => load<DemoModule>('demo/demoProject.js');
export const compiledJobs = (): Promise<JobsModule> => load<JobsModule>('jobs/analysisJobs.js');
export const compiledPreview = (): Promise<PreviewModule> => load<PreviewModule>('import/preview.js');

/** A fresh folder for a test's projects and state. */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-jobs-'));
}

/** Threads of this process now (Linux): a worker thread is one, and it is gone when its thread ends. */
export function threadCount(): number {
  return fs.readdirSync('/proc/self/task').length;
}
