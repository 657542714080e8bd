import { describe, expect, it } from 'vitest';
import { pairedBarsOption } from '../../../renderer/src/charts/pairedBarsOption.js';

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
