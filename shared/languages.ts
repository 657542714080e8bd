/**
 * The languages of the user interface, shared by the renderer and the Electron shell (its menu):
 * each named in itself, and the default taken from the user's preferred languages.
 */
export const UI_LANGUAGES = ['en', 'fa', 'ar', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language named in itself, as the pickers and the menu list it. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  fa: 'فارسی',
  ar: 'العربية',
  cy: 'Cymraeg',
};

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first supported language among the user's preferred ones (navigator.languages), by base
 * language: 'fa-IR' → 'fa', 'ar-SA' → 'ar', 'cy-GB' → 'cy'; English when none is supported.
 */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
