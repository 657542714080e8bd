/**
 * §2 of Changes: acquisition cohorts by month, week or quarter, for everyone or within a saved
 * segment: the retention triangle and the cumulative revenue per customer (LTV curves).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortPeriod, CohortsResult } from '../../../shared/contract/changes.js';
import { api } from '../api/index.js';
import { exportTableXlsx } from '../api/tableXlsx.js';
import { ChartCell } from '../charts/ChartCell.js';
import { ltvOption } from '../charts/ltvOption.js';
import { retentionOption } from '../charts/retentionOption.js';
import { formatInteger, formatMoneyCompact, formatPercent } from '../format.js';
import { directionOf } from '../i18n/direction.js';
import { useStore } from '../store/index.js';
import { localDigits } from './labels.js';
import { useAnswer } from './useAnswer.js';

const PERIODS: readonly CohortPeriod[] = ['month', 'week', 'quarter'];

export function CohortsPanel(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const direction = directionOf(lang);
  const saved = useStore((s) => s.segments);
  const reportError = useStore((s) => s.reportError);
  const [period, setPeriod] = useState<CohortPeriod>('month');
  const [segment, setSegment] = useState<number | null>(null);
  // A segment deleted meanwhile is not asked for.
  const within = segment !== null && saved.some((s) => s.id === segment) ? segment : null;
  const ask = useMemo(
    () => () => api.call('changes/cohorts', within === null ? { period } : { period, segment: within }),
    [period, within],
  );
  const { result, loading } = useAnswer<CohortsResult>(ask);

  const triangle = useMemo(
    () =>
      result &&
      retentionOption(result.cohorts, {
        cohort: (name) => localDigits(name, lang),
        offset: (k) => formatInteger(k, lang),
        percent: (share) => formatPercent(share, lang),
        active: (active, customers) =>
          t('changes.cohorts.active', {
            active: formatInteger(active, lang),
            customers: formatInteger(customers, lang),
          }),
        offsetAxis: t('changes.cohorts.offsetAxis'),
        cohortAxis: t('changes.cohorts.cohortAxis'),
        direction,
      }),
    [result, t, lang, direction],
  );
  const curves = useMemo(
    () =>
      result &&
      ltvOption(result.cohorts, {
        cohort: (name) => localDigits(name, lang),
        offset: (k) => formatInteger(k, lang),
        money: (value) => formatMoneyCompact(value, lang),
        offsetAxis: t('changes.cohorts.offsetAxis'),
        valueAxis: t('changes.cohorts.valueAxis'),
        direction,
      }),
    [result, t, lang, direction],
  );
  const rows = result?.cohorts.length ?? 0;

  return (
    <section className="changes-part" aria-labelledby="cohorts-title" aria-busy={loading} data-testid="cohorts">
      <h3 id="cohorts-title" className="section-title">
        {t('changes.cohorts.title')}
      </h3>
      <p className="muted">{t('changes.cohorts.intro')}</p>
      <fieldset className="rfm-settings changes-settings" data-testid="cohort-settings">
        <legend className="visually-hidden">{t('changes.cohorts.title')}</legend>
        <label className="field-inline">
          <span>{t('changes.cohorts.period')}</span>
          <select
            className="input"
            value={period}
            data-testid="cohort-period"
            onChange={(e) => setPeriod(e.target.value as CohortPeriod)}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`changes.cohorts.periods.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('changes.cohorts.within')}</span>
          <select
            className="input"
            value={within ?? ''}
            data-testid="cohort-segment"
            onChange={(e) => setSegment(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('changes.cohorts.everyone')}</option>
            {saved.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {loading && (
        <p className="muted" role="status" data-testid="cohorts-loading">
          {t('changes.cohorts.loading')}
        </p>
      )}
      {result && result.cohorts.length === 0 && <p className="muted">{t('changes.cohorts.none')}</p>}
      {result && rows > 0 && (
        <div className="compare-actions">
          <button
            type="button"
            className="btn"
            onClick={() =>
              void exportTableXlsx(api, {
                table: 'cohorts',
                params: within === null ? { period } : { period, segment: within },
              }).catch(reportError)
            }
            data-testid="cohorts-xlsx"
          >
            {t('tables.xlsx')}
          </button>
        </div>
      )}
      {triangle && curves && rows > 0 && (
        <div className="rfm-charts">
          <ChartCell
            title={t('changes.cohorts.triangle')}
            option={triangle}
            label={t('changes.cohorts.triangleLabel')}
            testId="cohort-triangle"
            fileName={`cohorts-${period}`}
            height={Math.max(260, 100 + rows * (rows > 30 ? 12 : 26))}
            wide
          />
          <ChartCell
            title={t('changes.cohorts.ltv')}
            option={curves}
            label={t('changes.cohorts.ltvLabel')}
            testId="cohort-ltv"
            fileName={`cohort-ltv-${period}`}
            height={340}
            wide
          />
        </div>
      )}
    </section>
  );
}
