/**
 * One customer beside the table: every attribute and metric, the saved segments they are in, their
 * segments at each snapshot, and their orders (newest first, with the lines). Escape or the close button puts focus back on the
 * customer's row (see CustomerTable).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail, CustomerOrder } from '../../../shared/api.js';
import { formatDate, formatInteger, formatMoney } from '../format.js';
import { useStore } from '../store/index.js';
import { CustomerTimeline } from './CustomerTimeline.js';
import { columnLabel, formatCell } from './columns.js';

export function CustomerPanel(): React.JSX.Element | null {
  const { t } = useTranslation();
  const panel = useStore((s) => s.customerPanel);
  const closeCustomer = useStore((s) => s.closeCustomer);
  const closeButton = useRef<HTMLButtonElement>(null);
  const customerId = panel?.customerId ?? null;

  useEffect(() => {
    if (customerId === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeCustomer();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [customerId, closeCustomer]);
  useEffect(() => {
    if (customerId !== null) closeButton.current?.focus();
  }, [customerId]);

  if (!panel) return null;
  return (
    <aside className="customer-panel" aria-labelledby="customer-panel-title" data-testid="customer-panel">
      <div className="customer-panel-head">
        <h3 id="customer-panel-title" className="customer-panel-title" dir="auto">
          {t('data.panel.label', { id: panel.customerId })}
        </h3>
        <button
          ref={closeButton}
          type="button"
          className="btn btn-small"
          onClick={closeCustomer}
          data-testid="customer-panel-close"
        >
          {t('data.panel.close')}
        </button>
      </div>
      {panel.status === 'loading' && <p className="muted">{t('data.panel.loading')}</p>}
      {panel.status === 'error' && <p className="muted">{t('data.panel.failed')}</p>}
      {panel.detail && <PanelBody detail={panel.detail} />}
    </aside>
  );
}

function PanelBody({ detail }: { detail: CustomerDetail }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="customer-panel-body">
      <section aria-labelledby="cp-attributes">
        <h4 id="cp-attributes">{t('data.panel.attributes')}</h4>
        <dl className="customer-attrs" data-testid="customer-attrs">
          {detail.columns
            .filter((c) => c.source !== 'customer_id')
            .map((c) => (
              <div key={c.key} className="customer-attr">
                <dt>{columnLabel(c, t)}</dt>
                {/* bdi, not dir on the dd: the value keeps its own order but lines up as the page does. */}
                <dd>
                  <bdi>{formatCell(c, detail.values[c.key] ?? null, lang, t) || '—'}</bdi>
                </dd>
              </div>
            ))}
        </dl>
      </section>
      <section aria-labelledby="cp-segments">
        <h4 id="cp-segments">{t('data.panel.segments')}</h4>
        {detail.segments.length === 0 ? (
          <p className="muted">{t('data.panel.noSegments')}</p>
        ) : (
          <ul className="customer-segments" data-testid="customer-segments">
            {detail.segments.map((s) => (
              <li key={s.id} className="customer-segment">
                <span className="segment-dot" style={{ background: s.color ?? 'var(--accent)' }} aria-hidden="true" />
                <span dir="auto">{s.name}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CustomerTimeline customerId={detail.customer_id} />
      <section aria-labelledby="cp-orders">
        <h4 id="cp-orders">{t('data.panel.orders')}</h4>
        {detail.orders.length === 0 ? (
          <p className="muted">{t('data.panel.noOrders')}</p>
        ) : (
          <>
            {detail.orderCount > detail.orders.length && (
              <p className="muted">
                {t('data.panel.ordersShown', {
                  shown: formatInteger(detail.orders.length, lang),
                  total: formatInteger(detail.orderCount, lang),
                })}
              </p>
            )}
            <table className="customer-orders" data-testid="customer-orders">
              <thead>
                <tr>
                  <th scope="col">{t('data.panel.date')}</th>
                  <th scope="col">{t('data.panel.order')}</th>
                  <th scope="col" className="num">
                    {t('data.panel.amount')}
                  </th>
                  <th scope="col">{t('data.panel.lines')}</th>
                </tr>
              </thead>
              <tbody>
                {detail.orders.map((o) => (
                  <tr key={o.order_id} className={o.counted ? '' : 'is-not-counted'}>
                    <td>
                      {formatDate(o.date, lang)}
                      {!o.counted && <span className="visually-hidden"> ({t('data.panel.notCounted')})</span>}
                    </td>
                    <td>
                      <bdi>{o.order_id}</bdi>
                    </td>
                    <td className="num">{formatMoney(o.amount, lang)}</td>
                    <td title={!o.counted ? t('data.panel.notCounted') : undefined}>
                      <bdi>{linesText(o)}</bdi>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}

/** "Mug · Kitchen, Tea · Food": each line's text values (product, category...). */
function linesText(order: CustomerOrder): string {
  return order.lines
    .map((line) =>
      Object.values(line.values)
        .filter((v): v is string => typeof v === 'string' && v !== '')
        .join(' · '),
    )
    .filter((text) => text !== '')
    .join(', ');
}
