import { describe, expect, it } from 'vitest';
import {
  CLUSTER_COLORS,
  clusterColor,
  clusterScatterOption,
  pointsByCluster,
} from '../../../renderer/src/charts/clusterScatterOption.js';
import { KEPT_COLOR, kScoresOption } from '../../../renderer/src/charts/kScoresOption.js';

const kLabels = (direction: 'ltr' | 'rtl') => ({
  metric: 'Mean silhouette',
  kAxis: 'k',
  k: (k: number) => `#${k}`,
  value: (v: number) => v.toFixed(2),
  direction,
});

interface KView {
  grid: { left: number; right: number };
  xAxis: {
    data: string[];
    inverse: boolean;
    axisLabel: { formatter: (v: string) => string };
  };
  yAxis: { position: string };
  series: Array<{
    data: Array<{ value: number; symbolSize: number; itemStyle?: { color: string } }>;
    markLine: { data: Array<{ xAxis: string }> };
  }>;
}

describe('kScoresOption', () => {
  const scores = [
    { k: 2, value: 0.44 },
    { k: 3, value: 0.32 },
    { k: 4, value: 0.35 },
  ];

  it('draws one point per k, the kept k larger, in its colour, with a line at it', () => {
    const option = kScoresOption(scores, 2, kLabels('ltr')) as unknown as KView;
    expect(option.xAxis.data).toEqual(['2', '3', '4']);
    const [series] = option.series;
    expect(series?.data).toEqual([
      { value: 0.44, symbolSize: 14, itemStyle: { color: KEPT_COLOR } },
      { value: 0.32, symbolSize: 7 },
      { value: 0.35, symbolSize: 7 },
    ]);
    expect(series?.markLine.data).toEqual([{ xAxis: '2' }]);
    expect(option.xAxis.axisLabel.formatter('2')).toBe('{kept|#2}');
    expect(option.xAxis.axisLabel.formatter('3')).toBe('#3');
  });

  it('runs k from the right with the value axis on the right in RTL, and from the left in LTR', () => {
    const ltr = kScoresOption(scores, 2, kLabels('ltr')) as unknown as KView;
    const rtl = kScoresOption(scores, 2, kLabels('rtl')) as unknown as KView;
    expect([ltr.xAxis.inverse, ltr.yAxis.position, ltr.grid.left, ltr.grid.right]).toEqual([false, 'left', 16, 24]);
    expect([rtl.xAxis.inverse, rtl.yAxis.position, rtl.grid.left, rtl.grid.right]).toEqual([true, 'right', 24, 16]);
  });

  it('marks nothing when the kept k is not among the scores', () => {
    const option = kScoresOption(scores, 7, kLabels('ltr')) as unknown as KView;
    expect(option.series[0]?.markLine.data).toEqual([]);
  });
});

interface ScatterView {
  legend: { data: string[]; right?: number };
  xAxis: { name: string; inverse: boolean };
  yAxis: { name: string; position: string };
  series: Array<{ name: string; data: Array<[number, number]>; itemStyle: { color: string } }>;
}

describe('clusterScatterOption', () => {
  const points = [
    { pc1: 1, pc2: 2, cluster: 1 },
    { pc1: -1, pc2: 0.5, cluster: 2 },
    { pc1: 3, pc2: -1, cluster: 1 },
  ];
  const labels = (direction: 'ltr' | 'rtl') => ({ x: 'PC1 (70%)', y: 'PC2 (20%)', value: String, direction });

  it('groups the customers by cluster, one series and colour each', () => {
    const clusters = pointsByCluster(points, ['rare', 'frequent']);
    expect(clusters).toEqual([
      {
        cluster: 1,
        name: 'rare',
        points: [
          [1, 2],
          [3, -1],
        ],
      },
      { cluster: 2, name: 'frequent', points: [[-1, 0.5]] },
    ]);
    const option = clusterScatterOption(clusters, labels('ltr')) as unknown as ScatterView;
    expect(option.series.map((s) => [s.name, s.itemStyle.color])).toEqual([
      ['rare', '#2f54eb'],
      ['frequent', '#c2410c'],
    ]);
    expect(option.legend.data).toEqual(['rare', 'frequent']);
    expect([option.xAxis.name, option.yAxis.name]).toEqual(['PC1 (70%)', 'PC2 (20%)']);
  });

  it('mirrors in RTL: x from the right, y axis and legend on the right', () => {
    const ltr = clusterScatterOption([], labels('ltr')) as unknown as ScatterView;
    const rtl = clusterScatterOption([], labels('rtl')) as unknown as ScatterView;
    expect([ltr.xAxis.inverse, ltr.yAxis.position, ltr.legend.right]).toEqual([false, 'left', undefined]);
    expect([rtl.xAxis.inverse, rtl.yAxis.position, rtl.legend.right]).toEqual([true, 'right', 8]);
  });

  it('cycles the colours after ten clusters', () => {
    expect(clusterColor(11)).toBe(CLUSTER_COLORS[0]);
    expect(clusterColor(10)).toBe(CLUSTER_COLORS[9]);
  });
});
