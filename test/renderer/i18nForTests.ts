/** An English i18next instance without React, for testing the sentence builders with the real resources. */
import i18next, { type TFunction } from 'i18next';
import { en } from '../../renderer/src/i18n/en.js';

export async function englishT(): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t;
}
