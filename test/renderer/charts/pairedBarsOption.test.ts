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

describe('pairedBarsOption right to left', () => {
  it('puts the legend and the value axis on the right and reads the tooltip right to left', () => {
    const option = pairedBarsOption(['A', 'B'], [{ name: 'x', values: [1, 2], color: '#000' }], {
      value: String,
      direction: 'rtl',
    }) as unknown as {
      legend: { right: number; align: string };
      xAxis: { inverse: boolean };
      yAxis: { position: string };
      tooltip: { extraCssText: string; textStyle: { align: string } };
    };
    expect(option.legend).toMatchObject({ right: 8, align: 'right' });
    expect(option.xAxis.inverse).toBe(true);
    expect(option.yAxis.position).toBe('right');
    expect(option.tooltip).toMatchObject({
      extraCssText: 'direction: rtl; text-align: right;',
      textStyle: { align: 'right' },
    });
  });
});
