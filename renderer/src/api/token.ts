/**
 * Browser mode: the server prints a URL with ?token=…; every request must carry it.
 * It is kept in sessionStorage and then taken out of the address bar (so it is not left on screen,
 * in the history or in a shared screenshot); a reload or an in-app navigation finds it in storage.
 */
const STORAGE_KEY = 'segwb.token';

type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;
type AddressHistory = Pick<History, 'state' | 'replaceState'>;

export function readToken(search: string, storage: TokenStorage | null): string | null {
  const fromUrl = new URLSearchParams(search).get('token');
  if (fromUrl) {
    storage?.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  return storage?.getItem(STORAGE_KEY) ?? null;
}

/** The address without its token (path, other parameters and hash kept), or null when it has none. */
export function addressWithoutToken(href: string): string | null {
  const url = new URL(href);
  if (!url.searchParams.has('token')) return null;
  url.searchParams.delete('token');
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Reads the token and, once it is safely stored, cleans the address; if it cannot be stored the address keeps it. */
export function adoptPageToken(href: string, storage: TokenStorage | null, history: AddressHistory): string | null {
  const search = new URL(href).search;
  let token: string | null;
  try {
    token = readToken(search, storage);
  } catch {
    return readToken(search, null); // storage refused it: the URL token still works for this page
  }
  const cleaned = addressWithoutToken(href);
  if (token && cleaned !== null && storage?.getItem(STORAGE_KEY) === token) {
    history.replaceState(history.state, '', cleaned);
  }
  return token;
}

let cached: string | null | undefined;

/** The token of this page (null when the page was opened without one). */
export function pageToken(): string | null {
  if (cached === undefined) cached = adoptPageToken(window.location.href, safeSessionStorage(), window.history);
  return cached;
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage can be disabled; the URL token still works for this page
  }
}
