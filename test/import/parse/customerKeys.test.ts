/**
 * The customer key table of an import: exact lookups for every kind of key, and the memory it
 * holds for the ~1.09M customers of a 1 GB orders file.
 */
import { describe, expect, it } from 'vitest';
import { CustomerKeys } from '../../../electron/core/import/parse/customerKeys.js';

/** The bench's customer keys (electron/bench/generate.ts): C000000, C000001, ... */
const benchKey = (i: number) => `C${String(i).padStart(6, '0')}`;

describe('CustomerKeys', () => {
  it('finds every key of a 1 GB file exactly, in 35,127,296 bytes (the table doubling its arrays took 50,331,648)', () => {
    const keys = new CustomerKeys();
    const customers = 1_093_452;
    for (let i = 0; i < customers; i += 1) keys.add(benchKey(i), i + 1);
    let wrong = 0;
    for (let i = 0; i < customers; i += 1) if (keys.get(benchKey(i)) !== i + 1) wrong += 1;
    expect(wrong).toBe(0);
    expect(keys.get(benchKey(customers))).toBe(-1);
    expect(keys.get('C00000')).toBe(-1);
    expect(keys.size).toBe(customers);
    expect(keys.bytes).toBe(35_127_296);
  });

  it('tells keys apart by length and by every code unit, short or long, one byte or two', () => {
    const keys = new CustomerKeys();
    const long = 'x'.repeat(64); // its length takes two varint bytes
    const keyed: Array<[string, number]> = [
      ['', 7],
      ['a', 903],
      ['ک۱', 12],
      ['😀', 5],
      [long, 44],
      [`${long}y`, 45],
      ['ک'.repeat(70), 46],
      ['z'.repeat(20_000), 47],
      ['é'.repeat(3), 48],
      ['k'.repeat(1_100_000), 49], // longer than a key page: a page of its own
      ['after', 50],
    ];
    for (const [key, id] of keyed) keys.add(key, id);
    expect(keyed.map(([key]) => keys.get(key))).toEqual([7, 903, 12, 5, 44, 45, 46, 47, 48, 49, 50]);
    const misses = [
      'b',
      'ک',
      'ک۲',
      '😁',
      long.slice(1),
      `${long}z`,
      'ک'.repeat(69),
      'z'.repeat(19_999),
      'e'.repeat(3),
      'k'.repeat(1_099_999),
      'afte',
    ];
    expect(misses.map((key) => keys.get(key))).toEqual(misses.map(() => -1));
  });
});
