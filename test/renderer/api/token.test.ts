import { describe, expect, it } from 'vitest';
import { addressWithoutToken, adoptPageToken, readToken } from '../../../renderer/src/api/token.js';

function memoryStorage() {
  const store = new Map<string, string>();
  return {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  };
}

describe('readToken', () => {
  it('takes the token from the URL and keeps it for later', () => {
    const storage = memoryStorage();
    expect(readToken('?token=abc123', storage)).toBe('abc123');
    expect(readToken('', storage)).toBe('abc123');
    expect(readToken('', null)).toBeNull();
  });
});

describe('addressWithoutToken', () => {
  it.each([
    ['http://127.0.0.1:5/?token=abc', '/'],
    ['http://127.0.0.1:5/?token=abc#rfm', '/#rfm'],
    ['http://127.0.0.1:5/?lang=fa&token=abc&x=1', '/?lang=fa&x=1'],
    ['http://127.0.0.1:5/', null],
  ])('%s -> %s', (href, expected) => {
    expect(addressWithoutToken(href)).toBe(expected);
  });
});

describe('adoptPageToken', () => {
  it('stores the token, then cleans the address bar; a reload finds it in storage', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) };
    expect(adoptPageToken('http://127.0.0.1:5/?token=abc#data', storage, history)).toBe('abc');
    expect(replaced).toEqual(['/#data']);
    expect(adoptPageToken('http://127.0.0.1:5/#data', storage, history)).toBe('abc');
    expect(replaced).toEqual(['/#data']);
  });

  it('keeps the token in the address when it cannot be stored, so a reload still works', () => {
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) };
    const broken = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(adoptPageToken('http://127.0.0.1:5/?token=abc', broken, history)).toBe('abc');
    expect(adoptPageToken('http://127.0.0.1:5/?token=abc', null, history)).toBe('abc');
    expect(replaced).toEqual([]);
  });
});
