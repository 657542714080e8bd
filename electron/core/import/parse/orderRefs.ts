/**
 * (order id, customer) -> order ref, by 64-bit fingerprint. A 1 GB file has about 6M orders: a
 * Map of their id strings would take some 400 MB; this takes 15-25 bytes per order.
 *
 * Exactness: a slot matches only when both 32-bit halves of the fingerprint of (order id,
 * customer) match AND the order's stored customer is the same, so two different order ids are
 * taken for one order only if they belong to the same customer and their 64-bit fingerprints
 * collide: about 1 in 10^12 for a file of 6M orders (pairs of one customer's orders / 2^64).
 *
 * The table is split into 256 partitions (picked by the top byte of the high half) that grow
 * one at a time, so growing never needs the old and a twice-as-big new table at once.
 */
import { fingerprint64, fingerprintHigh } from './stringHash.js';

const PARTITIONS = 256;
const LOW_PAGE_BITS = 16;
const LOW_PAGE_MASK = (1 << LOW_PAGE_BITS) - 1;

export class OrderRefs {
  /** Per partition: pairs [ref, high half]; ref 0 = empty. Linear probing, at most 3/4 full. */
  private readonly tables: Int32Array[] = [];
  private readonly counts = new Int32Array(PARTITIONS);
  /** Per ref: the low half, to compare and to re-place entries when a partition grows. */
  private readonly lows: Int32Array[] = [];
  private low = 0;
  private high = 0;

  constructor(private readonly customerOf: (ref: number) => number) {
    // 1024 slots each to start (2 MB in all): fewer early regrowths for typical files.
    for (let p = 0; p < PARTITIONS; p += 1) this.tables.push(new Int32Array(2 * 1024));
  }

  /** The ref of (orderId, customer), or 0; add() then registers a new ref for this key. */
  find(orderId: string, customer: number): number {
    const low = fingerprint64(orderId, customer);
    const high = fingerprintHigh();
    this.low = low;
    this.high = high;
    const table = this.tables[high >>> 24] as Int32Array;
    const mask = (table.length >>> 1) - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const ref = table[2 * slot] as number;
      if (ref === 0) return 0;
      if (table[2 * slot + 1] === high && this.lowOf(ref) === low && this.customerOf(ref) === customer) return ref;
    }
  }

  /** Registers `ref` (the next dense ref) for the key of the last find(), which returned 0. */
  add(ref: number): void {
    if (ref >>> LOW_PAGE_BITS === this.lows.length) this.lows.push(new Int32Array(1 << LOW_PAGE_BITS));
    (this.lows[ref >>> LOW_PAGE_BITS] as Int32Array)[ref & LOW_PAGE_MASK] = this.low;
    const partition = this.high >>> 24;
    const count = (this.counts[partition] as number) + 1;
    this.counts[partition] = count;
    let table = this.tables[partition] as Int32Array;
    if (count * 4 > (table.length >>> 1) * 3) {
      table = this.regrow(table);
      this.tables[partition] = table;
    }
    place(table, ref, this.low, this.high);
  }

  private lowOf(ref: number): number {
    return (this.lows[ref >>> LOW_PAGE_BITS] as Int32Array)[ref & LOW_PAGE_MASK] as number;
  }

  private regrow(old: Int32Array): Int32Array {
    const table = new Int32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const ref = old[i] as number;
      if (ref !== 0) place(table, ref, this.lowOf(ref), old[i + 1] as number);
    }
    return table;
  }
}

function place(table: Int32Array, ref: number, low: number, high: number): void {
  const mask = (table.length >>> 1) - 1;
  let slot = low & mask;
  while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
  table[2 * slot] = ref;
  table[2 * slot + 1] = high;
}
