import { describe, expect, it } from 'vitest';
import { bubbleOption, bubbleSize } from '../../renderer/src/charts/bubbleOption.js';
import { pairedBarsOption } from '../../renderer/src/charts/pairedBarsOption.js';

describe('pairedBarsOption', () => {
  it('puts one bar series per measure over the categories', () => {
    const option = pairedBarsOption(
      ['A', 'B'],
      [
        { name: '% customers', values: [0.2, 0.8], color: '#111' },
        { name: '% revenue', values: [0.6, 0.4], color: '#222' },
      ],
      { value: (v) => `${Math.round(v * 100)}%`, direction: 'ltr' },
    ) as unknown as { xAxis: { data: string[] }; series: Array<{ type: string; name: string; data: number[] }> };
    expect(option.xAxis.data).toEqual(['A', 'B']);
    expect(option.series.map((s) => [s.type, s.name, s.data])).toEqual([
      ['bar', '% customers', [0.2, 0.8]],
      ['bar', '% revenue', [0.6, 0.4]],
    ]);
  });
});

describe('bubbleOption', () => {
  it('sizes bubbles by the square root of revenue so their area is proportional', () => {
    expect(bubbleSize(100, 100)).toBe(60);
    expect(bubbleSize(25, 100)).toBe(30);
    expect(bubbleSize(0, 100)).toBe(8);
    expect(bubbleSize(0.01, 100)).toBe(8);
  });

  it('plots x = customers, y = revenue per customer', () => {
    const option = bubbleOption(
      [
        { name: 'A', customers: 10, revenuePerCustomer: 50, revenue: 500 },
        { name: 'B', customers: 40, revenuePerCustomer: 5, revenue: 200 },
      ],
      { customers: 'Customers', revenuePerCustomer: 'Rev/cust', integer: String, money: String, direction: 'ltr' },
    ) as unknown as { series: Array<{ data: Array<{ name: string; value: number[]; symbolSize: number }> }> };
    const data = option.series[0]?.data ?? [];
    expect(data.map((d) => [d.name, d.value])).toEqual([
      ['A', [10, 50, 500]],
      ['B', [40, 5, 200]],
    ]);
    expect(data[0]?.symbolSize).toBe(60);
  });
});

describe('overlap colours and bars', () => {
  it('colours by Jaccard and leaves empty cells blank', async () => {
    const { overlapColor, barPercent } = await import('../../renderer/src/compare/overlapColor.js');
    expect(overlapColor(null)).toBe('transparent');
    expect(overlapColor(0)).toBe('transparent');
    expect(overlapColor(1)).toBe('rgba(47, 84, 235, 0.75)');
    expect(overlapColor(0.5)).toBe('rgba(47, 84, 235, 0.38)');
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(1, 1000)).toBe(2);
    expect(barPercent(0, 10)).toBe(0);
  });
});
