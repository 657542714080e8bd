/**
 * Customer key -> customer id, exact, in typed arrays. A Map of a million string keys costs
 * about 90 MB of heap; this keeps the keys' characters in byte pages behind an open-addressing
 * table of hashes. Each lookup touches about three cache lines: the slot (entry and hash side by
 * side), the entry (key position and id side by side) and the key (its length, then its
 * characters).
 * Entries and keys live in fixed pages, added as they fill and never copied: arrays that doubled
 * held up to twice what they needed (48 MB for the 1.09M customers of a 1 GB file, now 35), and
 * every array they outgrew stayed in memory as garbage until the next full collection.
 */
import type { Db } from '../../db/projectFile.js';
import { freeNow } from './freeNow.js';
import { hash32 } from './stringHash.js';

const SEED = 0x2f6b1d35;
/** Entries per page: [key position, customer id] each, 512 KB a page. */
const ENTRY_PAGE_BITS = 16;
const ENTRY_MASK = (1 << ENTRY_PAGE_BITS) - 1;
/** Bytes per key page; a key's position is its page * KEY_PAGE_BYTES + its offset there. */
const KEY_PAGE_BITS = 20;
const KEY_PAGE_BYTES = 1 << KEY_PAGE_BITS;
const KEY_OFFSET_MASK = KEY_PAGE_BYTES - 1;
/** Int32 positions: 2 GB of customer keys is far beyond any file this app reads. */
const MAX_KEY_PAGES = 2 ** (31 - KEY_PAGE_BITS);

export class CustomerKeys {
  /** Per slot: [entry + 1 (0 = empty), hash]. Linear probing, kept at most 3/4 full. */
  private slots: Int32Array = new Int32Array(2 << 12);
  private readonly entryPages: Int32Array[] = [];
  /**
   * Per key: its length * 2 + (1 when it takes two bytes per UTF-16 code unit, else 0) as a
   * varint (one byte below 64 characters), then its code units: one byte each when all are
   * below U+0100, else two (low byte first). A key longer than a page gets a page of its own.
   */
  private readonly keyPages: Uint8Array[] = [];
  /** Bytes used in the last key page (a full page until the first key). */
  private used = KEY_PAGE_BYTES;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes its arrays hold. */
  get bytes(): number {
    let bytes = this.slots.byteLength;
    for (const page of this.entryPages) bytes += page.byteLength;
    for (const page of this.keyPages) bytes += page.byteLength;
    return bytes;
  }

  /** The id of `key`, or -1. */
  get(key: string): number {
    const h = hash32(key, SEED);
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = (slots[2 * slot] as number) - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot + 1] === h) {
        const page = this.entryPages[entry >>> ENTRY_PAGE_BITS] as Int32Array;
        const at = 2 * (entry & ENTRY_MASK);
        if (this.matches(page[at] as number, key)) return page[at + 1] as number;
      }
    }
  }

  /** Adds a key that get() did not find. */
  add(key: string, id: number): void {
    const entry = this.count;
    if ((entry & ENTRY_MASK) === 0) this.entryPages.push(new Int32Array(2 << ENTRY_PAGE_BITS));
    // slots.length / 2 slots; grow past 3/4 full (hashes are compared first, so probes are cheap).
    if ((entry + 1) * 8 > this.slots.length * 3) this.rehash(this.slots.length * 2);
    const page = this.entryPages[entry >>> ENTRY_PAGE_BITS] as Int32Array;
    page[2 * (entry & ENTRY_MASK)] = this.store(key);
    page[2 * (entry & ENTRY_MASK) + 1] = id;
    this.count += 1;
    this.place(entry, hash32(key, SEED));
  }

  /** Frees the table's memory now (freeNow.ts): no key is looked up again; get() finds none. */
  release(): void {
    freeNow([this.slots, ...this.entryPages, ...this.keyPages]);
    this.slots = new Int32Array(2);
    this.entryPages.length = 0;
    this.keyPages.length = 0;
    this.used = KEY_PAGE_BYTES;
    this.count = 0;
  }

  private matches(position: number, key: string): boolean {
    const bytes = this.keyPages[position >>> KEY_PAGE_BITS] as Uint8Array;
    let at = position & KEY_OFFSET_MASK;
    let byte = bytes[at++] as number;
    let header = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[at++] as number;
      header |= (byte & 0x7f) << shift;
    }
    if (header >>> 1 !== key.length) return false;
    if ((header & 1) === 0) {
      for (let i = 0; i < key.length; i += 1) if (bytes[at + i] !== key.charCodeAt(i)) return false;
      return true;
    }
    for (let i = 0; i < key.length; i += 1) {
      const unit = (bytes[at + 2 * i] as number) | ((bytes[at + 2 * i + 1] as number) << 8);
      if (unit !== key.charCodeAt(i)) return false;
    }
    return true;
  }

  /** Writes the key after the last one; returns its position. */
  private store(key: string): number {
    let narrow = true;
    for (let i = 0; i < key.length && narrow; i += 1) narrow = key.charCodeAt(i) < 0x100;
    let header = key.length * 2 + (narrow ? 0 : 1);
    const size = (narrow ? key.length : 2 * key.length) + varintBytes(header);
    if (this.used + size > KEY_PAGE_BYTES) this.newKeyPage(size);
    const bytes = this.keyPages[this.keyPages.length - 1] as Uint8Array;
    const position = (this.keyPages.length - 1) * KEY_PAGE_BYTES + this.used;
    let at = this.used;
    while (header >= 0x80) {
      bytes[at++] = (header & 0x7f) | 0x80;
      header = Math.floor(header / 128);
    }
    bytes[at++] = header;
    for (let i = 0; i < key.length; i += 1) {
      const unit = key.charCodeAt(i);
      if (narrow) bytes[at + i] = unit;
      else {
        bytes[at + 2 * i] = unit & 0xff;
        bytes[at + 2 * i + 1] = unit >>> 8;
      }
    }
    this.used += size;
    return position;
  }

  private newKeyPage(size: number): void {
    if (this.keyPages.length === MAX_KEY_PAGES) throw new RangeError('Too many customer key characters');
    this.keyPages.push(new Uint8Array(Math.max(size, KEY_PAGE_BYTES)));
    this.used = 0;
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
}

/** Bytes of `value` as a varint (7 bits a byte). */
function varintBytes(value: number): number {
  let bytes = 1;
  for (let v = value; v >= 0x80; v = Math.floor(v / 128)) bytes += 1;
  return bytes;
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
