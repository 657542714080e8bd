/**
 * The CLI's words in Persian, Arabic and Welsh, against English: every key, no extra one, the same
 * placeholders, a plural text with its `other` form, and nothing left in English but the few strings
 * that are the same in that language (listed, each with its reason).
 */
import { describe, expect, it } from 'vitest';
import { metricsUsage, paretoUsage } from '../../electron/cli/analysisCommands.js';
import { clusterUsage } from '../../electron/cli/clusterCommand.js';
import { clvUsage } from '../../electron/cli/clvCommand.js';
import { cohortsUsage } from '../../electron/cli/cohortsCommand.js';
import { compareUsage } from '../../electron/cli/compareCommand.js';
import { datasetsUsage } from '../../electron/cli/datasetsCommand.js';
import { demoUsage } from '../../electron/cli/demoCommand.js';
import { importUsage } from '../../electron/cli/importCommand.js';
import { migrateUsage } from '../../electron/cli/migrateCommand.js';
import { reportUsage } from '../../electron/cli/reportCommand.js';
import { rfmUsage } from '../../electron/cli/rfmCommand.js';
import { segmentUsage } from '../../electron/cli/segmentCommand.js';
import { warehouseUsage } from '../../electron/cli/warehouseCommand.js';
import { ar } from '../../electron/cli/words/ar.js';
import { cy } from '../../electron/cli/words/cy.js';
import { en } from '../../electron/cli/words/en.js';
import { fa } from '../../electron/cli/words/fa.js';
import { ar as usageAr } from '../../electron/cli/words/usage/ar.js';
import type { CommandUsages } from '../../electron/cli/words/usage/commands.js';
import { cy as usageCy } from '../../electron/cli/words/usage/cy.js';
import { fa as usageFa } from '../../electron/cli/words/usage/fa.js';

/** Each command's English usage, as the command prints it. */
const ENGLISH_USAGE: CommandUsages = {
  import: importUsage,
  datasets: datasetsUsage,
  metrics: metricsUsage,
  pareto: paretoUsage,
  compare: compareUsage,
  demo: demoUsage,
  segment: segmentUsage,
  rfm: rfmUsage,
  cluster: clusterUsage,
  clv: clvUsage,
  migrate: migrateUsage,
  cohorts: cohortsUsage,
  report: reportUsage,
  warehouse: warehouseUsage,
};

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

describe.each([
  ['fa', usageFa],
  ['ar', usageAr],
  ['cy', usageCy],
])('the usage texts in %s', (_lang, usages) => {
  it.each(Object.entries(ENGLISH_USAGE))('%s: translated, with every option of the English one', (command, english) => {
    const text = usages[command as keyof typeof usages];
    expect(text).not.toBe(english);
    const options = (s: string) => [...new Set(s.match(/--[a-z][a-z-]*/g) ?? [])].sort();
    expect(options(text)).toEqual(options(english));
  });
});
