import { describe, expect, it } from 'vitest';
import { segmentSizeOption } from '../../../renderer/src/charts/segmentSizeOption.js';
import type { SegmentSizePoint } from '../../../shared/contract/history.js';

const points: SegmentSizePoint[] = [
  { snapshot: 3, date: '2024-03-31', takenAt: '2024-04-01T10:00:00.000Z', customers: 6 },
  { snapshot: 4, date: '2024-04-13', takenAt: '2024-04-14T10:00:00.000Z', customers: 7 },
];
const labels = {
  date: (iso: string) => `d${iso.slice(5)}`,
  count: (n: number) => `n${n}`,
  valueAxis: 'Customers',
  color: '#123456',
};

describe('segment size over time', () => {
  it('puts a point per snapshot, dates along the axis', () => {
    const option = segmentSizeOption(points, { ...labels, direction: 'ltr' });
    expect(option.xAxis).toMatchObject({ data: ['d03-31', 'd04-13'], inverse: false, boundaryGap: false });
    expect(option.series).toMatchObject([{ type: 'line', data: [6, 7], itemStyle: { color: '#123456' } }]);
    expect(option.yAxis).toMatchObject({ position: 'left', name: 'Customers', minInterval: 1 });
    expect(option.grid).toEqual({ left: 64, right: 24, top: 36, bottom: 32 });
  });

  it('runs from the right, the value axis on the right, right to left', () => {
    const option = segmentSizeOption(points, { ...labels, direction: 'rtl' });
    expect(option.xAxis).toMatchObject({ inverse: true });
    expect(option.yAxis).toMatchObject({ position: 'right' });
    expect(option.grid).toEqual({ left: 24, right: 64, top: 36, bottom: 32 });
  });
});
