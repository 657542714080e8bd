/**
 * Light or dark: by the OS setting (prefers-color-scheme) unless the user chose one, remembered in
 * localStorage. The choice is an attribute on <html> that styles/theme.css reads.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'segwb.theme';

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}

export function storedTheme(): Theme {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    return 'system'; // storage blocked: follow the OS
  }
}

const DARK_QUERY = '(prefers-color-scheme: dark)';
let following: { query: MediaQueryList; listener: () => void } | null = null;

/** The page's light or dark for a choice: 'system' asks the OS. */
export function resolvedTheme(theme: Theme, osDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (osDark ? 'dark' : 'light') : theme;
}

/** Applies a theme to the page (with 'system', following the OS as it changes) and remembers it. */
export function applyTheme(theme: Theme, remember = true): void {
  if (typeof document !== 'undefined' && typeof window !== 'undefined') {
    following?.query.removeEventListener('change', following.listener);
    following = null;
    const query = window.matchMedia(DARK_QUERY);
    const set = () => {
      document.documentElement.dataset.theme = resolvedTheme(theme, query.matches);
    };
    set();
    if (theme === 'system') {
      following = { query, listener: set };
      query.addEventListener('change', set);
    }
  }
  if (!remember) return;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, theme);
  } catch {
    // applied for this session only
  }
}
