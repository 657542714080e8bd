/**
 * Analysis jobs in real worker threads (the compiled engine): a clustering on two threads gives
 * the very result of one thread, and cancel stops a 100k clustering at once, its threads gone and
 * nothing answered after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClustering } from '../../electron/core/cluster/run.js';
import { WARM_START_MIN } from '../../electron/core/cluster/warmStart.js';
import type { Engine } from '../../electron/core/engine.js';
import type { AnalysisProgress } from '../../shared/contract/jobs.js';
import type { EventEnvelope } from '../../shared/transport.js';
import { compiledDemo, compiledEngine, compiledJobs, tempDir, threadCount } from './compiledEngine.js';

const linux = process.platform === 'linux';

describe('a clustering on two threads', () => {
  let dir = '';
  let engine: Engine;
  beforeAll(async () => {
    dir = tempDir();
    const { createEngine } = await compiledEngine();
    engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const { createDemoProject } = await compiledDemo();
    // Above 20,000 customers: every start is refined on the warm-start sample, and the silhouettes
    // are on the seeded sample, split in chunks over the threads.
    await createDemoProject(engine.session, {
      path: path.join(dir, 'shop.segwb'),
      customers: 24_000,
      orderLines: 90_000,
    });
    // The last import's snapshot is written by a worker thread of its own: counted threads must not include it.
    await engine.session.imports.settled();
  }, 120_000);
  afterAll(() => {
    engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same inertia, labels and silhouettes as one thread', async () => {
    const project = engine.session.requireProject();
    const params = { kRange: [2, 6] as [number, number], seed: 7 };
    const { AnalysisJobs } = await compiledJobs();
    const task = { kind: 'cluster' as const, params };
    const job = (threads: number) =>
      new AnalysisJobs(threads).run({ projectPath: project.path, db: project.db, task, onProgress: () => {} });
    const [one, two] = [await job(1), await job(2)];
    const here = runClustering(project.db, params);
    expect(two.result).toEqual(here.result);
    expect(one.result).toEqual(here.result);
    expect(Array.from(two.fit.labels)).toEqual(Array.from(here.fit.labels));
    expect(Array.from(two.data.ids)).toEqual(Array.from(here.data.ids));
    expect(two.result.silhouette.map((s) => s.k)).toEqual([2, 3, 4, 5, 6]);
    expect(two.result.silhouette_sample).toEqual({ size: 10_000, of: two.result.customers, seed: 7 });
    expect(two.result.customers).toBeGreaterThan(WARM_START_MIN);
  }, 120_000);
});

describe('cancelling a clustering of 100k customers', () => {
  let dir = '';
  let engine: Engine;
  beforeAll(async () => {
    dir = tempDir();
    const { createEngine } = await compiledEngine();
    engine = createEngine({ mode: 'cli', appVersion: 'test', projectsDir: dir, stateDir: dir });
    const { createDemoProject } = await compiledDemo();
    await createDemoProject(engine.session, {
      path: path.join(dir, 'big.segwb'),
      customers: 100_000,
      orderLines: 200_000,
    });
    // The last import's snapshot is written by a worker thread of its own: counted threads must not include it.
    await engine.session.imports.settled();
  }, 300_000);
  afterAll(() => {
    engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!linux)(
    'answers CANCELLED at once, ends its threads and sends nothing afterwards',
    async () => {
      const before = threadCount();
      const events: AnalysisProgress[] = [];
      let firstStep: () => void = () => {};
      const started = new Promise<void>((resolve) => {
        firstStep = resolve;
      });
      const off = engine.onEvent((envelope: EventEnvelope) => {
        if (envelope.event !== 'analysis/progress') return;
        events.push(envelope.payload as AnalysisProgress);
        if ((envelope.payload as AnalysisProgress).phase === 'kmeans') firstStep();
      });
      const answer = engine.call('cluster/run', { jobId: 'big-1', kRange: [2, 8] });
      await started;
      expect(threadCount()).toBeGreaterThanOrEqual(before + 2);
      const cancelledAt = performance.now();
      expect(await engine.call('analysis/cancel', { jobId: 'big-1' })).toEqual({
        ok: true,
        result: { cancelled: true },
      });
      const outcome = await answer;
      const waited = performance.now() - cancelledAt;
      expect(outcome).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'The clustering was cancelled.' } });
      expect(waited).toBeLessThan(1000);
      const seen = events.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      off();
      expect(events.length).toBe(seen);
      expect(events.every((e) => e.jobId === 'big-1')).toBe(true);
      expect(threadCount()).toBe(before);
      // The job is over: cancelling it again finds nothing.
      expect(await engine.call('analysis/cancel', { jobId: 'big-1' })).toEqual({
        ok: true,
        result: { cancelled: false },
      });
    },
    120_000,
  );
});
