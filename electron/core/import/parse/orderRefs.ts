/**
 * (order id, customer) -> order ref, by 64-bit fingerprint, in memory bounded by the newest
 * orders: a 1 GB file has about 6M orders, and a Map of their id strings would take some 400 MB.
 *
 * Exactness: a slot matches only when both 32-bit halves of the fingerprint of (order id,
 * customer) match AND the order's stored customer is the same, so two different order ids are
 * taken for one order only if they belong to the same customer and their 64-bit fingerprints
 * collide: about 1 in 10^12 for a file of 6M orders (pairs of one customer's orders / 2^64).
 *
 * Orders are kept in generations of GENERATION_ORDERS, each an open-addressing table of its own.
 * The newest two stay in memory; older ones are written whole to a spill file, and a filter in
 * memory (SpilledFilter, ~2-4 bytes an order) says which fingerprints may be there. A new order
 * (nearly every lookup) is then settled in memory; only a late line for an old order, or the
 * filter's rare false alarm (about 1 in 1,000 at worst), reads the spilled tables.
 */

import { SpillFile } from '../../files/spillFile.js';
import { freeNow } from './freeNow.js';
import { SpilledFilter } from './spilledFilter.js';
import { fingerprint64, fingerprintHigh } from './stringHash.js';

const GENERATION_ORDERS = 1 << 17;
/** At most half full: short probes, on disk too. */
const SLOTS = GENERATION_ORDERS * 2;
const MASK = SLOTS - 1;
/** Per slot: [ref (0 = empty), high half, low half]. */
const SLOT_INTS = 3;
const GENERATION_BYTES = SLOTS * SLOT_INTS * 4;
/** Slots read at once from a spilled table. */
const PROBE_SLOTS = 64;

export class OrderRefs {
  private current: Int32Array = new Int32Array(SLOTS * SLOT_INTS);
  private currentCount = 0;
  private previous: Int32Array | null = null;
  private spilled = 0;
  private readonly spill = new SpillFile();
  private filter = new SpilledFilter(GENERATION_ORDERS * 8);
  private readonly probe = new Int32Array(PROBE_SLOTS * SLOT_INTS);
  private readonly probeBytes = new Uint8Array(this.probe.buffer);
  private low = 0;
  private high = 0;

  constructor(private readonly customerOf: (ref: number) => number) {}

  /** The ref of (orderId, customer), or 0; add() then registers a new ref for this key. */
  find(orderId: string, customer: number): number {
    const low = fingerprint64(orderId, customer);
    const high = fingerprintHigh();
    this.low = low;
    this.high = high;
    let ref = this.findIn(this.current, customer);
    if (ref === 0 && this.previous) ref = this.findIn(this.previous, customer);
    if (ref !== 0 || this.spilled === 0 || !this.filter.mayHold(low, high)) return ref;
    for (let g = this.spilled - 1; g >= 0 && ref === 0; g -= 1) ref = this.findSpilled(g, customer);
    return ref;
  }

  /** Registers `ref` (the next dense ref) for the key of the last find(), which returned 0. */
  add(ref: number): void {
    if (this.currentCount === GENERATION_ORDERS) this.nextGeneration();
    place(this.current, ref, this.low, this.high);
    this.currentCount += 1;
  }

  /** Frees the tables in memory and the filter now (freeNow.ts); find() and add() must not be called again. */
  release(): void {
    freeNow([this.current, this.previous]);
    this.filter.release();
    this.previous = null;
  }

  private findIn(table: Int32Array, customer: number): number {
    const { low, high } = this;
    for (let slot = low & MASK; ; slot = (slot + 1) & MASK) {
      const ref = table[SLOT_INTS * slot] as number;
      if (ref === 0) return 0;
      if (
        table[SLOT_INTS * slot + 1] === high &&
        table[SLOT_INTS * slot + 2] === low &&
        this.customerOf(ref) === customer
      )
        return ref;
    }
  }

  private findSpilled(generation: number, customer: number): number {
    const { low, high, probe } = this;
    for (let slot = low & MASK; ; ) {
      const n = Math.min(PROBE_SLOTS, SLOTS - slot);
      this.spill.read(
        this.probeBytes.subarray(0, n * SLOT_INTS * 4),
        generation * GENERATION_BYTES + slot * SLOT_INTS * 4,
      );
      for (let i = 0; i < n; i += 1) {
        const ref = probe[SLOT_INTS * i] as number;
        if (ref === 0) return 0;
        if (probe[SLOT_INTS * i + 1] === high && probe[SLOT_INTS * i + 2] === low && this.customerOf(ref) === customer)
          return ref;
      }
      slot = (slot + n) & MASK;
    }
  }

  /** The previous generation goes to the spill file; the current one becomes the previous. */
  private nextGeneration(): void {
    const retired = this.previous;
    if (retired) {
      this.spill.write(new Uint8Array(retired.buffer), this.spilled * GENERATION_BYTES);
      this.spilled += 1;
      if (this.spilled * GENERATION_ORDERS > this.filter.capacity) this.regrowFilter();
      else this.filter.addTable(retired, SLOT_INTS);
      retired.fill(0);
    }
    this.previous = this.current;
    this.current = retired ?? new Int32Array(SLOTS * SLOT_INTS);
    this.currentCount = 0;
  }

  /** A filter twice as big, filled from the spill file (the old one is dropped first). */
  private regrowFilter(): void {
    const capacity = this.filter.capacity * 2;
    this.filter = new SpilledFilter(0);
    const filter = new SpilledFilter(capacity);
    const table = new Int32Array(SLOTS * SLOT_INTS);
    for (let g = 0; g < this.spilled; g += 1) {
      this.spill.read(new Uint8Array(table.buffer), g * GENERATION_BYTES);
      filter.addTable(table, SLOT_INTS);
    }
    this.filter = filter;
  }
}

function place(table: Int32Array, ref: number, low: number, high: number): void {
  let slot = low & MASK;
  while (table[SLOT_INTS * slot] !== 0) slot = (slot + 1) & MASK;
  table[SLOT_INTS * slot] = ref;
  table[SLOT_INTS * slot + 1] = high;
  table[SLOT_INTS * slot + 2] = low;
}
