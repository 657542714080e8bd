/** i18next set up for React: every user-visible string comes from these resources. */
import i18next, { type FormatterModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { preloadBridge } from '../api/bridge.js';
import { formatNumber } from '../format.js';
import { ar } from './ar.js';
import { cy } from './cy.js';
import { applyDocumentLanguage } from './direction.js';
import { en } from './en.js';
import { fa } from './fa.js';
import type { UiLanguage } from './locales.js';
import { initialLanguage, pageLanguageSources, rememberLanguage } from './preference.js';

export const resources = {
  en: { translation: en },
  fa: { translation: fa },
  ar: { translation: ar },
  cy: { translation: cy },
} as const;
export type { UiLanguage };

/**
 * Writes every number interpolated into a string in the language's digits: t('…', { count: 3 }) in
 * Persian reads "۳ …". Strings pass through unchanged (views format money, shares and dates themselves).
 */
export const nativeDigits: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  // Anything else goes back as it came: i18next types the result as string, but a missing value must
  // stay undefined so i18next still reports it as missing.
  format: (value: unknown, _format: string | undefined, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, lng ?? 'en', 20) : (value as string),
};

export const i18n = i18next.createInstance();

export async function initI18n(lang: string = initialLanguage(pageLanguageSources())): Promise<void> {
  await i18n
    .use(initReactI18next)
    .use(nativeDigits)
    .init({
      resources,
      lng: lang,
      fallbackLng: 'en',
      interpolation: { escapeValue: false, alwaysFormat: true }, // React escapes
      returnNull: false,
    });
  applyDocumentLanguage(i18n.language);
  applyDocumentTitle();
  preloadBridge()?.setLanguage(i18n.language); // the native menu follows the page from the start
}

/** The browser tab's title in the UI language (Electron keeps its own window title). */
function applyDocumentTitle(): void {
  if (typeof document !== 'undefined') document.title = i18n.t('app.name');
}

/** Switches the UI language and the page direction (rtl for fa/ar), remembers it, and tells the native menu. */
export async function setLanguage(lang: UiLanguage): Promise<void> {
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
  applyDocumentTitle();
  rememberLanguage(lang);
  preloadBridge()?.setLanguage(lang);
}
