/** The clustering in a sentence or two: k, customers, the silhouette, who was left out, and whether a sample was used. */
import { useTranslation } from 'react-i18next';
import type { ClusterResult } from '../../../shared/contract/cluster.js';
import { formatInteger, formatNumber } from '../format.js';

export function ResultSummary({ result, fixedK }: { result: ClusterResult; fixedK: boolean }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const score = result.silhouette.find((s) => s.k === result.k)?.score;
  const sample = result.silhouette_sample;
  return (
    <div className="discover-summary" data-testid="discover-summary">
      <p>
        {t(fixedK ? 'discover.summaryFixed' : 'discover.summary', {
          k: formatInteger(result.k, lang),
          customers: formatInteger(result.customers, lang),
          score: formatNumber(score ?? Number.NaN, lang, 3),
          inertia: formatInteger(result.inertia, lang),
        })}
      </p>
      {result.excluded_empty > 0 && (
        <p className="muted" data-testid="discover-excluded">
          {t('discover.excluded', { n: formatInteger(result.excluded_empty, lang) })}
        </p>
      )}
      {result.excluded_log_domain > 0 && (
        <p className="muted">{t('discover.excludedLog', { n: formatInteger(result.excluded_log_domain, lang) })}</p>
      )}
      {sample && (
        <p className="muted" data-testid="discover-sample">
          {t('discover.sample', {
            size: formatInteger(sample.size, lang),
            of: formatInteger(sample.of, lang),
            seed: formatInteger(sample.seed, lang),
          })}
        </p>
      )}
      {!result.converged && <p className="muted">{t('discover.notConverged')}</p>}
    </div>
  );
}
