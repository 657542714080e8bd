/**
 * Gives typed arrays' memory back before the next full garbage collection. An array a table
 * dropped stays in memory until V8 next collects the old generation, which may be long after
 * the import has asked for more (at a 1 GB file's end: the key tables, ~55 MB, still held while
 * the totals took their ~31 MB). Each array's buffer is moved (detached) into a fresh buffer that
 * nobody keeps; a fresh buffer is young, and V8 collects the young generation before it allocates
 * a large buffer while tens of MB of young buffers wait: the totals' first array frees them.
 * Measured on the tables of 1.09M customers and 6M orders: 159 MB RSS after the totals, 198 without.
 * The arrays are empty (length 0) afterwards; their owner must not read them again.
 */
export function freeNow(arrays: ReadonlyArray<ArrayBufferView | null>): void {
  const seen = new Set<ArrayBufferLike>();
  for (const array of arrays) {
    if (!array || seen.has(array.buffer) || array.buffer.byteLength === 0) continue;
    seen.add(array.buffer);
    structuredClone(array.buffer, { transfer: [array.buffer as ArrayBuffer] });
  }
}
