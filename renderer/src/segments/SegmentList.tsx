/** The saved segments: colour, name, size and revenue share; open one, duplicate or delete it. */
import { useTranslation } from 'react-i18next';
import { formatInteger, formatPercent } from '../format.js';
import { useStore } from '../store/index.js';

export function SegmentList(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const segments = useStore((s) => s.segments);
  const status = useStore((s) => s.segmentsStatus);
  const openId = useStore((s) => s.draft?.id ?? null);
  const draftOpen = useStore((s) => s.draft !== null);
  const { openSegment, newSegment, closeDraft, duplicateSegment, deleteSegment } = useStore.getState();

  return (
    <aside className="segments-side" aria-labelledby="segments-title">
      <div className="segments-side-head">
        <h2 id="segments-title" className="view-title">
          {t('segments.title')}
        </h2>
        <div className="segments-side-actions">
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={() => newSegment()}
            data-testid="segment-new"
          >
            {t('segments.new')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={!draftOpen}
            onClick={() => closeDraft()}
            data-testid="segment-templates"
          >
            {t('segments.templates')}
          </button>
        </div>
      </div>
      {status === 'loading' && segments.length === 0 && <p className="muted">{t('segments.loading')}</p>}
      {status === 'ready' && segments.length === 0 && <p className="muted segments-none">{t('segments.empty')}</p>}
      <ul className="segment-list" aria-label={t('segments.listLabel')} data-testid="segment-list">
        {segments.map((segment) => (
          <li
            key={segment.id}
            className={`segment-item ${segment.id === openId ? 'is-open' : ''}`}
            data-testid="segment-item"
          >
            <button
              type="button"
              className="segment-item-open"
              aria-current={segment.id === openId ? 'true' : undefined}
              onClick={() => openSegment(segment.id)}
              data-testid="segment-item-open"
            >
              <span className="segment-swatch" style={{ backgroundColor: segment.color ?? 'var(--border-strong)' }} />
              <span className="segment-item-text">
                <span className="segment-item-name">{segment.name}</span>
                <span className="segment-item-counts" data-testid="segment-item-counts">
                  {t('segments.itemCounts', {
                    customers: formatInteger(segment.counts.customers, lang),
                    revenue: formatPercent(segment.counts.share_revenue, lang),
                  })}
                </span>
              </span>
            </button>
            <div className="segment-item-actions">
              <button
                type="button"
                className="btn btn-quiet btn-icon"
                aria-label={t('segments.duplicate', { name: segment.name })}
                title={t('segments.duplicate', { name: segment.name })}
                onClick={() => void duplicateSegment(segment.id)}
                data-testid="segment-duplicate"
              >
                ⧉
              </button>
              <button
                type="button"
                className="btn btn-quiet btn-icon btn-icon-danger"
                aria-label={t('segments.delete', { name: segment.name })}
                title={t('segments.delete', { name: segment.name })}
                onClick={() => void deleteSegment(segment.id)}
                data-testid="segment-delete"
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
