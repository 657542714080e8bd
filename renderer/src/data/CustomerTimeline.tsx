/**
 * One customer over time in the customer panel: at each snapshot (the oldest first), the saved
 * segments they were in and their RFM segment.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/contract/history.js';
import { api } from '../api/index.js';
import { formatDate } from '../format.js';
import { rfmSegmentLabel } from '../rfm/segmentLabel.js';
import { useStore } from '../store/index.js';

export function CustomerTimeline({ customerId }: { customerId: string }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);

  useEffect(() => {
    let current = true;
    setEntries(null);
    api.call('history/customerTimeline', { customer: customerId }).then(
      (answer) => {
        if (current) setEntries(answer);
      },
      (error: unknown) => {
        if (current) reportError(error);
      },
    );
    return () => {
      current = false;
    };
  }, [customerId, reportError]);

  return (
    <section aria-labelledby="cp-timeline">
      <h4 id="cp-timeline">{t('history.timeline.title')}</h4>
      {entries !== null && entries.length === 0 && <p className="muted">{t('history.timeline.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <table className="customer-orders customer-timeline" data-testid="customer-timeline">
          <caption className="visually-hidden">{t('history.timeline.label')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.timeline.columns.date')}</th>
              <th scope="col">{t('history.timeline.columns.segments')}</th>
              <th scope="col">{t('history.timeline.columns.rfm')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.snapshot}>
                <td>
                  {formatDate(entry.date, lang)}
                  <div className="muted">{t(`history.timeline.reason.${entry.reason}`)}</div>
                </td>
                {entry.known ? (
                  <>
                    <td>
                      {entry.segments.length === 0 ? (
                        <span className="muted">{t('history.timeline.noSegments')}</span>
                      ) : (
                        <bdi>{entry.segments.map((s) => s.name).join(', ')}</bdi>
                      )}
                    </td>
                    <td>
                      {entry.rfm === null ? (
                        <span className="muted">{t('history.timeline.unscored')}</span>
                      ) : (
                        rfmSegmentLabel(entry.rfm, t)
                      )}
                    </td>
                  </>
                ) : (
                  <td colSpan={2} className="muted">
                    {t('history.timeline.notInProject')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
