/** Messages between a clustering's worker and the helper thread that takes half of its work. */
import type { KMeansFit } from '../cluster/kmeans.js';
import type { Labeling } from '../cluster/silhouette.js';

export interface KMeansHelperInput {
  /** The standardised points (row-major n x d). */
  values: Float64Array;
  n: number;
  d: number;
  seed: number;
  restarts: number;
  /** The ks in the order they are taken. */
  order: number[];
  /** Int32Array over it: index 0 is the next position of `order` to take, shared by both threads. */
  queue: SharedArrayBuffer;
}

/** The silhouettes' chunks first..last - 1 of these points and labelings. */
export interface SilhouetteRequest {
  values: Float64Array;
  n: number;
  d: number;
  labelings: Labeling[];
  first: number;
  last: number;
}

export type KMeansHelperMessage =
  | { type: 'fit'; fit: KMeansFit }
  | { type: 'kmeansDone' }
  | { type: 'silhouette'; chunks: Float64Array[] }
  | { type: 'error'; message: string };
