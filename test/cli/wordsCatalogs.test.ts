/**
 * The CLI's words in Persian, Arabic and Welsh, against English: every key, no extra one, the same
 * placeholders, a plural text with its `other` form, and nothing left in English but the few strings
 * that are the same in that language (listed, each with its reason).
 */
import { describe, expect, it } from 'vitest';
import { ar } from '../../electron/cli/words/ar.js';
import { cy } from '../../electron/cli/words/cy.js';
import { en } from '../../electron/cli/words/en.js';
import { fa } from '../../electron/cli/words/fa.js';

type Leaf = string | Record<string, string>;

function leaves(node: unknown, prefix = ''): Record<string, Leaf> {
  const out: Record<string, Leaf> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (value && typeof value === 'object' && 'other' in value) out[path] = value as Record<string, string>;
    else Object.assign(out, leaves(value, path));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const forms = (leaf: Leaf) => (typeof leaf === 'string' ? [leaf] : Object.values(leaf));

/** Strings that are rightly the same as English in that language. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  fa: ['import.close'], // a closing parenthesis
  ar: ['import.close'],
  // Welsh writes values in the same quotes, and "segment" is Welsh too.
  cy: ['import.close', 'import.value', 'rfm.columns.segment', 'compare.columns.segment'],
};

function problems(lang: string, catalog: unknown): string[] {
  const english = leaves(en);
  const words = leaves(catalog);
  const found: string[] = [];
  for (const key of Object.keys(english)) if (!(key in words)) found.push(`missing ${key}`);
  for (const [key, leaf] of Object.entries(words)) {
    const base = english[key];
    if (base === undefined) {
      found.push(`extra ${key}`);
      continue;
    }
    if (typeof base !== typeof leaf) found.push(`${key} is not shaped as in English`);
    const wanted = [...new Set(forms(base).flatMap(placeholders))].sort();
    for (const text of forms(leaf)) {
      const got = [...new Set(placeholders(text))].sort();
      if (got.join() !== wanted.join())
        found.push(`${key} has {{${got.join('}}, {{')}}} for {{${wanted.join('}}, {{')}}}`);
      if (forms(base).includes(text) && !SAME_AS_ENGLISH[lang]?.includes(key)) found.push(`${key} is still English`);
    }
  }
  return found;
}

describe.each([
  ['fa', fa],
  ['ar', ar],
  ['cy', cy],
])('the CLI words in %s', (lang, catalog) => {
  it('have every key English has, the same placeholders, and are translated', () => {
    expect(problems(lang, catalog)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds a missing key, an extra one, a placeholder lost and English left', () => {
    const broken = structuredClone(fa) as unknown as Record<string, Record<string, unknown>>;
    delete broken.demo?.created;
    (broken.demo as Record<string, unknown>).extra = 'x';
    (broken.rfm as Record<string, unknown>).warning = 'هشدار';
    (broken.datasets as Record<string, unknown>).none = en.datasets.none;
    expect(problems('fa', broken)).toEqual([
      'missing demo.created',
      'rfm.warning has {{}} for {{message}}',
      'extra demo.extra',
      'datasets.none is still English',
    ]);
  });
});
