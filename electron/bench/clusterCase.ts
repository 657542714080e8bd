/**
 * Clustering benchmark, the job as the app runs it: a demo shop of N customers (default 100,000;
 * imported once, not timed), then cluster/run over k = 2..8 with the default fields (recency,
 * frequency, monetary, log1p, z-scores; 10 seeded k-means++ restarts per k; silhouettes on the
 * seeded sample of 10,000) through the engine's analysis jobs: the worker thread that reads the
 * project, the helper thread that takes half the ks and half the silhouette chunks. Several runs,
 * min / median / max of the wall time, the same on one thread (runClustering) for comparison, and
 * the load average, since the build machines are shared, and the CPU seconds of both (what a loaded
 * machine does not inflate as much as the wall time). Target (issue 9): <= 3 s.
 *   node dist/electron/bench/clusterCase.js [--customers 100000] [--runs 5] [--project file.segwb]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runClustering } from '../core/cluster/run.js';
import { createDemoProject } from '../core/demo/demoProject.js';
import { AnalysisJobs } from '../core/jobs/analysisJobs.js';
import { Session } from '../core/session.js';
import { percentile } from './stats.js';

const { values } = parseArgs({
  options: { customers: { type: 'string' }, runs: { type: 'string' }, project: { type: 'string' } },
});
const customers = Number(values.customers ?? 100_000);
const runs = Number(values.runs ?? 5);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'segwb-bench-cluster-'));
const session = new Session({ mode: 'cli', appVersion: 'bench', projectsDir: dir, stateDir: dir });
const project = values.project
  ? session.open(values.project)
  : (await createDemoProject(session, { path: path.join(dir, 'bench.segwb'), customers, seed: 7 })).project;

const params = { kRange: [2, 8] as [number, number] };
const loadAverage = (): number => Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
const summary = (samples: number[]) => ({
  min: round(Math.min(...samples)),
  median: round(percentile(samples, 50)),
  max: round(Math.max(...samples)),
});
const round = (s: number) => Math.round(s * 1000) / 1000;

async function timeRuns(
  threads: number,
): Promise<{ seconds: number[]; cpu: number[]; load: number[]; k: number; n: number }> {
  const jobs = new AnalysisJobs(threads);
  const seconds: number[] = [];
  const cpu: number[] = [];
  const load: number[] = [];
  let k = 0;
  let n = 0;
  for (let i = 0; i < runs; i += 1) {
    load.push(loadAverage());
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const run = await jobs.run({
      projectPath: project.path,
      db: project.db,
      task: { kind: 'cluster', params },
      onProgress: () => {},
    });
    seconds.push((performance.now() - started) / 1000);
    // Every thread of the process: the worker and its helper included.
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1e6);
    k = run.result.k;
    n = run.result.customers;
  }
  return { seconds, cpu, load, k, n };
}

const two = await timeRuns(2);
const oneThread: number[] = [];
const oneThreadCpu: number[] = [];
for (let i = 0; i < Math.min(runs, 3); i += 1) {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  runClustering(project.db, params);
  oneThread.push((performance.now() - started) / 1000);
  const used = process.cpuUsage(cpuBefore);
  oneThreadCpu.push((used.user + used.system) / 1e6);
}
console.log(
  JSON.stringify({
    case: 'cluster',
    customers: two.n,
    fields: 3,
    ks: '2..8',
    restarts: 10,
    k: two.k,
    runs,
    jobS: summary(two.seconds),
    jobCpuS: summary(two.cpu),
    oneThreadS: summary(oneThread),
    oneThreadCpuS: summary(oneThreadCpu),
    loadAverage1m: { min: Math.min(...two.load), max: Math.max(...two.load) },
    cores: os.availableParallelism(),
    targetS: 3,
  }),
);
session.close();
fs.rmSync(dir, { recursive: true, force: true });
