import { describe, expect, it } from 'vitest';
import { hash32, Rng, weightedTable, zipfWeights } from '../../electron/core/demo/random.js';

function draws(rng: Rng, n: number, draw: (rng: Rng) => number): number[] {
  return Array.from({ length: n }, () => draw(rng));
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('demo PRNG', () => {
  it('is a fixed sequence for a seed (regression lock) and differs between seeds', () => {
    const first = draws(new Rng(1), 3, (r) => r.next());
    expect(first).toEqual(draws(new Rng(1), 3, (r) => r.next()));
    expect(first.map((x) => Math.round(x * 1e9))).toEqual([430745222, 571409658, 212285830]);
    expect(draws(new Rng(2), 3, (r) => r.next())).not.toEqual(first);
    expect(draws(new Rng(1, 7), 3, (r) => r.next())).not.toEqual(draws(new Rng(1, 8), 3, (r) => r.next()));
  });

  it('hashes order-sensitively', () => {
    expect(hash32(1, 2)).not.toBe(hash32(2, 1));
    expect(hash32(1, 2)).toBe(hash32(1, 2));
    expect(hash32(1, 2)).toBe(4017857470);
  });

  it('stays in [0, 1) and is uniform enough', () => {
    const values = draws(new Rng(3), 100_000, (r) => r.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mean(values)).toBeCloseTo(0.5, 2);
    const deciles = new Int32Array(10);
    for (const v of values) {
      const k = Math.floor(v * 10);
      deciles[k] = (deciles[k] ?? 0) + 1;
    }
    for (const count of deciles) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('draws integers within both inclusive bounds', () => {
    const values = draws(new Rng(4), 10_000, (r) => r.int(3, 6));
    expect(new Set(values)).toEqual(new Set([3, 4, 5, 6]));
  });

  it('picks in proportion to weights, never a zero weight', () => {
    const rng = new Rng(5);
    const counts = new Int32Array(3);
    for (let i = 0; i < 60_000; i++) {
      const k = rng.weightedIndex([1, 0, 2]);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect(Math.abs((counts[0] ?? 0) - 20_000)).toBeLessThan(600);
    const table = weightedTable(['a', 'b', 'c'], [0, 3, 1]);
    const picked = draws(rng, 40_000, (r) => r.pickIndex(table.cumulative));
    expect(picked.filter((k) => k === 0)).toHaveLength(0);
    expect(Math.abs(picked.filter((k) => k === 1).length - 30_000)).toBeLessThan(600);
  });

  it('has the right centre and spread for normal, lognormal and exponential draws', () => {
    const normal = draws(new Rng(6), 50_000, (r) => r.normal(10, 2));
    const m = mean(normal);
    const sd = Math.sqrt(mean(normal.map((x) => (x - m) ** 2)));
    expect(m).toBeCloseTo(10, 1);
    expect(sd).toBeCloseTo(2, 1);
    const logs = draws(new Rng(7), 50_000, (r) => r.lognormal(0, 1)).sort((a, b) => a - b);
    expect(logs[25_000]).toBeCloseTo(1, 1); // median exp(mu)
    expect(mean(draws(new Rng(8), 50_000, (r) => r.exponential(5)))).toBeCloseTo(5, 0);
  });

  it('draws Pareto values at or above the scale, with a heavy tail', () => {
    const values = draws(new Rng(9), 50_000, (r) => r.pareto(2, 1.5)).sort((a, b) => b - a);
    expect(values[values.length - 1]).toBeGreaterThanOrEqual(2);
    const top = values.slice(0, 10_000).reduce((a, b) => a + b, 0);
    expect(top / values.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.5);
  });

  it('builds Zipf weights 1/k^s', () => {
    expect(zipfWeights(3, 1)).toEqual([1, 0.5, 1 / 3]);
  });
});
