/**
 * Leaf bitsets remembered per open connection for one version of the data (the persistent
 * dataStamp, which a commit by any connection or a write by this one makes us read again): the
 * recount after editing one condition evaluates that condition only. Keys are a leaf's canonical
 * form with the as-of day (leafKey.ts); the data version is the memory's own tag, so a new import
 * or another as-of date never meets an old entry. Least recently used entries go past a bound in
 * bytes (125 KB a leaf at a million customers).
 */
import type { Db } from '../../db/projectFile.js';
import type { Bitset } from './bitset.js';

const MAX_BYTES = 64 * 1024 * 1024;

export class LeafMemory {
  private static readonly byDb = new WeakMap<Db, LeafMemory>();
  /** Map order is least recently used first. */
  private readonly sets = new Map<string, Bitset>();
  private bytes = 0;
  private stamp = '';

  static of(db: Db, stamp: string): LeafMemory {
    let memory = LeafMemory.byDb.get(db);
    if (!memory) {
      memory = new LeafMemory();
      LeafMemory.byDb.set(db, memory);
    }
    if (memory.stamp !== stamp) {
      memory.sets.clear();
      memory.bytes = 0;
      memory.stamp = stamp;
    }
    return memory;
  }

  get(key: string): Bitset | undefined {
    const set = this.sets.get(key);
    if (set) {
      this.sets.delete(key);
      this.sets.set(key, set);
    }
    return set;
  }

  put(key: string, set: Bitset): void {
    const old = this.sets.get(key);
    if (old) {
      this.sets.delete(key);
      this.bytes -= old.byteLength;
    }
    this.sets.set(key, set);
    this.bytes += set.byteLength;
    for (const [oldest, value] of this.sets) {
      if (this.bytes <= MAX_BYTES || oldest === key) break;
      this.sets.delete(oldest);
      this.bytes -= value.byteLength;
    }
  }
}
