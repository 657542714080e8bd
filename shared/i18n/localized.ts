/**
 * The shape a translation must have: every key English has, with the plural forms of its own language.
 * English writes a plural as `key_one` / `key_other`; Arabic and Welsh need six forms, Persian two
 * (i18next picks the form with Intl.PluralRules). Checking a catalog with `satisfies Localized<…>`
 * makes a missing or extra key a type error; test/renderer/i18n/catalogs.test.ts checks the rest.
 */

/** The plural categories Intl.PluralRules gives each UI language. */
export interface PluralForms {
  en: 'one' | 'other';
  fa: 'one' | 'other';
  ar: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
  cy: 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
}

type PluralKey<K, Form extends string> = K extends `${infer Base}_one`
  ? `${Base}_${Form}`
  : K extends `${infer Base}_other`
    ? `${Base}_${Form}`
    : K;

/** A catalog part shaped like English `T`, with plural keys expanded to the forms `Form`. */
export type Localized<T, Form extends string> = {
  [K in keyof T as PluralKey<K, Form>]: T[K] extends string ? string : Localized<T[K], Form>;
};
