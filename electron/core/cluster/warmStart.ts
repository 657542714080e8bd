/**
 * Warm starts for k-means on many points (P. S. Bradley & U. M. Fayyad 1998, "Refining initial
 * points for k-means clustering", ICML): a start is first refined by Lloyd's iterations on a
 * seeded sample, then iterated on all the points until convergence there. On the full data the
 * expensive early iterations, where most points change cluster, are replaced by the same
 * iterations on the sample; the full data only settles the last moves. The seeding stays
 * k-means++ on all the points, and convergence is on all the points, so what a run returns is a
 * Lloyd fixed point of the full data as before. Below WARM_START_MIN points nothing changes.
 */

import type { Points } from './kmeans.js';
import { sampleIndices, subset } from './silhouette.js';

/** From this many points on, each start is refined on a sample first. */
export const WARM_START_MIN = 20_000;
/** The sample's size. */
export const WARM_START_SAMPLE = 10_000;
/** The sample's seed: fixed, so every restart and every thread refines on the same points. */
const WARM_START_SEED = 0x3a11;

/** The seeded sample the starts are refined on, or null below WARM_START_MIN points. */
export function warmStartSample(points: Points): Points | null {
  if (points.n < WARM_START_MIN) return null;
  return subset(points, sampleIndices(points.n, WARM_START_SAMPLE, WARM_START_SEED));
}
