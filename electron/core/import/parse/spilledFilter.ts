/**
 * Which 64-bit fingerprints may be among the spilled orders (OrderRefs): a blocked Bloom filter,
 * 16 bits per key of capacity, all of a key's 8 bits in one 512-bit block, so a lookup costs one
 * cache miss. "No" is certain; "maybe" is wrong about 1 time in 1,000 when full, far less below.
 */
import { freeNow } from './freeNow.js';

const BITS_PER_KEY = 16;
const BLOCK_WORDS = 16;
const BITS_PER_BLOCK = BLOCK_WORDS * 32;
const PROBES = 8;

export class SpilledFilter {
  private readonly words: Int32Array;
  private readonly blockMask: number;

  /** `capacity`: keys it is sized for (rounded so the blocks are a power of two). */
  constructor(readonly capacity: number) {
    let blocks = 1;
    while (blocks * BITS_PER_BLOCK < capacity * BITS_PER_KEY) blocks *= 2;
    this.words = new Int32Array(blocks * BLOCK_WORDS);
    this.blockMask = blocks - 1;
  }

  /** Frees its memory now (freeNow.ts); it must not be used again. */
  release(): void {
    freeNow([this.words]);
  }

  /** Adds the fingerprints of a table of [ref, high, low, …] slots (ref 0 = empty). */
  addTable(table: Int32Array, slotInts: number): void {
    for (let i = 0; i < table.length; i += slotInts) {
      if (table[i] !== 0) this.add(table[i + 2] as number, table[i + 1] as number);
    }
  }

  add(low: number, high: number): void {
    const block = (high & this.blockMask) * BLOCK_WORDS;
    const step = Math.imul(high, 0x9e3779b1) | 1;
    for (let i = 0; i < PROBES; i += 1) {
      const bit = ((low + Math.imul(i, step)) | 0) >>> 23;
      const w = block + (bit >>> 5);
      this.words[w] = (this.words[w] as number) | (1 << (bit & 31));
    }
  }

  mayHold(low: number, high: number): boolean {
    const block = (high & this.blockMask) * BLOCK_WORDS;
    const step = Math.imul(high, 0x9e3779b1) | 1;
    for (let i = 0; i < PROBES; i += 1) {
      const bit = ((low + Math.imul(i, step)) | 0) >>> 23;
      if (((this.words[block + (bit >>> 5)] as number) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
