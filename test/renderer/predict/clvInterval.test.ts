import { describe, expect, it } from 'vitest';
import { clvInterval, Z_90 } from '../../../renderer/src/predict/clvInterval.js';

describe('clvInterval', () => {
  it('is clv ± 1.645 standard errors, the 5% and 95% points of the normal', () => {
    expect(Z_90).toBe(1.6448536269514722);
    expect(clvInterval(100, 10)).toEqual({ low: 100 - 16.448536269514722, high: 116.44853626951472 });
  });

  it('clips the lower end at 0 and has no interval without a standard error', () => {
    expect(clvInterval(5, 10)).toEqual({ low: 0, high: 5 + 16.448536269514722 });
    expect(clvInterval(5, null)).toBeNull();
    expect(clvInterval(5, Number.NaN)).toBeNull();
  });
});
