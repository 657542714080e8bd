/** One echarts chart: mounts the canvas, feeds it a pure option, follows its size, offers PNG/SVG. */
import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartPng, chartSvg, downloadUrl } from './chartExport.js';
import { echarts } from './echarts.js';

interface Props {
  option: EChartsCoreOption;
  label: string;
  testId: string;
  /** File name without extension for the PNG/SVG export; no export buttons without it. */
  fileName?: string;
  caption?: string;
  height?: number;
  /** Grow to fill the view (the main chart of a view) instead of a fixed-height card. */
  fill?: boolean;
  /** Called with the data item of a clicked series item (a cell, a band). */
  onItemClick?(data: unknown): void;
}

export function EChart({
  option,
  label,
  testId,
  fileName,
  caption,
  height = 320,
  fill = false,
  onItemClick,
}: Props): React.JSX.Element {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const instance = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'canvas' });
    instance.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    instance.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const chart = instance.current;
    if (!chart || !onItemClick) return;
    const handler = (params: { data?: unknown }) => onItemClick(params.data);
    chart.on('click', handler);
    return () => {
      chart.off('click', handler);
    };
  }, [onItemClick]);

  function exportPng(): void {
    if (instance.current && fileName) downloadUrl(chartPng(instance.current), `${fileName}.png`);
  }

  function exportSvg(): void {
    const chart = instance.current;
    if (chart && fileName) downloadUrl(chartSvg(option, chart.getWidth(), chart.getHeight()), `${fileName}.svg`);
  }

  return (
    <figure className={fill ? 'chart-figure' : 'chart-figure chart-small'}>
      {fileName && (
        <div className="chart-tools">
          <button type="button" className="btn btn-small" onClick={exportPng} data-testid={`${testId}-png`}>
            {t('charts.png')}
          </button>
          <button type="button" className="btn btn-small" onClick={exportSvg} data-testid={`${testId}-svg`}>
            {t('charts.svg')}
          </button>
        </div>
      )}
      <div
        ref={element}
        className="chart"
        style={fill ? undefined : { minBlockSize: height }}
        role="img"
        aria-label={label}
        data-testid={testId}
      />
      {caption && <figcaption className="chart-caption muted">{caption}</figcaption>}
    </figure>
  );
}
