/**
 * Scaling of the clustering fields: optional log1p, then z-scores with the population standard
 * deviation (divide by n, as scikit-learn's StandardScaler does), so that every field weighs the
 * same in the Euclidean distance whatever its unit.
 */

/** Column-wise mean and population standard deviation of n rows of d values (row-major). */
export interface Scale {
  mean: Float64Array;
  sd: Float64Array;
}

export function populationScale(values: Float64Array, n: number, d: number): Scale {
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j < d; j += 1) mean[j] = (mean[j] as number) + (values[i * d + j] as number);
  for (let j = 0; j < d; j += 1) mean[j] = n > 0 ? (mean[j] as number) / n : 0;
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < d; j += 1) {
      const dev = (values[i * d + j] as number) - (mean[j] as number);
      sd[j] = (sd[j] as number) + dev * dev;
    }
  }
  for (let j = 0; j < d; j += 1) sd[j] = n > 0 ? Math.sqrt((sd[j] as number) / n) : 0;
  return { mean, sd };
}

/**
 * z = (x - mean) / sd. A field with one value for everyone (sd 0) gets z = 0: it cannot separate
 * anyone, and dividing by 0 would poison every distance.
 */
export function zScores(
  values: Float64Array,
  n: number,
  d: number,
  scale: Scale = populationScale(values, n, d),
): Float64Array {
  const z = new Float64Array(n * d);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < d; j += 1) {
      const sd = scale.sd[j] as number;
      z[i * d + j] = sd > 0 ? ((values[i * d + j] as number) - (scale.mean[j] as number)) / sd : 0;
    }
  }
  return z;
}

/** log(1 + x) of every value; defined for x > -1 only (the caller leaves the others out). */
export function log1pAll(values: Float64Array): Float64Array {
  return values.map((x) => Math.log1p(x));
}
