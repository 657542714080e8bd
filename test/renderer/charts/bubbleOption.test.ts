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
});
