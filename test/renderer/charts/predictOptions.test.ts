/** The Predict view's chart options: the holdout check and the clv histogram, left to right and right to left. */
import { describe, expect, it } from 'vitest';
import { binLabel, clvHistogramOption } from '../../../renderer/src/charts/clvHistogramOption.js';
import { holdoutOption } from '../../../renderer/src/charts/holdoutOption.js';
import type { ClvBin, HoldoutFrequencyRow } from '../../../shared/contract/clv.js';

const ROWS: HoldoutFrequencyRow[] = [
  { frequency: '0', customers: 10, actual: 0.2, predicted: 0.25 },
  { frequency: '1', customers: 5, actual: 0.8, predicted: 0.7 },
  { frequency: '7+', customers: 2, actual: 5, predicted: 5.5 },
];
const holdoutLabels = (direction: 'ltr' | 'rtl') => ({
  frequency: (f: string) => `f${f}`,
  number: (v: number) => v.toFixed(2),
  actual: 'Actual',
  predicted: 'Predicted',
  frequencyAxis: 'Repeat purchases',
  valueAxis: 'Mean',
  direction,
});

interface Shape {
  grid: { left: number; right: number; top: number };
  legend: { right?: number; align?: string; data?: string[] };
  xAxis: { data: string[]; inverse: boolean };
  yAxis: { position: string };
  series: Array<{ type: string; name: string; data: number[] }>;
  tooltip: { extraCssText?: string };
}

describe('holdoutOption', () => {
  it('draws actual and predicted means over the calibration frequencies', () => {
    const o = holdoutOption(ROWS, holdoutLabels('ltr')) as unknown as Shape;
    expect(o.xAxis.data).toEqual(['f0', 'f1', 'f7+']);
    expect(o.xAxis.inverse).toBe(false);
    expect(o.yAxis.position).toBe('left');
    expect(o.grid).toMatchObject({ left: 56, right: 16, top: 60 });
    expect(o.legend.data).toEqual(['Actual', 'Predicted']);
    expect(o.series.map((s) => [s.type, s.name, s.data])).toEqual([
      ['line', 'Actual', [0.2, 0.8, 5]],
      ['line', 'Predicted', [0.25, 0.7, 5.5]],
    ]);
  });

  it('runs from the right in RTL, value axis and legend on the right', () => {
    const o = holdoutOption(ROWS, holdoutLabels('rtl')) as unknown as Shape;
    expect(o.xAxis.inverse).toBe(true);
    expect(o.yAxis.position).toBe('right');
    expect(o.grid).toMatchObject({ left: 16, right: 56 });
    expect(o.legend).toMatchObject({ right: 8, align: 'right' });
    expect(o.tooltip.extraCssText).toBe('direction: rtl; text-align: right;');
  });
});

const BINS: ClvBin[] = [
  { from: 0, to: 50, customers: 7 },
  { from: 50, to: 100, customers: 3 },
  { from: 100, to: null, customers: 1 },
];
const histogramLabels = (direction: 'ltr' | 'rtl') => ({
  money: (v: number) => String(v),
  count: (v: number) => String(v),
  andMore: (from: string) => `${from}+`,
  range: (from: string, to: string) => `${from}-${to}`,
  valueAxis: 'Predicted value',
  countAxis: 'Customers',
  direction,
});

describe('clvHistogramOption', () => {
  it('has a bar per range, the last open', () => {
    const o = clvHistogramOption(BINS, histogramLabels('ltr')) as unknown as Shape;
    expect(o.xAxis.data).toEqual(['0-50', '50-100', '100+']);
    expect(o.series.map((s) => [s.type, s.data])).toEqual([['bar', [7, 3, 1]]]);
    expect(o.xAxis.inverse).toBe(false);
    expect(o.yAxis.position).toBe('left');
    expect(binLabel({ from: 5, to: null, customers: 1 }, histogramLabels('ltr'))).toBe('5+');
  });

  it('runs from the right in RTL with the count axis on the right', () => {
    const o = clvHistogramOption(BINS, histogramLabels('rtl')) as unknown as Shape;
    expect(o.xAxis.inverse).toBe(true);
    expect(o.yAxis.position).toBe('right');
    expect(o.grid).toMatchObject({ left: 16, right: 56 });
    expect(o.tooltip.extraCssText).toBe('direction: rtl; text-align: right;');
  });
});
