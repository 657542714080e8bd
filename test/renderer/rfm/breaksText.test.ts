import { describe, expect, it } from 'vitest';
import { breaksText, parseBreaks } from '../../../renderer/src/rfm/breaksText.js';

describe('parseBreaks', () => {
  it('reads bins - 1 ascending numbers separated by spaces or semicolons', () => {
    expect(parseBreaks('10; 30 90  180', 5)).toEqual({ ok: true, values: [10, 30, 90, 180] });
    expect(parseBreaks(' 1.5;2 ', 3)).toEqual({ ok: true, values: [1.5, 2] });
  });

  it('accepts equal breaks but not falling ones, wrong counts or words', () => {
    expect(parseBreaks('2 2', 3)).toEqual({ ok: true, values: [2, 2] });
    expect(parseBreaks('3 2', 3)).toEqual({ ok: false });
    expect(parseBreaks('1 2 3', 3)).toEqual({ ok: false });
    expect(parseBreaks('1 x', 3)).toEqual({ ok: false });
    expect(parseBreaks('', 3)).toEqual({ ok: false });
  });

  it('writes breaks back in the same form', () => {
    expect(breaksText([10, 30.5])).toBe('10; 30.5');
  });
});
