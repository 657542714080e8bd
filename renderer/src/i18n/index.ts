/** i18next set up for React: every user-visible string comes from these resources. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { preloadBridge } from '../api/bridge.js';
import { applyDocumentLanguage } from './direction.js';
import type { UiLanguage } from './locales.js';
import { initialLanguage, pageLanguageSources, rememberLanguage } from './preference.js';
import { nativeDigitsFormatter, resources } from './resources.js';

export type { UiLanguage };

export const i18n = i18next.createInstance();

export async function initI18n(lang: string = initialLanguage(pageLanguageSources())): Promise<void> {
  await i18n
    .use(initReactI18next)
    .use(nativeDigitsFormatter)
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
