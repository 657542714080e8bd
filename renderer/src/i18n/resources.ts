/**
 * The catalogs of the four UI languages and the number formatter every interpolation goes through:
 * apart from index.ts (which wires them into React) so the report bundle for Node can use them too.
 */
import type { FormatterModule } from 'i18next';
import { formatNumber } from '../format.js';
import { ar } from './ar.js';
import { cy } from './cy.js';
import { en } from './en.js';
import { fa } from './fa.js';

export const resources = {
  en: { translation: en },
  fa: { translation: fa },
  ar: { translation: ar },
  cy: { translation: cy },
} as const;

/**
 * Writes every number interpolated into a string in the language's digits: t('…', { count: 3 }) in
 * Persian reads "۳ …". Strings pass through unchanged (views format money, shares and dates themselves).
 */
export const nativeDigitsFormatter: FormatterModule = {
  type: 'formatter',
  init() {},
  add() {},
  addCached() {},
  // Anything else goes back as it came: i18next types the result as string, but a missing value must
  // stay undefined so i18next still reports it as missing.
  format: (value: unknown, _format: string | undefined, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, lng ?? 'en', 20) : (value as string),
};
