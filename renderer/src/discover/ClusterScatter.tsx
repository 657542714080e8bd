/** The clusters on the first two principal components (their share of the variation in the axis names). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterProjection } from '../../../shared/contract/cluster.js';
import { ChartCell } from '../charts/ChartCell.js';
import { clusterScatterOption, pointsByCluster } from '../charts/clusterScatterOption.js';
import { formatInteger, formatNumber, formatPercent, formatTextList } from '../format.js';
import { directionOf } from '../i18n/direction.js';

interface Props {
  projection: ClusterProjection;
  names: readonly string[];
  labelOf(key: string): string;
}

/** The fields that weigh most in a component (|loading| at least this), strongest first. */
const LEADING = 0.4;

function leadingFields(projection: ClusterProjection, component: 0 | 1, labelOf: (key: string) => string): string[] {
  return Object.entries(projection.loadings)
    .filter(([, l]) => Math.abs(l[component]) >= LEADING)
    .sort((a, b) => Math.abs(b[1][component]) - Math.abs(a[1][component]))
    .map(([key]) => labelOf(key));
}

export function ClusterScatter({ projection, names, labelOf }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);
  const option = useMemo(
    () =>
      clusterScatterOption(pointsByCluster(projection.points, names), {
        x: t('discover.charts.pc', {
          n: formatInteger(1, lang),
          share: formatPercent(projection.explained_variance[0], lang),
        }),
        y: t('discover.charts.pc', {
          n: formatInteger(2, lang),
          share: formatPercent(projection.explained_variance[1], lang),
        }),
        value: (v) => formatNumber(v, lang, 1),
        direction,
      }),
    [projection, names, t, lang, direction],
  );
  const first = leadingFields(projection, 0, labelOf);
  const second = leadingFields(projection, 1, labelOf);
  const caption = [
    projection.sample
      ? t('discover.charts.scatterSample', {
          size: formatInteger(projection.sample.size, lang),
          of: formatInteger(projection.sample.of, lang),
        })
      : '',
    first.length > 0 && second.length > 0
      ? t('discover.charts.loadings', { first: formatTextList(first, lang), second: formatTextList(second, lang) })
      : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return (
    <ChartCell
      wide
      title={t('discover.charts.scatter')}
      option={option}
      label={t('discover.charts.scatterLabel')}
      testId="discover-scatter"
      fileName="clusters"
      caption={caption || undefined}
      height={420}
    />
  );
}
