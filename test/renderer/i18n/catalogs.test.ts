/**
 * Every locale says everything English says: the same keys, the plural forms its language needs (as
 * Intl.PluralRules names them, which is what i18next picks from), the same {{placeholders}}, and no
 * string left in English except the short invariants listed below.
 */
import { describe, expect, it } from 'vitest';
import { ar } from '../../../renderer/src/i18n/ar.js';
import { cy } from '../../../renderer/src/i18n/cy.js';
import { en } from '../../../renderer/src/i18n/en.js';
import { fa } from '../../../renderer/src/i18n/fa.js';
import { flatten, placeholders, pluralBase } from './catalogKeys.js';

/**
 * Strings that are the same in every language, by key: symbols, file formats, brand names, a path.
 * Keep it short: each entry is a string a translator must not change.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  'nav.rfm': ['fa', 'ar', 'cy'], // the method's name
  'charts.png': ['fa', 'ar', 'cy'], // file formats
  'charts.svg': ['fa', 'ar', 'cy'],
  'start.openProject.placeholder': ['fa', 'ar', 'cy'], // an example path
  'segments.ops.=': ['fa', 'ar', 'cy'], // mathematical symbols
  'segments.ops.!=': ['fa', 'ar', 'cy'],
  'segments.ops.>': ['fa', 'ar', 'cy'],
  'segments.ops.>=': ['fa', 'ar', 'cy'],
  'segments.ops.<': ['fa', 'ar', 'cy'],
  'segments.ops.<=': ['fa', 'ar', 'cy'],
  'segments.sentence.group': ['fa', 'ar', 'cy'], // only brackets around the clauses
  'segments.export.layoutMailchimp': ['cy'], // a brand
  'segments.sentence.orderField': ['fa', 'ar', 'cy'], // "{{field}} {{predicate}}": no words
  'segments.values.range': ['cy'], // "{{min}} – {{max}}"
  'pareto.cards.gini': ['cy'], // the coefficient's name
  'wizard.report.quoted': ['cy'], // Welsh uses the same curly quotes
  'segments.sentence.quoted': ['cy'],
  // Welsh words spelt as in English: data, Pareto (a name), tab, segment, "Segment {{n}}".
  'nav.data': ['cy'],
  'nav.pareto': ['cy'],
  'wizard.settings.delimiters.tab': ['cy'],
  'segments.inSegment.label': ['cy'],
  'rfm.custom.name': ['cy'],
  'rfm.custom.newRow': ['cy'],
  'rfm.table.segment': ['cy'],
  'compare.table.segment': ['cy'],
  'compare.quality.segment': ['cy'],
};

const LOCALES = { fa, ar, cy } as const;
const english = flatten(en);

function expectedKeys(lang: string): string[] {
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
function englishPlaceholders(key: string): Set<string> {
  const base = pluralBase(key);
  if (base === null) return placeholders(english[key] ?? '');
  return new Set([...placeholders(english[`${base}_one`] ?? ''), ...placeholders(english[`${base}_other`] ?? '')]);
}

describe.each(Object.entries(LOCALES))('the %s catalog', (lang, catalog) => {
  const strings = flatten(catalog);

  it('has exactly the keys English has, with every plural form the language needs', () => {
    expect(Object.keys(strings).sort()).toEqual(expectedKeys(lang));
  });

  it('keeps the placeholders of every English string', () => {
    const wrong: string[] = [];
    for (const [key, text] of Object.entries(strings)) {
      const expected = englishPlaceholders(key);
      const actual = placeholders(text);
      const form = key.slice(key.lastIndexOf('_') + 1);
      // The zero, one and two forms may spell the number out ("يومين"), so they may drop it; no form may
      // invent a placeholder, and every other form keeps them all.
      const mayDrop = pluralBase(key) !== null && ['zero', 'one', 'two'].includes(form);
      const invented = [...actual].filter((name) => !expected.has(name));
      const dropped = mayDrop ? [] : [...expected].filter((name) => !actual.has(name));
      if (invented.length > 0 || dropped.length > 0) wrong.push(`${key}: +${invented} -${dropped}`);
    }
    expect(wrong).toEqual([]);
  });

  it('translates every string, apart from the listed invariants', () => {
    const english_ = Object.entries(strings).filter(([key, text]) => {
      const allowed = SAME_AS_ENGLISH[key]?.includes(lang) ?? false;
      return !allowed && english[key] === text;
    });
    expect(english_.map(([key]) => key)).toEqual([]);
  });
});

describe('the allow-list of invariants', () => {
  it('names only keys that exist and are indeed the same as English', () => {
    for (const [key, langs] of Object.entries(SAME_AS_ENGLISH))
      for (const lang of langs)
        expect([key, flatten(LOCALES[lang as keyof typeof LOCALES])[key]]).toEqual([key, english[key]]);
  });
});
