/** The Changes view's pure parts: the group order, labels and dates, and the four chart options, both directions. */
import { describe, expect, it } from 'vitest';
import { migrationGroups } from '../../../renderer/src/changes/groupOrder.js';
import { localDigits, sixMonthsBefore } from '../../../renderer/src/changes/labels.js';
import { ltvCurves, ltvOption } from '../../../renderer/src/charts/ltvOption.js';
import {
  type MigrationLabels,
  migrationHeatmapData,
  migrationHeatmapOption,
  wrapName,
} from '../../../renderer/src/charts/migrationHeatmapOption.js';
import { migrationSankeyOption } from '../../../renderer/src/charts/migrationSankeyOption.js';
import { retentionData, retentionOption } from '../../../renderer/src/charts/retentionOption.js';
import type { Cohort, MigrationCell } from '../../../shared/contract/changes.js';

// As the engine lists them: by from group, then to group, (new) first and (none) last.
const CELLS: MigrationCell[] = [
  { from: '(new)', to: 'Big', customers: 1, revenue: 170 },
  { from: '(new)', to: '(none)', customers: 1, revenue: 10 },
  { from: 'Big', to: 'Big', customers: 1, revenue: 20 },
  { from: 'Big', to: 'Frequent', customers: 1, revenue: 20 },
  { from: 'Frequent', to: 'Frequent', customers: 2, revenue: -30 },
  { from: '(none)', to: '(none)', customers: 1, revenue: 0 },
];

const labels = (direction: 'ltr' | 'rtl'): MigrationLabels => ({
  group: (name) => `«${name}»`,
  customers: (n) => `${n} customers`,
  count: String,
  revenue: (value) => value.toFixed(2),
  fromAxis: 'On 2024-03-01',
  toAxis: 'On 2024-06-01',
  direction,
});

describe('the group order of a migration', () => {
  it('recovers the engine order from the cells: rows and columns', () => {
    expect(migrationGroups(CELLS)).toEqual({
      from: ['(new)', 'Big', 'Frequent', '(none)'],
      to: ['Big', 'Frequent', '(none)'],
    });
  });
});

describe('labels and dates', () => {
  it('goes back six months, to the last day of a shorter month', () => {
    expect(sixMonthsBefore('2026-07-01')).toBe('2026-01-01');
    expect(sixMonthsBefore('2026-03-15')).toBe('2025-09-15');
    expect(sixMonthsBefore('2026-08-31')).toBe('2026-02-28');
  });

  it('writes period labels in the language digits, leading zeros kept', () => {
    expect(localDigits('2024-03', 'fa')).toBe('۲۰۲۴-۰۳');
    expect(localDigits('2024-W05', 'ar')).toBe('٢٠٢٤-W٠٥');
    expect(localDigits('2024-Q1', 'en')).toBe('2024-Q1');
  });

  it('wraps a column name at its spaces', () => {
    expect(wrapName('Potential Loyalist')).toBe('Potential\nLoyalist');
    expect(wrapName("Can't Lose Them")).toBe("Can't Lose\nThem");
    expect(wrapName('نباید از دستشان داد')).toBe('نباید از\nدستشان داد');
    expect(wrapName('Champions')).toBe('Champions');
  });
});

describe('the migration heat map', () => {
  const groups = migrationGroups(CELLS);
  it('puts each cell at (to column, from row) with its customers and revenue', () => {
    expect(migrationHeatmapData(CELLS, groups)).toEqual([
      [0, 0, 1, 170],
      [2, 0, 1, 10],
      [0, 1, 1, 20],
      [1, 1, 1, 20],
      [1, 2, 2, -30],
      [2, 3, 1, 0],
    ]);
  });

  it('reads from the right in RTL: columns reversed, row names on the right', () => {
    const ltr = migrationHeatmapOption(CELLS, groups, labels('ltr')) as Record<string, Record<string, unknown>>;
    const rtl = migrationHeatmapOption(CELLS, groups, labels('rtl')) as Record<string, Record<string, unknown>>;
    expect(ltr.xAxis?.data).toEqual(['«Big»', '«Frequent»', '«(none)»']);
    expect(ltr.yAxis?.data).toEqual(['«(new)»', '«Big»', '«Frequent»', '«(none)»']);
    expect([ltr.xAxis?.inverse, ltr.yAxis?.position]).toEqual([false, 'left']);
    expect([rtl.xAxis?.inverse, rtl.yAxis?.position]).toEqual([true, 'right']);
    expect(ltr.visualMap?.max).toBe(2);
  });
});

