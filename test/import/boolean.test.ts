import { describe, expect, it } from 'vitest';
import { parseBoolean } from '../../electron/core/import/values/boolean.js';

describe('parseBoolean', () => {
  it.each([
    ['true', 1],
    ['TRUE', 1],
    ['Yes', 1],
    ['y', 1],
    ['T', 1],
    ['1', 1],
    [' yes ', 1],
    ['بله', 1],
    ['بلی', 1],
    ['نعم', 1],
    ['ie', 1],
    ['Ie', 1],
    ['false', 0],
    ['No', 0],
    ['N', 0],
    ['f', 0],
    ['0', 0],
    ['خیر', 0],
    ['خير', 0],
    ['لا', 0],
    ['na', 0],
    ['NA', 0],
  ] as const)('%j -> %d', (text, expected) => {
    expect(parseBoolean(text)).toBe(expected);
  });

  it.each(['', 'maybe', '2', 'yes!', 'oui?', '10', 'true false'])('%j is not a yes/no', (text) => {
    expect(parseBoolean(text)).toBeNaN();
  });
});
