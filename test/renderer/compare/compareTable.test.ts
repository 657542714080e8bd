import { describe, expect, it } from 'vitest';
import {
  ALL_CHOICE,
  chosenRefs,
  overlapRefs,
  rfmChoices,
  savedChoices,
} from '../../../renderer/src/compare/choices.js';
import { nextSort, sortRows } from '../../../renderer/src/compare/sortRows.js';
import { compareCsv } from '../../../shared/compareCsv.js';
import type { CompareRow } from '../../../shared/contract/analysis.js';
import { csvCell } from '../../../shared/csv.js';

function row(segment: string, customers: number, revenue: number, index: number | null): CompareRow {
  return {
    segment,
    customers,
    share_customers: customers / 100,
    revenue,
    share_revenue: revenue / 1000,
    revenue_per_customer: customers ? revenue / customers : null,
    aov: null,
    mean_frequency: null,
    median_recency: null,
    revenue_index: index,
  };
}

const rows = [row('B', 20, 500, 2.5), row('A', 50, 300, 0.6), row('Empty', 0, 0, null)];

describe('sortRows', () => {
  it('sorts numbers either way with missing values last', () => {
    expect(sortRows(rows, { column: 'revenue_index', dir: 'desc' }).map((r) => r.segment)).toEqual(['B', 'A', 'Empty']);
    expect(sortRows(rows, { column: 'revenue_index', dir: 'asc' }).map((r) => r.segment)).toEqual(['A', 'B', 'Empty']);
  });

  it('sorts names alphabetically and keeps the order without a sort', () => {
    expect(sortRows(rows, { column: 'segment', dir: 'asc' }).map((r) => r.segment)).toEqual(['A', 'B', 'Empty']);
    expect(sortRows(rows, null).map((r) => r.segment)).toEqual(['B', 'A', 'Empty']);
  });

  it('starts numbers biggest first, names A first, and flips on a second click', () => {
    expect(nextSort(null, 'revenue')).toEqual({ column: 'revenue', dir: 'desc' });
    expect(nextSort(null, 'segment')).toEqual({ column: 'segment', dir: 'asc' });
    expect(nextSort({ column: 'revenue', dir: 'desc' }, 'revenue')).toEqual({ column: 'revenue', dir: 'asc' });
  });
});

describe('compareCsv', () => {
  it('escapes formulas, quotes and separators in text cells but not negative numbers', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@me')).toBe("'@me");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
  });

  it('writes a header and one line per row', () => {
    expect(compareCsv([row('+VIP', 20, 500, 2.5)])).toBe(
      'segment,customers,share_customers,revenue,share_revenue,revenue_per_customer,aov,mean_frequency,median_recency,revenue_index\r\n' +
        "'+VIP,20,0.2,500,0.5,25,,,,2.5\r\n",
    );
  });
});

describe('choices', () => {
  const choices = [ALL_CHOICE, ...savedChoices([{ id: 7, name: 'VIP' } as never]), ...rfmChoices(['Champions'])];

  it('turns saved and RFM segments into refs, in the order offered', () => {
    expect(chosenRefs(choices, new Set(['rfm:Champions', 'all', 'saved:7']))).toEqual([
      { all: true },
      { id: 7 },
      { name: 'RFM: Champions', rule: { field: 'rfm_segment', op: 'in', value: ['Champions'] } },
    ]);
  });

  it('leaves "All customers" out of the overlap', () => {
    expect(overlapRefs(choices, new Set(['all', 'saved:7']))).toEqual([{ id: 7 }]);
  });
});
