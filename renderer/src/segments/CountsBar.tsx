/** The open segment's size and value, always at the top: customers, share, revenue, share of revenue. */
import { useTranslation } from 'react-i18next';
import { formatInteger, formatMoneyCompact, formatPercent } from '../format.js';
import { useStore } from '../store/index.js';

export function CountsBar(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const live = useStore((s) => s.live);
  const incomplete = useStore((s) => s.pruned?.incomplete.length ?? 0);
  const counts = live.counts;
  const stale = live.status === 'counting';
  const cards = [
    { key: 'customers', label: t('segments.counts.customers'), value: formatInteger(counts?.customers, lang) },
    {
      key: 'share-customers',
      label: t('segments.counts.shareCustomers'),
      value: formatPercent(counts?.share_customers, lang),
    },
    { key: 'revenue', label: t('segments.counts.revenue'), value: formatMoneyCompact(counts?.revenue, lang) },
    {
      key: 'share-revenue',
      label: t('segments.counts.shareRevenue'),
      value: formatPercent(counts?.share_revenue, lang),
    },
  ];
  return (
    <section className="segment-counts" aria-label={t('segments.counts.label')} aria-busy={stale}>
      <dl className={`segment-counts-cards ${stale ? 'is-stale' : ''}`}>
        {cards.map((card) => (
          <div key={card.key} className="segment-count">
            <dt className="segment-count-label">{card.label}</dt>
            <dd className="segment-count-value" data-testid={`segment-count-${card.key}`}>
              {card.value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="segment-counts-status" aria-live="polite">
        {stale && (
          <span className="muted" data-testid="segment-counting">
            {t('segments.counts.counting')}
          </span>
        )}
        {live.status === 'error' && live.error && (
          <span className="segment-counts-error">{t('segments.counts.failed', { message: live.error.message })}</span>
        )}
        {incomplete > 0 && (
          <span className="segment-counts-incomplete" data-testid="segment-incomplete">
            {t('segments.counts.incomplete', { count: incomplete })}
          </span>
        )}
      </div>
    </section>
  );
}
