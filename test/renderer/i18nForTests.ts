/** An English i18next instance without React, for testing the sentence builders with the real resources. */
import i18next, { type TFunction } from 'i18next';
import { en } from '../../renderer/src/i18n/en.js';
import { nativeDigitsFormatter, resources } from '../../renderer/src/i18n/resources.js';

export async function englishT(): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t;
}

/** The app's own set-up for any language: every catalog and the native-digits formatter. */
export async function languageT(lang: 'en' | 'fa' | 'ar' | 'cy'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.use(nativeDigitsFormatter).init({
    lng: lang,
    fallbackLng: 'en',
    resources,
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  return instance.t;
}
