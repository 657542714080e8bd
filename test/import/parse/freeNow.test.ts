/** freeNow: typed arrays' memory leaves them at once (their buffers are detached), each buffer once. */
import { describe, expect, it } from 'vitest';
import { CustomerKeys } from '../../../electron/core/import/parse/customerKeys.js';
import { freeNow } from '../../../electron/core/import/parse/freeNow.js';

describe('freeNow', () => {
  it('detaches every buffer, once even when two arrays view it, and skips nulls and detached ones', () => {
    const shared = new ArrayBuffer(1 << 20);
    const ints = new Int32Array(shared);
    const bytes = new Uint8Array(shared);
    const other = new Float64Array(1000);
    const gone = new Uint8Array(16);
    freeNow([gone]);
    freeNow([ints, bytes, null, other, gone]);
    expect([shared.byteLength, ints.length, bytes.length, other.length, gone.length]).toEqual([0, 0, 0, 0, 0]);
  });

  it('empties the customer key table when the import has read its last row', () => {
    const keys = new CustomerKeys();
    for (let i = 0; i < 100_000; i += 1) keys.add(`C${i}`, i + 1);
    expect(keys.bytes).toBe(4_194_304);
    keys.release();
    expect(keys.bytes).toBe(8);
    expect([keys.get('C1'), keys.size]).toEqual([-1, 0]);
  });
});
