/** How k was chosen: the mean silhouette per k (the k kept marked) and the elbow of the inertia. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../shared/contract/cluster.js';
import { ChartCell } from '../charts/ChartCell.js';
import { kScoresOption } from '../charts/kScoresOption.js';
import { formatInteger, formatNumber } from '../format.js';
import { directionOf } from '../i18n/direction.js';

export function KCharts({ result }: { result: ClusterResult }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);
  const silhouette = useMemo(
    () =>
      kScoresOption(
        result.silhouette.map((s) => ({ k: s.k, value: s.score })),
        result.k,
        {
          metric: t('discover.charts.silhouetteMetric'),
          kAxis: t('discover.charts.kAxis'),
          k: (k) => formatInteger(k, lang),
          value: (v) => formatNumber(v, lang, 3),
          direction,
        },
      ),
    [result, t, lang, direction],
  );
  const elbow = useMemo(
    () =>
      kScoresOption(
        result.silhouette.map((s) => ({ k: s.k, value: s.inertia })),
        result.k,
        {
          metric: t('discover.charts.elbowMetric'),
          kAxis: t('discover.charts.kAxis'),
          k: (k) => formatInteger(k, lang),
          value: (v) => formatInteger(v, lang),
          direction,
        },
      ),
    [result, t, lang, direction],
  );
  return (
    <div className="rfm-charts">
      <ChartCell
        title={t('discover.charts.silhouette')}
        option={silhouette}
        label={t('discover.charts.silhouetteLabel')}
        testId="discover-silhouette"
        fileName="silhouette"
        height={260}
      />
      <ChartCell
        title={t('discover.charts.elbow')}
        option={elbow}
        label={t('discover.charts.elbowLabel')}
        testId="discover-elbow"
        fileName="elbow"
        height={260}
      />
    </div>
  );
}
