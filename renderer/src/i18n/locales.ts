/**
 * The UI languages and the Intl locale each one formats with. The numbering system is named explicitly
 * (`-u-nu-`): ICU's default for plain 'ar' is Latin digits, and a reader of Arabic or Persian expects
 * the native ones (fa ۰-۹ "arabext", ar ٠-٩ "arab").
 */
export const UI_LANGUAGES = ['en', 'fa', 'ar', 'cy'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language named in itself, as the picker lists it. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  fa: 'فارسی',
  ar: 'العربية',
  cy: 'Cymraeg',
};

const INTL_LOCALES: Record<UiLanguage, string> = {
  en: 'en',
  fa: 'fa-IR-u-nu-arabext',
  ar: 'ar-EG-u-nu-arab',
  cy: 'cy-GB',
};

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The Intl locale for a UI language (or any other BCP 47 tag, passed through), with a calendar when one
 * is asked for: `intlLocale('fa', 'persian')` is 'fa-IR-u-ca-persian-nu-arabext'.
 */
export function intlLocale(lang: string, calendar?: 'gregory' | 'persian'): string {
  const base = isUiLanguage(lang) ? INTL_LOCALES[lang] : lang;
  if (!calendar) return base;
  const [tag, extension] = base.split('-u-');
  // Unicode extension keys are sorted alphabetically: ca before nu.
  return extension ? `${tag}-u-ca-${calendar}-${extension}` : `${tag}-u-ca-${calendar}`;
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
