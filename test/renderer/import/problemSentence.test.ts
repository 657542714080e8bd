import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { mappingProblems } from '../../../renderer/src/import/mapping.js';
import { problemSentence } from '../../../renderer/src/import/problemSentence.js';
import type { ColumnPlan } from '../../../shared/model/import.js';
import { englishT } from '../i18nForTests.js';

let t: TFunction;
beforeAll(async () => {
  t = await englishT();
});

/** A customers mapping: the id, then `attributes` more ticked columns. */
function wide(attributes: number): ColumnPlan[] {
  const id: ColumnPlan = { index: 0, header: 'id', type: 'text', role: 'customer_id', include: true };
  return [
    id,
    ...Array.from(
      { length: attributes },
      (_, i): ColumnPlan => ({
        index: i + 1,
        header: `a${i + 1}`,
        type: 'text',
        role: null,
        include: true,
      }),
    ),
  ];
}

describe('the wizard on a mapping over the 1,900-column limit', () => {
  it('says how many columns are ticked and how many to untick', () => {
    const [issue, ...rest] = mappingProblems('customers', wide(1949));
    expect(rest).toEqual([]);
    expect(issue).toEqual({ problem: 'too_many_columns', columns: 1950, limit: 1900 });
    expect(problemSentence(issue as NonNullable<typeof issue>, t, 'en')).toBe(
      '1,950 columns are ticked, and a project can hold at most 1,900: untick 50 columns to import this file.',
    );
  });

  it('says "column" for one too many, and nothing once the mapping fits', () => {
    const [issue] = mappingProblems('customers', wide(1900));
    expect(problemSentence(issue as NonNullable<typeof issue>, t, 'en')).toBe(
      '1,901 columns are ticked, and a project can hold at most 1,900: untick 1 column to import this file.',
    );
    expect(mappingProblems('customers', wide(1899))).toEqual([]);
  });

  it('words the other problems as before', () => {
    const [issue] = mappingProblems('customers', []);
    expect(problemSentence(issue as NonNullable<typeof issue>, t, 'en')).toBe(
      'Choose the column that holds the customer id: rows are matched to customers by it.',
    );
  });
});
