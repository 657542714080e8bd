/** Timing and percentiles for the benchmark. */
import { performance } from 'node:perf_hooks';

export async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/** Nearest-rank percentile of the samples (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** fn timed `runs` times, in milliseconds; `before` runs untimed ahead of each (e.g. drop caches for a cold figure). */
export async function samplesMs(runs: number, fn: () => unknown, before?: () => void): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    before?.();
    samples.push((await timeIt(fn)).seconds * 1000);
  }
  return samples;
}
