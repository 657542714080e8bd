/**
 * Principal components of the standardised clustering fields, for the scatter of the clusters:
 * the eigenvectors of the covariance matrix (population, divide by n, as the z-scores are), found
 * with the cyclic Jacobi method (Golub & Van Loan, "Matrix Computations", §8.5), exact enough for
 * the few fields a clustering uses. Each component's sign is fixed so that its largest loading
 * (by absolute value; the first on a tie) is positive: the same data always gives the same picture.
 */
import type { Points } from './kmeans.js';

export interface Components {
  /** Eigenvalues, largest first (variances along the components). */
  variances: Float64Array;
  /** Row c: the unit eigenvector of component c (d values). */
  vectors: Float64Array[];
}

const SWEEPS = 100;

export function principalComponents(points: Points): Components {
  const { d } = points;
  const a = covariance(points);
  const v = Array.from({ length: d }, (_, i) => Float64Array.from({ length: d }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < SWEEPS; sweep += 1) {
    let off = 0;
    for (let p = 0; p < d; p += 1) for (let q = p + 1; q < d; q += 1) off += (a[p]?.[q] as number) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < d; p += 1) for (let q = p + 1; q < d; q += 1) rotate(a, v, p, q);
  }
  const order = [...Array(d).keys()].sort((x, y) => (a[y]?.[y] as number) - (a[x]?.[x] as number) || x - y);
  const variances = Float64Array.from(order, (i) => Math.max(0, a[i]?.[i] as number));
  // v's columns are the eigenvectors.
  const vectors = order.map((i) => fixSign(Float64Array.from({ length: d }, (_, r) => v[r]?.[i] as number)));
  return { variances, vectors };
}

/** Population covariance matrix (d x d) of the points. */
function covariance(points: Points): Float64Array[] {
  const { values, n, d } = points;
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i += 1)
    for (let t = 0; t < d; t += 1) mean[t] = (mean[t] as number) + (values[i * d + t] as number);
  for (let t = 0; t < d; t += 1) mean[t] = n > 0 ? (mean[t] as number) / n : 0;
  const c = Array.from({ length: d }, () => new Float64Array(d));
  for (let i = 0; i < n; i += 1) {
    for (let p = 0; p < d; p += 1) {
      const dp = (values[i * d + p] as number) - (mean[p] as number);
      const row = c[p] as Float64Array;
      for (let q = p; q < d; q += 1)
        row[q] = (row[q] as number) + dp * ((values[i * d + q] as number) - (mean[q] as number));
    }
  }
  for (let p = 0; p < d; p += 1) {
    for (let q = p; q < d; q += 1) {
      const value = n > 0 ? ((c[p] as Float64Array)[q] as number) / n : 0;
      (c[p] as Float64Array)[q] = value;
      (c[q] as Float64Array)[p] = value;
    }
  }
  return c;
}

/** One Jacobi rotation zeroing a[p][q] (a symmetric), accumulated into v. */
function rotate(a: Float64Array[], v: Float64Array[], p: number, q: number): void {
  const apq = a[p]?.[q] as number;
  if (apq === 0) return;
  const app = a[p]?.[p] as number;
  const aqq = a[q]?.[q] as number;
  const theta = (aqq - app) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  const d = a.length;
  for (let k = 0; k < d; k += 1) {
    const akp = a[k]?.[p] as number;
    const akq = a[k]?.[q] as number;
    (a[k] as Float64Array)[p] = c * akp - s * akq;
    (a[k] as Float64Array)[q] = s * akp + c * akq;
  }
  for (let k = 0; k < d; k += 1) {
    const apk = a[p]?.[k] as number;
    const aqk = a[q]?.[k] as number;
    (a[p] as Float64Array)[k] = c * apk - s * aqk;
    (a[q] as Float64Array)[k] = s * apk + c * aqk;
  }
  for (let k = 0; k < d; k += 1) {
    const vkp = v[k]?.[p] as number;
    const vkq = v[k]?.[q] as number;
    (v[k] as Float64Array)[p] = c * vkp - s * vkq;
    (v[k] as Float64Array)[q] = s * vkp + c * vkq;
  }
}

function fixSign(vector: Float64Array): Float64Array {
  let largest = 0;
  for (let i = 1; i < vector.length; i += 1) {
    if (Math.abs(vector[i] as number) > Math.abs(vector[largest] as number)) largest = i;
  }
  return (vector[largest] as number) < 0 ? vector.map((x) => -x) : vector;
}
