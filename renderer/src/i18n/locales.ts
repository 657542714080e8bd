/**
 * The Intl locale each UI language formats with. The numbering system is named explicitly (`-u-nu-`):
 * ICU's default for plain 'ar' is Latin digits, and a reader of Arabic or Persian expects the native
 * ones (fa ۰-۹ "arabext", ar ٠-٩ "arab").
 */
import { isUiLanguage, type UiLanguage } from '../../../shared/languages.js';

export {
  isUiLanguage,
  LANGUAGE_NAMES,
  pickLanguage,
  UI_LANGUAGES,
  type UiLanguage,
} from '../../../shared/languages.js';

const INTL_LOCALES: Record<UiLanguage, string> = {
  en: 'en',
  fa: 'fa-IR-u-nu-arabext',
  ar: 'ar-EG-u-nu-arab',
  cy: 'cy-GB',
};

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