describe('the migration Sankey', () => {
  const groups = migrationGroups(CELLS);
  type Series = { data: Array<{ name: string; depth: number; text: string }>; links: Array<Record<string, unknown>> };
  const series = (direction: 'ltr' | 'rtl') =>
    (migrationSankeyOption(CELLS, groups, labels(direction)).series as Series[])[0] as Series;

  it('flows from the from groups (left) to the to groups (right), a band per cell', () => {
    const s = series('ltr');
    expect(s.data.map((n) => [n.name, n.depth, n.text])).toEqual([
      ['from:(new)', 0, '«(new)»'],
      ['from:Big', 0, '«Big»'],
      ['from:Frequent', 0, '«Frequent»'],
      ['from:(none)', 0, '«(none)»'],
      ['to:Big', 1, '«Big»'],
      ['to:Frequent', 1, '«Frequent»'],
      ['to:(none)', 1, '«(none)»'],
    ]);
    expect(s.links.map((l) => [l.source, l.target, l.value])).toEqual([
      ['from:(new)', 'to:Big', 1],
      ['from:(new)', 'to:(none)', 1],
      ['from:Big', 'to:Big', 1],
      ['from:Big', 'to:Frequent', 1],
      ['from:Frequent', 'to:Frequent', 2],
      ['from:(none)', 'to:(none)', 1],
    ]);
  });

  it('flows right to left in RTL: the from groups on the right', () => {
    const s = series('rtl');
    expect(s.data.filter((n) => n.name.startsWith('from:')).every((n) => n.depth === 1)).toBe(true);
    expect(s.data.filter((n) => n.name.startsWith('to:')).every((n) => n.depth === 0)).toBe(true);
    expect(s.links[4]).toMatchObject({ source: 'to:Frequent', target: 'from:Frequent', value: 2 });
  });
});

describe('cohort charts', () => {
  const COHORTS: Cohort[] = [
    {
      cohort: '2024-01',
      customers: 4,
      periods: [
        { offset: 0, active: 4, revenue: 100 },
        { offset: 1, active: 1, revenue: 30 },
        { offset: 2, active: 2, revenue: -10 },
      ],
    },
    {
      cohort: '2024-02',
      customers: 3,
      periods: [
        { offset: 0, active: 3, revenue: 10 },
        { offset: 1, active: 0, revenue: 0 },
      ],
    },
  ];

  it('gives each triangle cell the share of its cohort active', () => {
    expect(retentionData(COHORTS)).toEqual([
      [0, 0, 100, 4, 4],
      [1, 0, 25, 1, 4],
      [2, 0, 50, 2, 4],
      [0, 1, 100, 3, 3],
      [1, 1, 0, 0, 3],
    ]);
  });

  it('adds up the revenue per customer, returns subtracted, to the cent', () => {
    expect(ltvCurves(COHORTS)).toEqual([
      [25, 32.5, 30],
      [3.33, 3.33],
    ]);
  });

  it('runs the offsets from the right in RTL, both charts', () => {
    const common = { cohort: String, offset: String, direction: 'rtl' as const };
    const triangle = retentionOption(COHORTS, {
      ...common,
      percent: String,
      active: String,
      offsetAxis: 'k',
      cohortAxis: 'c',
    }) as Record<string, Record<string, unknown>>;
    const curves = ltvOption(COHORTS, { ...common, money: String, offsetAxis: 'k', valueAxis: 'v' }) as Record<
      string,
      Record<string, unknown>
    >;
    expect([triangle.xAxis?.inverse, triangle.yAxis?.position, triangle.xAxis?.data]).toEqual([
      true,
      'right',
      ['0', '1', '2'],
    ]);
    expect([curves.xAxis?.inverse, curves.yAxis?.position]).toEqual([true, 'right']);
  });
});
