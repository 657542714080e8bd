/**
 * Chart text meets WCAG AA: every axis label, axis name, legend and series label of every chart has
 * an explicit colour (no echarts default) that reads at 4.5:1 on the white chart card, the heat map's
 * cell labels read on every cell colour, and the Lorenz reference line keeps 3:1 (non-text contrast).
 */
import { describe, expect, it } from 'vitest';
import { bubbleOption } from '../../../renderer/src/charts/bubbleOption.js';
import { CHART_TEXT } from '../../../renderer/src/charts/chartText.js';
import { EQUALITY_LINE, lorenzOption } from '../../../renderer/src/charts/lorenzOption.js';
import { ltvOption } from '../../../renderer/src/charts/ltvOption.js';
import { migrationHeatmapOption } from '../../../renderer/src/charts/migrationHeatmapOption.js';
import { pairedBarsOption, SHARE_COLORS } from '../../../renderer/src/charts/pairedBarsOption.js';
import { PARETO_COLORS, paretoOption } from '../../../renderer/src/charts/paretoOption.js';
import { RETENTION_RAMP, retentionOption } from '../../../renderer/src/charts/retentionOption.js';
import { HEATMAP_RAMP, rfmHeatmapOption } from '../../../renderer/src/charts/rfmHeatmapOption.js';
import { contrastRatio, mix } from './wcagContrast.js';

const WHITE = '#ffffff';
const AA_TEXT = 4.5;
const AA_GRAPHICS = 3;

type Node = Record<string, unknown>;
const asList = (value: unknown): Node[] => (Array.isArray(value) ? value : value ? [value] : []) as Node[];
const colourOf = (style: unknown): unknown => (style as { color?: unknown } | undefined)?.color;

/** Every text colour of an option, named by where it is, with undefined where echarts' default would apply. */
function textColours(option: unknown): Array<[string, unknown]> {
  const o = option as Node;
  const found: Array<[string, unknown]> = [];
  for (const key of ['xAxis', 'yAxis'] as const) {
    asList(o[key]).forEach((axis, i) => {
      found.push([`${key}[${i}].axisLabel`, colourOf(axis.axisLabel)]);
      if (axis.name) found.push([`${key}[${i}].nameTextStyle`, colourOf(axis.nameTextStyle)]);
    });
  }
  for (const legend of asList(o.legend)) found.push(['legend', colourOf(legend.textStyle)]);
  asList(o.series).forEach((series, i) => {
    const label = series.label as { show?: boolean } | undefined;
    if (label?.show) found.push([`series[${i}].label`, colourOf(label)]);
    const markLine = series.markLine as { label?: unknown } | undefined;
    if (markLine?.label) found.push([`series[${i}].markLine.label`, colourOf(markLine.label)]);
  });
  return found;
}

/** The places whose colour is missing or reads below 4.5:1 on white. */
function unreadable(option: unknown): string[] {
  return textColours(option)
    .filter(([, colour]) => typeof colour !== 'string' || contrastRatio(colour, WHITE) < AA_TEXT)
    .map(([where, colour]) => `${where}: ${String(colour)}`);
}

