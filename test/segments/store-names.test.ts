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

  it('names the copy of a 193-character name in full, "(copy)" included: exactly 200 characters', () => {
    const name = 'x'.repeat(193);
    expect(copyName(name, new Set())).toBe(`${name} (copy)`);
  });

  it('refuses to cut a long name to fit "(copy)", saying the limit (a Persian tail is not lost)', () => {
    const name = `${'ب'.repeat(189)} پایانِ نام`;
    expect(name).toHaveLength(200);
    expect(() => copyName(name, new Set())).toThrow(
      `“${name}” is too long to copy: with “(copy)” the name would have 207 characters, and names can have at most 200. Shorten it to 193 characters or fewer, then duplicate it.`,
    );
  });

  it('compares names without case, surrounding spaces or Unicode composition', () => {
    expect(foldName(' Ümlaut ')).toBe(foldName('u\u0308mlaut'));
    expect(foldName('VIP')).not.toBe(foldName('VIP2'));
  });
});
