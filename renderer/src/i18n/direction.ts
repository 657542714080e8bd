/** Writing direction of a UI language; the layout uses logical CSS properties, so setting dir flips it. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
}

/** Sets <html lang dir> for a language (no-op outside a browser, e.g. in unit tests). */
export function applyDocumentLanguage(lang: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}
