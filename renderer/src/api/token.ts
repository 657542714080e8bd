/**
 * Browser mode: the server prints a URL with ?token=…; every request must carry it.
 * It is kept in sessionStorage so a reload or an in-app navigation without the query still works.
 */
const STORAGE_KEY = 'segwb.token';

export function readToken(search: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): string | null {
  const fromUrl = new URLSearchParams(search).get('token');
  if (fromUrl) {
    storage?.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return storage?.getItem(STORAGE_KEY) ?? null;
}

let cached: string | null | undefined;

/** The token of this page (null when the page was opened without one). */
export function pageToken(): string | null {
  if (cached === undefined) cached = readToken(window.location.search, safeSessionStorage());
  return cached;
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage can be disabled; the URL token still works for this page
  }
}
