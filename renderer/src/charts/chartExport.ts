/** PNG and SVG files of a chart: PNG from the shown canvas, SVG from an off-screen SVG instance of the same option. */
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from './echarts.js';

type Instance = ReturnType<typeof echarts.init>;

export function chartPng(instance: Instance): string {
  return instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
}

export function chartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const element = document.createElement('div');
  const svg = echarts.init(element, undefined, { renderer: 'svg', ssr: true, width, height });
  try {
    svg.setOption({ ...option, animation: false });
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.renderToSVGString())}`;
  } finally {
    svg.dispose();
  }
}

/** Starts a download of a data: URL (browser mode and Electron alike). */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
