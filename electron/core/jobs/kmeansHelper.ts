/**
 * Worker-thread entry of a clustering's helper: takes ks from the queue it shares with the
 * clustering's worker until none is left, posting each k's fit, then scores the silhouette chunks
 * it is asked for. Every k is seeded as on one thread, so the split changes no result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { kmeansBest, type Points } from '../cluster/kmeans.js';
import { silhouetteChunks } from '../cluster/silhouette.js';
import type { KMeansHelperInput, KMeansHelperMessage, SilhouetteRequest } from './kmeansHelperProtocol.js';

const input = workerData as KMeansHelperInput;
const post = (message: KMeansHelperMessage) => parentPort?.postMessage(message);

try {
  const points: Points = { values: input.values, n: input.n, d: input.d };
  const queue = new Int32Array(input.queue);
  for (let next = Atomics.add(queue, 0, 1); next < input.order.length; next = Atomics.add(queue, 0, 1)) {
    post({ type: 'fit', fit: kmeansBest(points, input.order[next] as number, input.seed, input.restarts) });
  }
  post({ type: 'kmeansDone' });
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}

parentPort?.on('message', (request: SilhouetteRequest) => {
  try {
    const points: Points = { values: request.values, n: request.n, d: request.d };
    post({ type: 'silhouette', chunks: silhouetteChunks(points, request.labelings, request.first, request.last) });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
