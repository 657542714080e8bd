/**
 * What is wrong with a translation, compared with English: missing and extra keys (with the plural
 * forms Intl.PluralRules gives the language, which is what i18next picks from), placeholders dropped
 * or invented, strings left in English. One sentence per problem, so a failing test says what to fix.
 */
import { type Catalog, flatten, placeholders, pluralBase } from './catalogKeys.js';

/** The keys a translation into `lang` must have: English's, with plurals in the language's forms. */
export function expectedKeys(english: Record<string, string>, lang: string): string[] {
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of Object.keys(english)) {
    const base = pluralBase(key);
    if (base === null) keys.add(key);
    else for (const form of forms) keys.add(`${base}_${form}`);
  }
  return [...keys].sort();
}

/** The placeholders of an English key, or of all its plural forms together. */
function englishPlaceholders(english: Record<string, string>, key: string): Set<string> {
  const base = pluralBase(key);
  if (base === null) return placeholders(english[key] ?? '');
  return new Set([...placeholders(english[`${base}_one`] ?? ''), ...placeholders(english[`${base}_other`] ?? '')]);
}

export function catalogProblems(
  englishCatalog: Catalog,
  catalog: Catalog,
  lang: string,
  sameAsEnglish: (key: string) => boolean,
): string[] {
  const english = flatten(englishCatalog);
  const strings = flatten(catalog);
  const expected = expectedKeys(english, lang);
  const problems: string[] = [];
  for (const key of expected) if (!(key in strings)) problems.push(`missing ${key}`);
  for (const key of Object.keys(strings)) if (!expected.includes(key)) problems.push(`extra ${key}`);
  for (const [key, text] of Object.entries(strings)) {
    if (!expected.includes(key)) continue;
    const wanted = englishPlaceholders(english, key);
    const actual = placeholders(text);
    const form = key.slice(key.lastIndexOf('_') + 1);
    // The zero, one and two forms may spell the number out ("يومين"), so they may drop it; no form may
    // invent a placeholder, and every other form keeps them all.
    const mayDrop = pluralBase(key) !== null && ['zero', 'one', 'two'].includes(form);
    for (const name of actual) if (!wanted.has(name)) problems.push(`${key} invents {{${name}}}`);
    if (!mayDrop) for (const name of wanted) if (!actual.has(name)) problems.push(`${key} drops {{${name}}}`);
    if (english[key] === text && !sameAsEnglish(key)) problems.push(`${key} is still English`);
  }
  return problems;
}
