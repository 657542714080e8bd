/** The Lorenz curve of the same revenue, titled with its Gini coefficient. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LorenzPoint } from '../../../shared/contract/analysis.js';
import { ChartCell } from '../charts/ChartCell.js';
import { lorenzOption } from '../charts/lorenzOption.js';
import { formatDecimal, formatPercent } from '../format.js';
import { directionOf } from '../i18n/direction.js';

interface Props {
  points: LorenzPoint[];
  gini: number;
  /** The points are values of a field, not customers. */
  items: boolean;
}

export function LorenzChart({ points, gini, items }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const option = useMemo(
    () =>
      lorenzOption(points, {
        x: items ? t('pareto.lorenz.xItems') : t('pareto.lorenz.x'),
        y: t('pareto.lorenz.y'),
        curve: t('pareto.lorenz.curve'),
        equality: t('pareto.lorenz.equality'),
        percent: (v) => formatPercent(v, lang),
        direction: directionOf(lang),
      }),
    [points, items, t, lang],
  );
  return (
    <ChartCell
      title={t('pareto.lorenz.title', { gini: formatDecimal(gini, lang, 2) })}
      titleTestId="pareto-gini"
      option={option}
      label={t('pareto.lorenz.label')}
      testId="pareto-lorenz"
      fileName="lorenz"
      caption={t('pareto.lorenz.caption')}
    />
  );
}
