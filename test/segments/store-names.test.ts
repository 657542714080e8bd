import { describe, expect, it } from 'vitest';
import { copyName, foldName } from '../../electron/core/segments/names.js';

describe('segment names', () => {
  it.each([
    ['VIP', [], 'VIP (copy)'],
    ['VIP', ['vip (copy)'], 'VIP (copy 2)'],
    ['VIP (copy)', ['vip (copy)'], 'VIP (copy 2)'],
    ['VIP (copy 7)', ['vip (copy)', 'vip (copy 2)'], 'VIP (copy 3)'],
    ['Copy (copy) x', [], 'Copy (copy) x (copy)'],
  ])('copy of %j with %j taken -> %j', (name, taken, expected) => {
    expect(copyName(name, new Set(taken))).toBe(expected);
  });

  it('keeps a copy of a 200-character name within 200 characters', () => {
    const name = 'x'.repeat(200);
    const copy = copyName(name, new Set());
    expect(copy).toHaveLength(200);
    expect(copy.endsWith('x (copy)')).toBe(true);
  });

  it('compares names without case, surrounding spaces or Unicode composition', () => {
    expect(foldName(' Ümlaut ')).toBe(foldName('u\u0308mlaut'));
    expect(foldName('VIP')).not.toBe(foldName('VIP2'));
  });
});
