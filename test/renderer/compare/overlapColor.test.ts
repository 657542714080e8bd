import { describe, expect, it } from 'vitest';
import { barPercent, overlapColor } from '../../../renderer/src/compare/overlapColor.js';

describe('overlap colours and bars', () => {
  it('colours by Jaccard and leaves empty cells blank', () => {
    expect(overlapColor(null)).toBe('transparent');
    expect(overlapColor(0)).toBe('transparent');
    expect(overlapColor(1)).toBe('rgba(47, 84, 235, 0.75)');
    expect(overlapColor(0.5)).toBe('rgba(47, 84, 235, 0.38)');
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(0, 10)).toBe(0);
  });
});
