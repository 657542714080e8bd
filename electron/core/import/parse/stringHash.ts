/**
 * Hashes of strings for the typed-array key tables: murmur3-style mixing over UTF-16 code units.
 * hash32() is for tables that compare the keys themselves; fingerprint64() gives two 32-bit
 * halves from two lanes with different constants, for tables that keep only the fingerprint.
 */

let highHalf = 0;

/** A 32-bit hash of `s`. */
export function hash32(s: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < s.length; i += 1) {
    let k = Math.imul(s.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ s.length);
}

/** The low half of a 64-bit fingerprint of `s`; fingerprintHigh() then returns the high half. */
export function fingerprint64(s: string, seed: number): number {
  let h1 = seed | 0;
  let h2 = (seed ^ 0x7f4a7c15) | 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    let k = Math.imul(c, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, 0x1b873593);
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    let j = Math.imul(c, 0x85ebca6b);
    j = (j << 17) | (j >>> 15);
    h2 ^= Math.imul(j, 0xc2b2ae35);
    h2 = (h2 << 11) | (h2 >>> 21);
    h2 = (Math.imul(h2, 9) + 0x52dce729) | 0;
  }
  highHalf = fmix32(h2 ^ s.length);
  return fmix32(h1 ^ s.length);
}

// A function, not an exported variable, so callers cannot write it (same pattern as values/date.ts).
export function fingerprintHigh(): number {
  return highHalf;
}

/** murmur3's finaliser: every input bit affects every output bit. */
function fmix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}
