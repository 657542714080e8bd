/**
 * "History" of the open saved segment: its size at each snapshot (a small line chart), "Take
 * snapshot", the number of days after which its numbers count as stale, and its rule versions.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/index.js';
import { ChartCell } from '../../charts/ChartCell.js';
import { segmentSizeOption } from '../../charts/segmentSizeOption.js';
import { formatDate, formatInteger } from '../../format.js';
import { directionOf } from '../../i18n/direction.js';
import { NumberInput } from '../../shell/NumberInput.js';
import { useStore } from '../../store/index.js';
import type { SegmentHistory } from './useSegmentHistory.js';
import { VersionList } from './VersionList.js';

interface Props {
  segment: number;
  color: string | null;
  history: SegmentHistory;
  reload(): void;
}

export function SegmentHistorySection({ segment, color, history, reload }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const daysId = useId();
  const [taking, setTaking] = useState(false);
  const [taken, setTaken] = useState<string | null>(null);
  const [days, setDays] = useState<number | undefined>(history.staleness?.staleDays);
  const saved = history.staleness?.staleDays;
  useEffect(() => setDays(saved), [saved]);

  const option = useMemo(
    () =>
      segmentSizeOption(history.sizes, {
        date: (iso) => formatDate(iso, lang),
        count: (n) => formatInteger(n, lang),
        valueAxis: t('history.panel.sizeAxis'),
        color: color ?? '#3b6fd8',
        direction: directionOf(lang),
      }),
    [history.sizes, lang, t, color],
  );

  const takeSnapshot = () => {
    setTaking(true);
    api
      .call('history/takeSnapshot', {})
      .then((snapshot) => {
        setTaken(snapshot.date);
        reload();
      }, reportError)
      .finally(() => setTaking(false));
  };

  const saveDays = (value: number | undefined) => {
    setDays(value);
    if (value === undefined || !Number.isInteger(value) || value < 1 || value > 3650 || value === saved) return;
    api.call('history/setStaleDays', { days: value }).then(reload, reportError);
  };

  return (
    <section className="segment-history" aria-labelledby="segment-history-title" data-testid="segment-history">
      <div className="segment-history-head">
        <h3 id="segment-history-title" className="section-title">
          {t('history.panel.title')}
        </h3>
        <button type="button" className="btn" disabled={taking} onClick={takeSnapshot} data-testid="take-snapshot">
          {taking ? t('history.panel.taking') : t('history.panel.takeSnapshot')}
        </button>
        <span className="stale-days">
          <label htmlFor={daysId}>{t('history.panel.staleDays')}</label>
          <NumberInput id={daysId} className="input" value={days} onValue={saveDays} data-testid="stale-days" />
        </span>
      </div>
      {taken && (
        <p className="muted" role="status" data-testid="snapshot-taken">
          {t('history.panel.taken', { date: formatDate(taken, lang) })}
        </p>
      )}
      {history.sizes.length === 0 ? (
        <p className="muted" data-testid="size-empty">
          {t('history.panel.noSnapshots')}
        </p>
      ) : (
        <ChartCell
          title={t('history.panel.sizeTitle')}
          option={option}
          label={t('history.panel.sizeLabel')}
          testId="segment-size-chart"
          fileName={`segment-${segment}-size`}
          height={220}
          wide
        />
      )}
      <h4 className="segment-history-subtitle">{t('history.panel.versionsTitle')}</h4>
      <VersionList segment={segment} versions={history.versions} />
    </section>
  );
}
