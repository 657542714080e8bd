import { describe, expect, it } from 'vitest';
import { readToken } from '../../../renderer/src/api/token.js';

describe('readToken', () => {
  it('takes the token from the URL and keeps it for later', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    expect(readToken('?token=abc123', storage)).toBe('abc123');
    expect(readToken('', storage)).toBe('abc123');
    expect(readToken('', null)).toBeNull();
  });
});
