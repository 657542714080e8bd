/** Typed translation keys: t('…') only accepts keys that exist in the English resources. */
import type { en } from './en.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
