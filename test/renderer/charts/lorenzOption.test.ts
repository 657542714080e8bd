import { describe, expect, it } from 'vitest';
import { type LorenzLabels, lorenzOption } from '../../../renderer/src/charts/lorenzOption.js';

const labels: LorenzLabels = {
  x: 'Customers',
  y: 'Revenue',
  curve: 'Lorenz curve',
  equality: 'Equality',
  percent: (v) => `${Math.round(v * 100)}%`,
  direction: 'ltr',
};

describe('lorenzOption', () => {
  it('plots the points in percent against the line of equality', () => {
    const option = lorenzOption(
      [
        { x: 0, y: 0 },
        { x: 0.5, y: 0.1 },
        { x: 1, y: 1 },
      ],
      labels,
    ) as unknown as { series: Array<{ name: string; data: number[][] }>; xAxis: { inverse: boolean; max: number } };
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      [
        'Lorenz curve',
        [
          [0, 0],
          [50, 10],
          [100, 100],
        ],
      ],
      [
        'Equality',
        [
          [0, 0],
          [100, 100],
        ],
      ],
    ]);
    expect(option.xAxis).toMatchObject({ inverse: false, max: 100 });
  });

  it('flips the x axis right-to-left', () => {
    const option = lorenzOption([], { ...labels, direction: 'rtl' }) as unknown as { xAxis: { inverse: boolean } };
    expect(option.xAxis.inverse).toBe(true);
  });
});
