/**
 * Which language the app starts in: the address parameter `lang` (browser mode: `?token=T&lang=fa`),
 * else the language the user picked before (localStorage), else the first supported language of the
 * browser or OS (navigator.languages), else English.
 */
import { isUiLanguage, pickLanguage, type UiLanguage } from './locales.js';

const STORAGE_KEY = 'segwb.lang';

export interface LanguageSources {
  search: string;
  stored: string | null;
  preferred: readonly string[];
}

export function initialLanguage({ search, stored, preferred }: LanguageSources): UiLanguage {
  const asked = new URLSearchParams(search).get('lang')?.toLowerCase() ?? '';
  if (isUiLanguage(asked)) return asked;
  if (stored && isUiLanguage(stored)) return stored;
  return pickLanguage(preferred);
}

/** The sources as this page sees them; outside a browser (unit tests) there are none. */
export function pageLanguageSources(): LanguageSources {
  if (typeof window === 'undefined') return { search: '', stored: null, preferred: [] };
  return { search: window.location.search, stored: storedLanguage(), preferred: navigator.languages ?? [] };
}

function storedLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: fall back to the browser's languages
  }
}

/**
 * Remembers a language the user picked. An address that names a language is updated too, or a reload
 * would bring back the one in the address.
 */
export function rememberLanguage(lang: UiLanguage): void {
  if (typeof window === 'undefined') return;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not remembered across runs, still applied now
  }
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) {
    url.searchParams.set('lang', lang);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
}
