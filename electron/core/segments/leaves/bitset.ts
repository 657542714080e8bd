/**
 * Sets of customers as bits over the kept customer order (columnCache/customerBase.ts: bit i is
 * the customer of row i, ids ascending), 32 to a word. Bits past the last customer stay 0, so a
 * popcount needs no mask; `not` is the one operation that would set them and clears them again.
 */

export type Bitset = Uint32Array;

export function emptySet(customers: number): Bitset {
  return new Uint32Array(Math.ceil(customers / 32));
}

export function fullSet(customers: number): Bitset {
  return not(emptySet(customers), customers);
}

export function and(sets: readonly Bitset[], customers: number): Bitset {
  if (sets.length === 0) return fullSet(customers);
  const out = Uint32Array.from(sets[0] as Bitset);
  for (let s = 1; s < sets.length; s += 1) {
    const set = sets[s] as Bitset;
    for (let w = 0; w < out.length; w += 1) out[w] = (out[w] as number) & (set[w] as number);
  }
  return out;
}

export function or(sets: readonly Bitset[], customers: number): Bitset {
  const out = emptySet(customers);
  for (const set of sets) {
    for (let w = 0; w < out.length; w += 1) out[w] = (out[w] as number) | (set[w] as number);
  }
  return out;
}

export function not(set: Bitset, customers: number): Bitset {
  const out = new Uint32Array(set.length);
  for (let w = 0; w < out.length; w += 1) out[w] = ~(set[w] as number);
  const tail = customers % 32;
  if (tail !== 0 && out.length > 0) out[out.length - 1] = (out[out.length - 1] as number) & ((1 << tail) - 1);
  return out;
}

export function setBit(set: Bitset, row: number): void {
  set[row >>> 5] = (set[row >>> 5] as number) | (1 << (row & 31));
}

/** Members of the set (SWAR popcount of each word). */
export function popcount(set: Bitset): number {
  let count = 0;
  for (let w = 0; w < set.length; w += 1) {
    let v = set[w] as number;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
  }
  return count;
}

/** Rows of the members, ascending. */
export function rowsOf(set: Bitset): number[] {
  const rows: number[] = [];
  for (let w = 0; w < set.length; w += 1) {
    for (let bits = set[w] as number; bits !== 0; bits &= bits - 1) rows.push(w * 32 + 31 - Math.clz32(bits & -bits));
  }
  return rows;
}

/**
 * The sum of `values` over the members in row order, as SQLite's TOTAL() adds (Kahan-Babuska-
 * Neumaier, since SQLite 3.43): the same values in the same order give the same bits as the SQL
 * path's TOTAL(m.monetary), which scans the customers in id order.
 */
export function totalOver(set: Bitset, values: Float64Array): number {
  let sum = 0;
  let error = 0;
  for (let w = 0; w < set.length; w += 1) {
    for (let bits = set[w] as number; bits !== 0; bits &= bits - 1) {
      const value = values[w * 32 + 31 - Math.clz32(bits & -bits)] as number;
      const next = sum + value;
      error += Math.abs(sum) > Math.abs(value) ? sum - next + value : value - next + sum;
      sum = next;
    }
  }
  return sum + error;
}
