import { describe, expect, it } from 'vitest';
import { type HeatmapLabels, heatmapData, rfmHeatmapOption } from '../../../renderer/src/charts/rfmHeatmapOption.js';
import type { RfmGridCell } from '../../../shared/contract/rfm.js';

const labels: HeatmapLabels = {
  r: 'R',
  f: 'F',
  customers: (n) => `${n} c`,
  average: (v) => (v === null ? '' : `avg ${v}`),
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
});
