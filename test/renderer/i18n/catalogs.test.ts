/**
 * Every locale says everything English says: the same keys, the plural forms its language needs, the
 * same {{placeholders}}, and no string left in English except the short invariants listed below.
 */
import { describe, expect, it } from 'vitest';
import { ar } from '../../../renderer/src/i18n/ar.js';
import { cy } from '../../../renderer/src/i18n/cy.js';
import { en } from '../../../renderer/src/i18n/en.js';
import { fa } from '../../../renderer/src/i18n/fa.js';
import { catalogProblems } from './catalogCheck.js';
import { flatten } from './catalogKeys.js';

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
  'segments.export.layoutMautic': ['cy'], // a brand
  'segments.export.layoutKlaviyo': ['cy'], // a brand
  'segments.export.layoutHubspot': ['cy'], // a brand
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
  // template names made of placeholders only: "{{label}}", "{{label}}: {{value}}"
  'templates.names.label': ['fa', 'ar', 'cy'],
  'templates.names.valued': ['fa', 'ar', 'cy'],
  'templates.names.atLeast': ['fa', 'ar', 'cy'],
  'discover.save.segmentName': ['fa', 'ar', 'cy'], // "{{clustering}}: {{name}}": no words
  'discover.words.separator': ['cy'], // a comma
  'predict.summary.horizonValue': ['fa', 'ar', 'cy'], // only placeholders: "52 weeks"
  'predict.distribution.range': ['ar', 'cy'], // a range of numbers, "0–500"
  'predict.params.model': ['cy'], // the same word in Welsh
};

const LOCALES = { fa, ar, cy } as const;
const allowedFor = (lang: string) => (key: string) => SAME_AS_ENGLISH[key]?.includes(lang) ?? false;

describe.each(Object.entries(LOCALES))('the %s catalog', (lang, catalog) => {
  it('has every key English has in the plural forms of the language, keeps the placeholders, is translated', () => {
    expect(catalogProblems(en, catalog, lang, allowedFor(lang))).toEqual([]);
  });
});

describe('the allow-list of invariants', () => {
  it('names only keys that exist and are indeed the same as English', () => {
    const english = flatten(en);
    for (const [key, langs] of Object.entries(SAME_AS_ENGLISH))
      for (const lang of langs)
        expect([key, flatten(LOCALES[lang as keyof typeof LOCALES])[key]]).toEqual([key, english[key]]);
  });
});

describe('catalogProblems', () => {
  const english = {
    title: 'Segments',
    saved: 'Saved {{rows}} rows to {{path}}',
    rfm: 'RFM',
    rows_one: '{{count}} row',
    rows_other: '{{count}} rows',
  };
  const never = () => false;

  it('finds a missing key, a missing plural form, an extra key, a placeholder dropped or renamed, English left', () => {
    const broken = {
      title: 'Segments',
      saved: '{{n}} سطر در {{path}} ذخیره شد',
      extra: 'اضافه',
      rows_one: 'صف واحد',
      rows_two: 'صفّان',
      rows_few: '{{count}} صفوف',
      rows_many: 'صفًا',
      rows_other: '{{count}} صف',
    };
    expect(catalogProblems(english, broken, 'ar', never)).toEqual([
      'missing rfm',
      'missing rows_zero',
      'extra extra',
      'title is still English',
      'saved invents {{n}}',
      'saved drops {{rows}}',
      'rows_many drops {{count}}',
    ]);
  });

  it('lets the zero, one and two forms spell the number out, and allows listed invariants', () => {
    const good = {
      title: 'بخش‌ها',
      saved: '{{rows}} سطر در {{path}} ذخیره شد',
      rfm: 'RFM',
      rows_one: 'یک سطر',
      rows_other: '{{count}} سطر',
    };
    expect(catalogProblems(english, good, 'fa', (key) => key === 'rfm')).toEqual([]);
    expect(catalogProblems(english, good, 'fa', never)).toEqual(['rfm is still English']);
  });
});
