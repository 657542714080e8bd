/**
 * The CLI's words in the language of the run: `say('segment.none')`, with {{name}} filled in. Numbers
 * given as values are written in the language's digits (Persian ۰-۹, Arabic ٠-٩ through Intl); English
 * and Welsh keep the plain figures the English output always had, so scripts reading it see no change.
 */

import { ENGINE_SENTENCES } from '../../../shared/i18n/engineSentences/index.js';
import { rfmNameIn } from '../../../shared/i18n/rfmNames.js';
import { isUiLanguage, type UiLanguage } from '../../../shared/languages.js';
import { ar } from './ar.js';
import type { PluralText } from './catalog.js';
import { cy } from './cy.js';
import { en } from './en.js';
import { fa } from './fa.js';

const CATALOGS = { en, fa, ar, cy } as const;

/** Intl locales of the languages whose numbers are written in native digits. */
const NATIVE_DIGITS: Partial<Record<UiLanguage, string>> = { fa: 'fa-IR-u-nu-arabext', ar: 'ar-EG-u-nu-arab' };

let language: UiLanguage = 'en';

export function setCliLanguage(lang: UiLanguage): void {
  language = lang;
}

export function cliLanguage(): UiLanguage {
  return language;
}

/** Dotted paths to the strings and plural texts of the English catalog. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends { other: string }
      ? `${Prefix}${K}`
      : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type WordKey = Paths<typeof en>;

export type WordValues = Record<string, string | number>;

/** The text of `key` in the run's language, with its values filled in; `count` picks a plural form. */
export function say(key: WordKey, values: WordValues = {}): string {
  const entry = lookup(CATALOGS[language], key) ?? lookup(en, key);
  if (entry === undefined) return key;
  return filled(typeof entry === 'string' ? entry : pluralOf(entry, values), values);
}

/**
 * An engine sentence from the shared catalog (shared/i18n/engineSentences) in the run's language, its
 * plural form picked by `count` as i18next picks it in the app; null when the catalog has no such key.
 */
export function engineSentence(key: string, values: WordValues = {}): string | null {
  const sentences: Record<string, string> = ENGINE_SENTENCES[language];
  const count = values.count;
  const plural =
    typeof count === 'number' ? sentences[`${key}_${new Intl.PluralRules(language).select(count)}`] : undefined;
  const text = plural ?? sentences[key] ?? (typeof count === 'number' ? sentences[`${key}_other`] : undefined);
  // The app's catalog marks a Latin run such as '.xlsx' left to right (U+200E) for its right-to-left
  // layout; a terminal lays out bidi text itself, and terminalSafe would print the mark as \u200e.
  return text === undefined ? null : filled(text.replace(/\u200e/g, ''), values);
}

/** {{name}} replaced by its value; numbers in the run's digits. */
function filled(text: string, values: WordValues): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? num(value) : value;
  });
}

/** A number in the run's digits: 12345.5 → '12345.5' (en, cy), '۱۲٬۳۴۵٫۵' (fa). */
export function num(value: number, fractionDigits?: number): string {
  const locale = NATIVE_DIGITS[language];
  if (!locale) return fractionDigits === undefined ? String(value) : value.toFixed(fractionDigits);
  const digits =
    fractionDigits === undefined
      ? { maximumFractionDigits: 6 }
      : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return new Intl.NumberFormat(locale, digits).format(value);
}

/** A share as a percentage with one decimal: 0.4531 → '45.3%' (en, cy), '۴۵٫۳٪' (fa). */
export function pct(share: number): string {
  const locale = NATIVE_DIGITS[language];
  if (!locale) return `${(100 * share).toFixed(1)}%`;
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    share,
  );
}

/** The language named by a --lang value, or null for one the CLI does not speak. */
export function asCliLanguage(value: string): UiLanguage | null {
  const base = value.toLowerCase().split(/[-_.]/)[0] ?? '';
  return isUiLanguage(base) ? base : null;
}

function pluralOf(entry: PluralText, values: WordValues): string {
  const count = typeof values.count === 'number' ? values.count : typeof values.rows === 'number' ? values.rows : 0;
  const form = new Intl.PluralRules(language).select(count);
  return entry[form] ?? entry.other;
}

function lookup(catalog: unknown, key: string): string | PluralText | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && node !== null && 'other' in node) return node as PluralText;
  return undefined;
}

/**
 * An RFM segment's name in the run's language (the renderer's words: shared/i18n/rfmNames.ts). English
 * prints the engine's own names (rf-grid's are keys such as at_risk), as scripts reading it expect.
 */
export function rfmName(name: string): string {
  return language === 'en' ? name : rfmNameIn(language, name);
}

/** Between the items of a list: ', ' in English and Welsh, '، ' in Persian and Arabic. */
export function listSeparator(): string {
  return NATIVE_DIGITS[language] ? '، ' : ', ';
}

/** A dataset kind in the run's language; a kind the CLI has no word for, as stored. */
export function kindName(kind: string): string {
  return Object.hasOwn(en.kinds, kind) ? say(`kinds.${kind as keyof typeof en.kinds}`) : kind;
}

/** A tab-separated header of table columns in the run's language. */
export function columns(...names: (keyof typeof en.columns)[]): string {
  return names.map((name) => say(`columns.${name}`)).join('\t');
}
