import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pagesForRange, pagesToEvict, rowAt } from '../../../renderer/src/data/pageWindow.js';

describe('pagesForRange', () => {
  it('fetches the pages on screen plus one either side', () => {
    expect(PAGE_SIZE).toBe(200);
    expect(pagesForRange(0, 25, 100_000)).toEqual([0, 1]);
    expect(pagesForRange(450, 480, 100_000)).toEqual([1, 2, 3]);
    expect(pagesForRange(590, 610, 100_000)).toEqual([1, 2, 3, 4]);
  });

  it('stops at the last page', () => {
    expect(pagesForRange(99_990, 99_999, 100_000)).toEqual([498, 499]);
    expect(pagesForRange(0, 30, 150)).toEqual([0]);
  });

  it('asks for nothing when there are no rows', () => {
    expect(pagesForRange(0, 0, 0)).toEqual([]);
    expect(pagesForRange(5, 2, 100)).toEqual([]);
  });
});

describe('rowAt', () => {
  it('finds a row in its page, or nothing while the page is missing', () => {
    const pages = { 0: ['a', 'b'], 2: ['e', 'f'] };
    expect(rowAt(pages, 1, 2)).toBe('b');
    expect(rowAt(pages, 4, 2)).toBe('e');
    expect(rowAt(pages, 2, 2)).toBeUndefined();
  });
});

describe('pagesToEvict', () => {
  it('drops the pages farthest from the one in view', () => {
    expect(pagesToEvict([0, 1, 2, 3, 10, 11], 10, 4)).toEqual([0, 1]);
    expect(pagesToEvict([0, 1, 2], 1, 4)).toEqual([]);
  });
});
