import { describe, expect, it } from 'vitest';
import {
  barIndexOfRank,
  type ParetoLabels,
  paretoOption,
  toPercent,
} from '../../../renderer/src/charts/paretoOption.js';
import type { ParetoChart } from '../../../shared/api.js';

const labels: ParetoLabels = {
  rank: 'Customers, ranked by revenue',
  revenue: 'Revenue',
  cumulative: 'Cumulative share',
  eighty: '80% of revenue',
  k80: 'customer 3',
  rankRange: (from, to) => (from === to ? `${from}` : `${from}–${to}`),
  money: (value) => value.toFixed(2),
  moneyShort: (value) => `${value}`,
  percent: (value) => `${Math.round(value * 100)}%`,
  direction: 'ltr',
};

/** Five customers: 50, 20, 15, 10, 5 (total 100); 80% is reached at the third. */
const perCustomer: ParetoChart = {
  summary: { customers: 5, revenue: 100, k80: 3, share_for_80: 0.6, top20_share: 0.5, gini: 0.38 },
  bars: [
    { from: 1, to: 1, revenue: 50, cumulativeShare: 0.5 },
    { from: 2, to: 2, revenue: 20, cumulativeShare: 0.7 },
    { from: 3, to: 3, revenue: 15, cumulativeShare: 0.85 },
    { from: 4, to: 4, revenue: 10, cumulativeShare: 0.95 },
    { from: 5, to: 5, revenue: 5, cumulativeShare: 1 },
  ],
};

type Series = Array<Record<string, unknown> & { markLine?: { data: unknown[]; label: { formatter: string } } }>;

describe('paretoOption', () => {
  it('puts revenue in bars and the cumulative share as a percentage line on the second axis', () => {
    const option = paretoOption(perCustomer, labels);
    const series = option.series as Series;
    expect(series).toHaveLength(2);
    expect(series[0]).toMatchObject({ type: 'bar', name: 'Revenue', data: [50, 20, 15, 10, 5] });
    expect(series[1]).toMatchObject({
      type: 'line',
      name: 'Cumulative share',
      yAxisIndex: 1,
      data: [50, 70, 85, 95, 100],
    });
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['1', '2', '3', '4', '5'], inverse: false });
  });

  it('scales the cumulative axis to 0–100 and the revenue axis from 0', () => {
    const yAxis = paretoOption(perCustomer, labels).yAxis as Array<Record<string, unknown>>;
    expect(yAxis[0]).toMatchObject({ type: 'value', name: 'Revenue', min: 0, position: 'left' });
    expect(yAxis[1]).toMatchObject({ type: 'value', name: 'Cumulative share', min: 0, max: 100, position: 'right' });
  });

  it('marks 80% on the line and the bar where 80% is reached', () => {
    const series = paretoOption(perCustomer, labels).series as Series;
    expect(series[1]?.markLine?.data).toEqual([{ yAxis: 80 }]);
    expect(series[1]?.markLine?.label.formatter).toBe('80% of revenue');
    expect(series[0]?.markLine?.data).toEqual([{ xAxis: '3' }]);
    expect(series[0]?.markLine?.label.formatter).toBe('customer 3');
  });

  it('labels binned bars with their rank range and finds k80 inside a bin', () => {
    const binned: ParetoChart = {
      summary: { customers: 300, revenue: 1000, k80: 150, share_for_80: 0.5, top20_share: 0.6, gini: 0.5 },
      bars: [
        { from: 1, to: 100, revenue: 600, cumulativeShare: 0.6 },
        { from: 101, to: 200, revenue: 300, cumulativeShare: 0.9 },
        { from: 201, to: 300, revenue: 100, cumulativeShare: 1 },
      ],
    };
    const option = paretoOption(binned, labels);
    expect((option.xAxis as { data: string[] }).data).toEqual(['1–100', '101–200', '201–300']);
    expect((option.series as Series)[0]?.markLine?.data).toEqual([{ xAxis: '101–200' }]);
    expect((option.series as Series)[1]?.data).toEqual([60, 90, 100]);
  });

  it('draws no k80 marker when there is no bar for it', () => {
    const empty: ParetoChart = {
      summary: { customers: 0, revenue: 0, k80: 0, share_for_80: 0, top20_share: 0, gini: 0 },
      bars: [],
    };
    const series = paretoOption(empty, labels).series as Series;
    expect(series[0]?.markLine).toBeUndefined();
    expect(series[0]?.data).toEqual([]);
  });

  it('mirrors the axes for right-to-left languages', () => {
    const option = paretoOption(perCustomer, { ...labels, direction: 'rtl' });
    expect(option.xAxis).toMatchObject({ inverse: true });
    const yAxis = option.yAxis as Array<Record<string, unknown>>;
    expect(yAxis[0]?.position).toBe('right');
    expect(yAxis[1]?.position).toBe('left');
  });

  it('rounds shares to two decimals of a percent and finds bars by rank', () => {
    expect(toPercent(0.7999999999)).toBe(80);
    expect(toPercent(0.123456)).toBe(12.35);
    expect(barIndexOfRank(perCustomer.bars, 1)).toBe(0);
    expect(barIndexOfRank(perCustomer.bars, 5)).toBe(4);
    expect(barIndexOfRank(perCustomer.bars, 6)).toBe(-1);
  });
});
