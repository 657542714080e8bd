/**
 * The clustering on two threads (inside the analysis worker): the ks are independent, so this
 * thread and a helper take them from one shared queue, largest k first (they take longest), and
 * then score half of the silhouette chunks each. Each k's restarts are seeded as on one thread and
 * the silhouette chunks are added in the same order, so the result is the same to the last bit as
 * runClustering's (test/jobs/parallelClustering.test.ts).
 */
import { Worker } from 'node:worker_threads';
import type { ClusterParams } from '../../../shared/contract/cluster.js';
import { WorkbenchError } from '../../../shared/errors.js';
import { type KMeansFit, kmeansBest } from '../cluster/kmeans.js';
import {
  type ClusterRun,
  type ClusterStep,
  describeClustering,
  planClustering,
  silhouetteInput,
} from '../cluster/run.js';
import { combineSilhouettes, silhouetteChunkCount, silhouetteChunks } from '../cluster/silhouette.js';
import type { Db } from '../db/projectFile.js';
import { compiledWorkerScript } from '../import/workerThread.js';
import type { KMeansHelperInput, KMeansHelperMessage, SilhouetteRequest } from './kmeansHelperProtocol.js';

export async function clusterInParallel(
  db: Db,
  params: ClusterParams,
  threads: number,
  onStep: (step: ClusterStep) => void,
): Promise<ClusterRun> {
  const plan = planClustering(db, params);
  const total = plan.ks.length;
  const order = [...plan.ks].sort((a, b) => b - a);
  const queue = new SharedArrayBuffer(4);
  const fits = new Map<number, KMeansFit>();
  const reportFit = (fit: KMeansFit) => {
    fits.set(fit.k, fit);
    onStep({ phase: 'kmeans', done: fits.size, total });
  };
  const script = threads > 1 && total > 1 ? compiledWorkerScript('./kmeansHelper.js', import.meta.url) : null;
  const helper = script
    ? new Helper(script, { ...plan.points, seed: plan.seed, restarts: plan.restarts, order, queue }, reportFit)
    : null;
  try {
    const taken = new Int32Array(queue);
    for (let next = Atomics.add(taken, 0, 1); next < order.length; next = Atomics.add(taken, 0, 1)) {
      reportFit(kmeansBest(plan.points, order[next] as number, plan.seed, plan.restarts));
      // Lets the helper's fits in between this thread's own, so the progress stays current.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await helper?.kmeansDone;
    const ordered = plan.ks.map((k) => fits.get(k) as KMeansFit);
    const { points, labelings } = silhouetteInput(plan, ordered);
    onStep({ phase: 'silhouette', done: 0, total: 1 });
    const chunks = silhouetteChunkCount(points.n);
    const half = helper ? Math.floor(chunks / 2) : 0;
    const theirs = helper?.silhouette({
      values: points.values,
      n: points.n,
      d: points.d,
      labelings,
      first: 0,
      last: half,
    });
    const mine = silhouetteChunks(points, labelings, half, chunks);
    const scores = combineSilhouettes(points.n, labelings, [...((await theirs) ?? []), ...mine]);
    onStep({ phase: 'silhouette', done: 1, total: 1 });
    return describeClustering(plan, ordered, scores);
  } finally {
    await helper?.stop();
  }
}

/** The helper thread as this thread sees it. */
class Helper {
  readonly kmeansDone: Promise<void>;
  private readonly worker: Worker;
  private failure: Error | null = null;
  private pending: { resolve(chunks: Float64Array[]): void; reject(error: Error): void } | null = null;

  constructor(script: string, input: KMeansHelperInput, onFit: (fit: KMeansFit) => void) {
    this.worker = new Worker(script, { workerData: input });
    let kmeansResolve: () => void = () => {};
    let kmeansReject: (error: Error) => void = () => {};
    this.kmeansDone = new Promise<void>((resolve, reject) => {
      kmeansResolve = resolve;
      kmeansReject = reject;
    });
    // Awaited later; a failure before then must not count as unhandled (it would end the worker).
    this.kmeansDone.catch(() => {});
    const fail = (error: Error) => {
      this.failure ??= error;
      kmeansReject(error);
      this.pending?.reject(error);
    };
    this.worker.on('message', (message: KMeansHelperMessage) => {
      if (message.type === 'fit') onFit(message.fit);
      else if (message.type === 'kmeansDone') kmeansResolve();
      else if (message.type === 'silhouette') this.pending?.resolve(message.chunks);
      else fail(new WorkbenchError('INTERNAL', `The clustering failed: ${message.message}. Run it again.`));
    });
    this.worker.on('error', (error) =>
      fail(new WorkbenchError('INTERNAL', `The clustering stopped unexpectedly (${error.message}). Run it again.`)),
    );
  }

  silhouette(request: SilhouetteRequest): Promise<Float64Array[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
