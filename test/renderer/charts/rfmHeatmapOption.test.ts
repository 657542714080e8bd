import { describe, expect, it } from 'vitest';
import { type HeatmapLabels, heatmapData, rfmHeatmapOption } from '../../../renderer/src/charts/rfmHeatmapOption.js';
import type { RfmGridCell } from '../../../shared/contract/rfm.js';

const labels: HeatmapLabels = {
  r: 'R',
  f: 'F',
  customers: (n) => `${n} c`,
  average: (v) => (v === null ? '' : `avg ${v}`),
  score: String,
  direction: 'ltr',
};

/** A 3-bin grid with two non-empty cells. */
const grid: RfmGridCell[] = [];
for (let r = 1; r <= 3; r++)
  for (let f = 1; f <= 3; f++) grid.push({ r, f, customers: 0, revenue: 0, avg_monetary: null });
grid[0] = { r: 1, f: 1, customers: 4, revenue: 40, avg_monetary: 10 };
grid[8] = { r: 3, f: 3, customers: 2, revenue: 500, avg_monetary: 250 };

describe('rfmHeatmapOption', () => {
  it('places each cell at (F - 1, R - 1) with customers and the average monetary', () => {
    const data = heatmapData(grid);
    expect(data[0]).toEqual([0, 0, 4, 10]);
    expect(data[8]).toEqual([2, 2, 2, 250]);
    expect(data[1]).toEqual([1, 0, 0, null]);
  });

  it('has one category per score on both axes and colours by customers up to the fullest cell', () => {
    const option = rfmHeatmapOption(grid, 3, labels) as unknown as {
      xAxis: { data: string[]; inverse: boolean };
      yAxis: { data: string[] };
      visualMap: { max: number; dimension: number };
      series: Array<{ label: { formatter(p: unknown): string } }>;
    };
    expect(option.xAxis.data).toEqual(['1', '2', '3']);
    expect(option.yAxis.data).toEqual(['1', '2', '3']);
    expect(option.xAxis.inverse).toBe(false);
    expect(option.visualMap).toMatchObject({ max: 4, dimension: 2 });
    expect(option.series[0]?.label.formatter({ data: [2, 2, 2, 250] })).toBe('2 c\navg 250');
  });

  it('flips the F axis right-to-left', () => {
    const option = rfmHeatmapOption(grid, 3, { ...labels, direction: 'rtl' }) as unknown as {
      xAxis: { inverse: boolean };
    };
    expect(option.xAxis.inverse).toBe(true);
  });

  it('mirrors the whole chart right-to-left: R axis on the right, margins swapped, tooltip right to left', () => {
    const score = (n: number) => new Intl.NumberFormat('fa-IR-u-nu-arabext').format(n);
    const option = rfmHeatmapOption(grid, 3, { ...labels, score, direction: 'rtl' }) as unknown as {
      grid: { left: number; right: number };
      xAxis: { data: string[] };
      yAxis: { position: string; data: string[] };
      tooltip: { extraCssText: string; formatter(params: unknown): string };
    };
    expect(option.yAxis.position).toBe('right');
    expect(option.grid).toMatchObject({ left: 24, right: 56 });
    expect(option.xAxis.data).toEqual(['۱', '۲', '۳']);
    expect(option.tooltip.extraCssText).toBe('direction: rtl; text-align: right;');
    expect(option.tooltip.formatter({ data: [2, 0, 2, 250] })).toBe('R ۱ · F ۳<br/>2 c<br/>avg 250');
  });

  it('leaves the left-to-right chart as it was', () => {
    const option = rfmHeatmapOption(grid, 3, labels) as unknown as {
      grid: { left: number; right: number };
      yAxis: { position: string };
      tooltip: { extraCssText?: string };
    };
    expect(option.yAxis.position).toBe('left');
    expect(option.grid).toMatchObject({ left: 56, right: 24 });
    expect(option.tooltip.extraCssText).toBeUndefined();
  });
});
