import { describe, expect, it } from 'vitest';
import { bubbleOption, bubbleSize } from '../../../renderer/src/charts/bubbleOption.js';

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

  it('leaves a fifth of headroom above the highest bubble, so its label clears the axis name', () => {
    const option = bubbleOption([{ name: 'Top', customers: 345, revenuePerCustomer: 5556.73, revenue: 1_917_070.5 }], {
      customers: 'Customers',
      revenuePerCustomer: 'Rev/cust',
      integer: String,
      money: String,
      direction: 'ltr',
    }) as unknown as { yAxis: { max: (extent: { max: number }) => number } };
    expect(option.yAxis.max({ max: 6000 })).toBe(7200);
  });
});
