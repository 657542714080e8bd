/**
 * Clustering benchmark: 100k synthetic customers x 3 fields (recency, frequency, monetary shapes,
 * seeded), log1p and z-scores, k-means with 10 restarts for each k = 2..8, and the mean silhouette
 * of every k on the seeded sample of 10,000: the work of cluster/run after the fields are read.
 * Target <= 3 s. Prints one JSON line.  node dist/electron/bench/clusterCase.js [--customers 100000]
 */
import { parseArgs } from 'node:util';
import { kmeansBest, type Points } from '../core/cluster/kmeans.js';
import {
  meanSilhouettes,
  SILHOUETTE_EXACT_LIMIT,
  sampleIndices,
  subset,
  subsetLabels,
} from '../core/cluster/silhouette.js';
import { log1pAll, zScores } from '../core/cluster/standardize.js';
import { Rng } from '../core/demo/random.js';

const { values } = parseArgs({ options: { customers: { type: 'string' } } });
const n = Number(values.customers ?? 100_000);
const d = 3;
const rng = new Rng(2026);
const raw = new Float64Array(n * d);
for (let i = 0; i < n; i += 1) {
  const loyal = rng.chance(0.2);
  raw[i * d] = Math.floor(rng.uniform(0, loyal ? 60 : 400));
  raw[i * d + 1] = 1 + Math.floor(-Math.log(1 - rng.next()) * (loyal ? 8 : 1.5));
  raw[i * d + 2] = (raw[i * d + 1] as number) * rng.uniform(10, loyal ? 120 : 60);
}
const started = performance.now();
const points: Points = { values: zScores(log1pAll(raw), n, d), n, d };
const fits = [2, 3, 4, 5, 6, 7, 8].map((k) => kmeansBest(points, k, 42));
const kmeansS = (performance.now() - started) / 1000;
const indices = n > SILHOUETTE_EXACT_LIMIT ? sampleIndices(n, SILHOUETTE_EXACT_LIMIT, 42) : null;
const scores = meanSilhouettes(
  indices ? subset(points, indices) : points,
  fits.map((f) => ({ k: f.k, labels: indices ? subsetLabels(f.labels, indices) : f.labels })),
);
const totalS = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    case: 'cluster',
    customers: n,
    fields: d,
    ks: '2..8',
    restarts: 10,
    kmeansS: Math.round(kmeansS * 1000) / 1000,
    silhouetteS: Math.round((totalS - kmeansS) * 1000) / 1000,
    totalS: Math.round(totalS * 1000) / 1000,
    targetS: 3,
    silhouette: fits.map((f, i) => ({ k: f.k, score: Math.round((scores[i] as number) * 1e4) / 1e4 })),
  }),
);
