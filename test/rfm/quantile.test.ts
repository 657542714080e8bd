/** Type-7 quantiles and scores, against values worked out by hand. */
import { describe, expect, it } from 'vitest';
import { buildModel, scoreCustomer } from '../../electron/core/rfm/model.js';
import type { RfmPopulation } from '../../electron/core/rfm/population.js';
import {
  median,
  quantileBreaks,
  quantileFraction,
  quantileType7,
  sortedCopy,
} from '../../electron/core/rfm/quantile.js';
import { ascendingScore, breaksExceeded, recencyScore } from '../../electron/core/rfm/score.js';
import { medianInPlace, selectInPlace } from '../../electron/core/rfm/select.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../electron/core/rfm/settings.js';

describe('quantileType7', () => {
  it('interpolates between order statistics: h = (N - 1) p', () => {
    const x = [10, 20, 40, 80]; // N = 4
    expect(quantileType7(x, 0)).toBe(10);
    expect(quantileType7(x, 1)).toBe(80);
    expect(quantileType7(x, 0.5)).toBe(30); // h = 1.5: 20 + .5 * 20
    expect(quantileType7(x, 0.25)).toBe(17.5); // h = .75: 10 + .75 * 10
    expect(quantileType7(x, 0.75)).toBe(50); // h = 2.25: 40 + .25 * 40
    expect(quantileType7(x, 0.2)).toBeCloseTo(16, 12); // h = .6: 10 + .6 * 10
    expect(quantileType7(x, 0.8)).toBeCloseTo(56, 12); // h = 2.4: 40 + .4 * 40 (Excel PERCENTILE.INC: 56)
  });

  it('gives the only value of one, and refuses none', () => {
    expect(quantileType7([7], 0.4)).toBe(7);
    expect(() => quantileType7([], 0.5)).toThrow(RangeError);
  });

  it('breaks k/bins; none without values; equal neighbours give equal breaks', () => {
    // N = 6, 5 bins: h = 5k/5 = k, the order statistics x[1..4] themselves.
    expect(quantileBreaks([1, 1, 1, 1, 2, 3], 5)).toEqual([1, 1, 1, 2]);
    // N = 5, 3 bins: h = 4/3, 8/3: 2 + (1/3)(3 - 2), 3 + (2/3)(4 - 3).
    const three = quantileBreaks([1, 2, 3, 4, 100], 3);
    expect(three[0]).toBeCloseTo(7 / 3, 12);
    expect(three[1]).toBeCloseTo(11 / 3, 12);
    expect(quantileBreaks([], 4)).toEqual([]);
  });

  it('keeps h = (N - 1) k / n exact for the breaks, where floating-point h lands an ulp off', () => {
    const recency = [1, 5, 5, 20, 30, 45, 60, 90, 200, 365];
    // h = 9 * 3/5 = 5.4: 45 + .4 * 15 = 51. In floating point 9 * 0.6 = 5.3999999999999995, so
    // R and numpy give 50.99999999999999, and a customer with recency 51 would "exceed" it.
    expect(quantileType7(recency, 0.6)).toBe(50.99999999999999);
    expect(quantileFraction(recency, 3, 5)).toBe(51);
    expect(quantileBreaks(recency, 5)).toEqual([5, 26, 51, 112]);
    // Money: 300 + .4 * 200 = 380 (floating-point h: 379.9999999999999).
    expect(quantileFraction([20, 50, 100, 200, 250, 300, 500, 500, 800, 1000], 3, 5)).toBe(380);
    // Medians: the middle value, or the mean of the two middle values.
    expect(median([1, 2, 10])).toBe(2);
    expect(median([1, 2, 10, 11])).toBe(6);
  });

  it('selects the k-th value and the median without sorting (as sorting would give them)', () => {
    expect(medianInPlace(Float64Array.from([9, 1, 5]))).toBe(5);
    expect(medianInPlace(Float64Array.from([9, 1, 5, 3]))).toBe(4); // (3 + 5) / 2
    expect(medianInPlace(Float64Array.from([2, 2, 2, 7, 7, 7]))).toBe(4.5);
    expect(medianInPlace(Float64Array.from([-3]))).toBe(-3);
    // Against a sort, on seeded pseudo-random arrays with many ties.
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let run = 0; run < 200; run += 1) {
      const values = Float64Array.from({ length: 1 + Math.floor(next() * 60) }, () => Math.floor(next() * 10));
      const sorted = [...values].sort((a, b) => a - b);
      const k = Math.floor(next() * values.length);
      expect(selectInPlace(Float64Array.from(values), k)).toBe(sorted[k]);
      expect(medianInPlace(Float64Array.from(values))).toBe(median(sorted));
    }
  });

  it('sorts numerically, not as text', () => {
    expect([...sortedCopy([10, 9, 100, -1])]).toEqual([-1, 9, 10, 100]);
  });
});

describe('scores', () => {
  it('1 + breaks exceeded strictly; recency reversed', () => {
    const breaks = [2, 4, 4, 8];
    expect([1, 2, 3, 4, 5, 8, 9].map((x) => breaksExceeded(x, breaks))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect([1, 2, 3, 4, 5, 8, 9].map((x) => ascendingScore(x, breaks))).toEqual([1, 1, 2, 2, 4, 4, 5]);
    // 5 bins: R = 6 - (1 + exceeded), so the most recent customers get 5.
    expect([1, 2, 3, 4, 5, 8, 9].map((x) => recencyScore(x, breaks, 5))).toEqual([5, 5, 4, 4, 2, 2, 1]);
  });

  it('equal breaks leave the scores between them empty (frequency 1 1 1 1 2 3)', () => {
    const population: RfmPopulation = {
      ids: Float64Array.from([1, 2, 3, 4, 5, 6]),
      recency: Float64Array.from([1, 2, 3, 4, 5, 6]),
      frequency: Float64Array.from([1, 1, 1, 1, 2, 3]),
      monetary: Float64Array.from([5, 5, 5, 5, 5, 5]),
      unscored: 0,
      unscoredRevenue: 0,
    };
    const model = buildModel(DEFAULT_SETTINGS, 100, population);
    // breaks 1, 1, 1, 2: frequency 1 exceeds none (F 1), 2 exceeds three (F 4), 3 all four (F 5).
    expect(model.breaks.frequency).toEqual([1, 1, 1, 2]);
    expect([1, 2, 3].map((f) => scoreCustomer(model, 1, f, 5).f)).toEqual([1, 4, 5]);
    // Every monetary value equal: all four breaks are 5 and everyone scores M 1.
    expect(model.breaks.monetary).toEqual([5, 5, 5, 5]);
    expect(scoreCustomer(model, 1, 1, 5).m).toBe(1);
  });

  it('the same customer under thresholds scores from the typed breaks', () => {
    const settings = resolveSettings({
      bins: 3,
      thresholds: { recency: [30, 90], frequency: [1, 3], monetary: [100, 500] },
    });
    expect(settings.method).toBe('thresholds');
    const empty: RfmPopulation = {
      ids: new Float64Array(),
      recency: new Float64Array(),
      frequency: new Float64Array(),
      monetary: new Float64Array(),
      unscored: 0,
      unscoredRevenue: 0,
    };
    const model = buildModel(settings, 0, empty);
    // recency 30 exceeds none -> R 3; frequency 3 exceeds 1 -> F 2; monetary 501 exceeds both -> M 3.
    expect(scoreCustomer(model, 30, 3, 501)).toMatchObject({ r: 3, f: 2, m: 3 });
    expect(scoreCustomer(model, 91, 1, 100)).toMatchObject({ r: 1, f: 1, m: 1 });
  });
});
