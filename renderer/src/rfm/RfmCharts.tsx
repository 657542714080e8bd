/** The R x F heat map, customers per segment, and customer share vs revenue share per segment. */

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RfmResult } from '../../../shared/contract/rfm.js';
import { ChartCell } from '../charts/ChartCell.js';
import { pairedBarsOption, SHARE_COLORS } from '../charts/pairedBarsOption.js';
import { rfmHeatmapOption } from '../charts/rfmHeatmapOption.js';
import { formatCompact, formatInteger, formatPercent } from '../format.js';
import { directionOf } from '../i18n/direction.js';
import { rfmSegmentLabel } from './segmentLabel.js';

export function RfmCharts({ result }: { result: RfmResult }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);

  const heatmap = useMemo(
    () =>
      rfmHeatmapOption(result.grid, result.settings.bins, {
        r: t('rfm.charts.r'),
        f: t('rfm.charts.f'),
        customers: (count) => t('rfm.charts.cellCustomers', { n: formatInteger(count, lang) }),
        average: (value) => (value === null ? '' : t('rfm.charts.cellAverage', { value: formatCompact(value, lang) })),
        score: (value) => formatInteger(value, lang),
        direction,
      }),
    [result, t, lang, direction],
  );

  const names = useMemo(() => result.segments.map((s) => rfmSegmentLabel(s.segment, t)), [result, t]);
  const sizes = useMemo(
    () =>
      pairedBarsOption(
        names,
        [
          {
            name: t('rfm.charts.customers'),
            values: result.segments.map((s) => s.customers),
            color: SHARE_COLORS.customers,
          },
        ],
        { value: (v) => formatInteger(v, lang), direction },
      ),
    [result, names, t, lang, direction],
  );
  const shares = useMemo(
    () =>
      pairedBarsOption(
        names,
        [
          {
            name: t('rfm.charts.shareCustomers'),
            values: result.segments.map((s) => s.share_customers),
            color: SHARE_COLORS.customers,
          },
          {
            name: t('rfm.charts.shareRevenue'),
            values: result.segments.map((s) => s.share_revenue),
            color: SHARE_COLORS.revenue,
          },
        ],
        { value: (v) => formatPercent(v, lang), direction },
      ),
    [result, names, t, lang, direction],
  );

  return (
    <div className="rfm-charts">
      <ChartCell
        title={t('rfm.charts.heatmap')}
        option={heatmap}
        label={t('rfm.charts.heatmapLabel')}
        testId="rfm-heatmap"
        fileName="rfm-heatmap"
        height={360}
      />
      <ChartCell
        title={t('rfm.charts.segments')}
        option={sizes}
        label={t('rfm.charts.segmentsLabel')}
        testId="rfm-segments-chart"
        fileName="rfm-segments"
        height={360}
      />
      <ChartCell
        title={t('rfm.charts.shares')}
        wide
        option={shares}
        label={t('rfm.charts.sharesLabel')}
        testId="rfm-shares-chart"
        fileName="rfm-shares"
      />
    </div>
  );
}