const percent = (v: number): string => `${Math.round(v * 100)}%`;
const COHORT = {
  cohort: '2024-01',
  customers: 2,
  periods: [
    { offset: 0, active: 2, revenue: 20 },
    { offset: 1, active: 1, revenue: 5 },
  ],
};
const charts: Array<[string, unknown]> = [
  [
    'pareto',
    paretoOption(
      {
        summary: { customers: 2, revenue: 10, k80: 1, share_for_80: 0.5, top20_share: 0.8, gini: 0.3 },
        bars: [
          { from: 1, to: 1, revenue: 8, cumulativeShare: 0.8 },
          { from: 2, to: 2, revenue: 2, cumulativeShare: 1 },
        ],
      },
      {
        rank: 'Customers',
        revenue: 'Revenue',
        cumulative: 'Cumulative',
        eighty: '80%',
        k80: 'customer 1',
        rankRange: (from, to) => `${from}–${to}`,
        money: String,
        moneyShort: String,
        percent,
        direction: 'ltr',
      },
    ),
  ],
  [
    'lorenz',
    lorenzOption(
      [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ],
      { x: 'Customers', y: 'Revenue', curve: 'Lorenz', equality: 'Equal', percent, direction: 'rtl' },
    ),
  ],
  [
    'paired bars',
    pairedBarsOption(['A', 'B'], [{ name: '% customers', values: [0.5, 0.5], color: SHARE_COLORS.customers }], {
      value: percent,
      direction: 'ltr',
    }),
  ],
  [
    'bubbles',
    bubbleOption([{ name: 'A', customers: 10, revenuePerCustomer: 5, revenue: 50 }], {
      customers: 'Customers',
      revenuePerCustomer: 'Revenue per customer',
      integer: String,
      money: String,
      direction: 'ltr',
    }),
  ],
  [
    'rfm heat map',
    rfmHeatmapOption([{ r: 1, f: 1, customers: 3, revenue: 30, avg_monetary: 10 }], 1, {
      f: 'Frequency score',
      r: 'Recency score',
      customers: (n) => `${n} cust.`,
      score: String,
      average: (v) => `avg ${v}`,
      direction: 'ltr',
    }),
  ],
  [
    'migration heat map',
    migrationHeatmapOption(
      [{ from: '(new)', to: 'Big', customers: 2, revenue: 20 }],
      { from: ['(new)'], to: ['Big'] },
      {
        group: String,
        customers: (n) => `${n} customers`,
        count: String,
        revenue: String,
        fromAxis: 'On 2024-01-01',
        toAxis: 'On 2024-07-01',
        direction: 'ltr',
      },
    ),
  ],
  [
    'retention triangle',
    retentionOption([COHORT], {
      cohort: String,
      offset: String,
      percent,
      active: String,
      offsetAxis: 'Periods after the first',
      cohortAxis: 'First order',
      direction: 'ltr',
    }),
  ],
  [
    'revenue per customer by cohort',
    ltvOption([COHORT], {
      cohort: String,
      offset: String,
      money: String,
      offsetAxis: 'Periods after the first',
      valueAxis: 'Revenue per customer',
      direction: 'ltr',
    }),
  ],
];

describe('chart text contrast (WCAG AA)', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000', '#fff')).toBe(21);
    expect(contrastRatio('#777777', WHITE).toFixed(2)).toBe('4.48');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });

  it.each(charts)('%s: every text has an explicit colour that reads at 4.5:1 on white', (_name, option) => {
    expect(textColours(option).length).toBeGreaterThan(2);
    expect(unreadable(option)).toEqual([]);
  });

  it('the chart text tones and the marker colour read at 4.5:1 on white', () => {
    expect(contrastRatio(CHART_TEXT.strong, WHITE).toFixed(2)).toBe('15.52');
    expect(contrastRatio(CHART_TEXT.axis, WHITE).toFixed(2)).toBe('6.05');
    expect(contrastRatio(PARETO_COLORS.marker, WHITE)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('the heat map labels read at 4.5:1 on every cell colour from the emptiest to the fullest', () => {
    const [emptiest, fullest] = HEATMAP_RAMP;
    const worst = Math.min(
      ...Array.from({ length: 11 }, (_, i) => contrastRatio(CHART_TEXT.strong, mix(emptiest, fullest, i / 10))),
    );
    expect(worst).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('the retention labels read at 4.5:1 on every cell colour from 0 % to 100 %', () => {
    const [emptiest, fullest] = RETENTION_RAMP;
    const worst = Math.min(
      ...Array.from({ length: 11 }, (_, i) => contrastRatio(CHART_TEXT.strong, mix(emptiest, fullest, i / 10))),
    );
    expect(worst).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('the Lorenz line of equality keeps 3:1 on white', () => {
    expect(contrastRatio(EQUALITY_LINE, WHITE)).toBeGreaterThanOrEqual(AA_GRAPHICS);
  });
});
