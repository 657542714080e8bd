/**
 * Customer key -> customer id, exact, in typed arrays. A Map of a million string keys costs
 * about 90 MB of heap; this keeps the keys' characters in one byte arena (one byte per
 * character when all are below U+0100, else two) behind an open-addressing table of hashes.
 * Each lookup touches about three cache lines: the slot (entry and hash side by side), the
 * entry (start, length and id side by side) and the key's characters.
 */
import type { Db } from '../../db/projectFile.js';
import { hash32 } from './stringHash.js';

const SEED = 0x2f6b1d35;

export class CustomerKeys {
  /** Per slot: [entry + 1 (0 = empty), hash]. Linear probing, kept at most 3/4 full. */
  private slots: Int32Array = new Int32Array(2 << 12);
  /** Per entry: [arena start, length (negative: two bytes per UTF-16 code unit), customer id]. */
  private entries: Int32Array = new Int32Array(3 << 11);
  private arena: Uint8Array = new Uint8Array(1 << 15);
  private used = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The id of `key`, or -1. */
  get(key: string): number {
    const h = hash32(key, SEED);
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = (slots[2 * slot] as number) - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot + 1] === h && this.matches(entry, key)) return this.entries[3 * entry + 2] as number;
    }
  }

  /** Adds a key that get() did not find. */
  add(key: string, id: number): void {
    const entry = this.count;
    if (3 * (entry + 1) > this.entries.length) this.entries = grown(this.entries, this.entries.length * 2);
    // slots.length / 2 slots; grow past 3/4 full (hashes are compared first, so probes are cheap).
    if ((entry + 1) * 8 > this.slots.length * 3) this.rehash(this.slots.length * 2);
    this.store(entry, key);
    this.entries[3 * entry + 2] = id;
    this.count += 1;
    this.place(entry, hash32(key, SEED));
  }

  private matches(entry: number, key: string): boolean {
    const start = this.entries[3 * entry] as number;
    const length = this.entries[3 * entry + 1] as number;
    const arena = this.arena;
    if (length >= 0) {
      if (length !== key.length) return false;
      for (let i = 0; i < length; i += 1) if (arena[start + i] !== key.charCodeAt(i)) return false;
      return true;
    }
    if (-length !== key.length) return false;
    for (let i = 0; i < key.length; i += 1) {
      const unit = (arena[start + 2 * i] as number) | ((arena[start + 2 * i + 1] as number) << 8);
      if (unit !== key.charCodeAt(i)) return false;
    }
    return true;
  }

  private store(entry: number, key: string): void {
    let narrow = true;
    for (let i = 0; i < key.length && narrow; i += 1) narrow = key.charCodeAt(i) < 0x100;
    const bytes = narrow ? key.length : 2 * key.length;
    if (this.used + bytes > this.arena.length) this.growArena(this.used + bytes);
    const arena = this.arena;
    const start = this.used;
    for (let i = 0; i < key.length; i += 1) {
      const unit = key.charCodeAt(i);
      if (narrow) arena[start + i] = unit;
      else {
        arena[start + 2 * i] = unit & 0xff;
        arena[start + 2 * i + 1] = unit >>> 8;
      }
    }
    this.entries[3 * entry] = start;
    this.entries[3 * entry + 1] = narrow ? key.length : -key.length;
    this.used += bytes;
  }

  private place(entry: number, h: number): void {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    let slot = h & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = entry + 1;
    slots[2 * slot + 1] = h;
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place((old[s] as number) - 1, old[s + 1] as number);
  }

  private growArena(needed: number): void {
    let size = this.arena.length * 2;
    while (size < needed) size *= 2;
    // Int32 starts: 2 GB of customer keys is far beyond any file this app reads.
    if (size > 0x7fffffff) throw new RangeError('Too many customer key characters');
    const arena = new Uint8Array(size);
    arena.set(this.arena);
    this.arena = arena;
  }
}

function grown(from: Int32Array, size: number): Int32Array {
  const to = new Int32Array(size);
  to.set(from);
  return to;
}

/** The project's customers as a key table, and the id the next new customer gets. */
export function loadCustomerKeys(db: Db): { keys: CustomerKeys; nextId: number } {
  const keys = new CustomerKeys();
  let maxId = 0;
  const rows = db.prepare('SELECT id, customer_key FROM customers').raw().iterate() as Iterable<[number, string]>;
  for (const [id, key] of rows) {
    keys.add(key, id);
    if (id > maxId) maxId = id;
  }
  return { keys, nextId: maxId + 1 };
}
