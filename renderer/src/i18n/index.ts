/** i18next set up for React: every user-visible string comes from these resources. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { applyDocumentLanguage } from './direction.js';
import { en } from './en.js';

export const resources = { en: { translation: en } } as const;
export type UiLanguage = keyof typeof resources;

export const i18n = i18next.createInstance();

export async function initI18n(lang: string = 'en'): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  applyDocumentLanguage(i18n.language);
}

/** Switches the UI language and the page direction (rtl for fa/ar). */
export async function setLanguage(lang: string): Promise<void> {
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
}
