/** The clusters, largest first: size, share, revenue, each field's average in its unit, what sets them apart. */
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../shared/contract/cluster.js';
import { clusterColor } from '../charts/clusterScatterOption.js';
import { formatInteger, formatMoney, formatPercent } from '../format.js';
import { describeDistinctive, formatCentroid } from './clusterText.js';

interface Props {
  result: ClusterResult;
  names: readonly string[];
  labelOf(key: string): string;
  onMakeRule(cluster: number): void;
  /** Absent until the clustering is saved (a segment of a cluster needs the saved `cluster` field). */
  onSaveSegment: ((cluster: number) => void) | null;
  busy: boolean;
}

export function ClusterTable({ result, names, labelOf, onMakeRule, onSaveSegment, busy }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="table discover-table" data-testid="discover-table">
        <caption className="visually-hidden">{t('discover.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('discover.table.name')}</th>
            <th scope="col" className="num">
              {t('discover.table.customers')}
            </th>
            <th scope="col" className="num">
              {t('discover.table.share')}
            </th>
            <th scope="col" className="num">
              {t('discover.table.revenue')}
            </th>
            <th scope="col" className="num">
              {t('discover.table.revenueShare')}
            </th>
            {result.fields.map((f) => (
              <th scope="col" className="num" key={f.key}>
                {t('discover.table.average', { label: labelOf(f.key) })}
              </th>
            ))}
            <th scope="col">{t('discover.table.distinctive')}</th>
            <th scope="col">{t('discover.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {result.clusters.map((c, i) => (
            <tr key={c.cluster} data-testid="discover-cluster" data-cluster={c.cluster}>
              <th scope="row">
                <span className="discover-swatch" style={{ background: clusterColor(c.cluster) }} aria-hidden="true" />
                <span data-testid="discover-cluster-name">{names[i] ?? c.name}</span>
              </th>
              <td className="num" data-testid="discover-cluster-customers">
                {formatInteger(c.customers, lang)}
              </td>
              <td className="num">{formatPercent(c.share, lang)}</td>
              <td className="num">{formatMoney(c.revenue, lang)}</td>
              <td className="num">{formatPercent(c.revenue_share, lang)}</td>
              {result.fields.map((f) => (
                <td className="num" key={f.key}>
                  {formatCentroid(f.key, c.centroid[f.key] ?? Number.NaN, lang)}
                </td>
              ))}
              <td className="discover-distinctive">
                {describeDistinctive(c.distinctive, labelOf, t, lang).map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </td>
              <td>
                <div className="discover-row-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    data-testid="discover-make-rule"
                    onClick={() => onMakeRule(c.cluster)}
                  >
                    {t('discover.table.makeRule')}
                  </button>
                  {onSaveSegment && (
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busy}
                      data-testid="discover-save-segment"
                      onClick={() => onSaveSegment(c.cluster)}
                    >
                      {t('discover.table.saveSegment')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
