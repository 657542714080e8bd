/** RFM: settings, the breaks used, the charts, the per-segment summary, "why", and save as segments. */

import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/index.js';
import { exportTableXlsx } from '../api/tableXlsx.js';
import { formatDate, formatInteger, formatMoney } from '../format.js';
import { ViewSection } from '../shell/ViewSection.js';
import { useStore } from '../store/index.js';
import { breaksText } from './breaksText.js';
import { CustomSchemeTable } from './CustomSchemeTable.js';
import { RfmBreaks } from './RfmBreaks.js';
import { RfmCharts } from './RfmCharts.js';
import { RfmExplain } from './RfmExplain.js';
import { RfmSave } from './RfmSave.js';
import { type RfmForm, RfmSettingsForm } from './RfmSettingsForm.js';
import { RfmSummaryTable } from './RfmSummaryTable.js';
import { settingsOf } from './settingsOf.js';
import { schemeWarnings, shortHistoryText } from './shortHistory.js';
import { useRfm } from './useRfm.js';

export function RfmView(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const form = useStore((s) => s.rfmForm);
  const setForm = useStore((s) => s.setRfmForm);
  const customRows = useStore((s) => s.rfmCustomRows);
  const setCustomRows = useStore((s) => s.setRfmCustomRows);
  // A new project object (other data, another as-of date) scores again.
  const project = useStore((s) => s.project);
  const settings = useMemo(() => (project ? settingsOf(form, customRows) : null), [project, form, customRows]);
  const { result, loading } = useRfm(settings);
  const shortHistory = result ? shortHistoryText(result.warnings, t, lang) : null;

  // Switching to "thresholds" or "custom" starts from what is shown, so the user edits rather than types it all.
  function change(next: RfmForm): void {
    if (next.method === 'thresholds' && form.method !== 'thresholds' && result) {
      const { recency, frequency, monetary } = result.breaks;
      const fits = recency.length === next.bins - 1;
      next = {
        ...next,
        thresholds: fits
          ? { recency: breaksText(recency), frequency: breaksText(frequency), monetary: breaksText(monetary) }
          : next.thresholds,
      };
    }
    if (next.scheme === 'custom' && form.scheme !== 'custom' && result) setCustomRows(result.settings.rows);
    setForm(next);
  }

  useEffect(() => {
    if (form.scheme === 'custom' && customRows.length === 0 && result) setCustomRows(result.settings.rows);
  }, [form.scheme, customRows.length, result, setCustomRows]);

  return (
    <ViewSection name="rfm" title={t('rfm.title')} loading={loading} loadingText={t('rfm.loading')}>
      <RfmSettingsForm form={form} onChange={change} />
      {result && (
        <>
          <p className="muted" data-testid="rfm-asof">
            {result.asOf ? t('rfm.asOf', { date: formatDate(result.asOf, lang) }) : t('rfm.noOrders')}{' '}
            {t('rfm.scored', {
              customers: formatInteger(result.customers, lang),
              revenue: formatMoney(result.revenue, lang),
              total: formatMoney(result.total_revenue, lang),
              unscored: formatInteger(result.unscored, lang),
            })}
          </p>
          {shortHistory && (
            <p className="notice notice-warning" role="status" data-testid="rfm-short-history">
              {shortHistory}
            </p>
          )}
          {!result.ruleFieldsMatch && <p className="notice notice-warning">{t('rfm.ruleFieldsDiffer')}</p>}
          {form.scheme === 'custom' && (
            <CustomSchemeTable
              rows={customRows}
              bins={form.bins}
              warnings={schemeWarnings(result.warnings)}
              onChange={setCustomRows}
            />
          )}
          <div className="rfm-top">
            <RfmBreaks breaks={result.breaks} />
            {settings && <RfmSave settings={settings} onSaved={() => setForm({ ...form })} />}
          </div>
          {result.customers > 0 && <RfmCharts result={result} />}
          <RfmSummaryTable segments={result.segments} />
          {settings && (
            <div className="compare-actions">
              <button
                type="button"
                className="btn"
                data-testid="rfm-xlsx"
                onClick={() =>
                  void exportTableXlsx(api, { table: 'rfm', params: settings }).catch((error: unknown) =>
                    useStore.getState().reportError(error),
                  )
                }
              >
                {t('tables.rfmXlsx')}
              </button>
            </div>
          )}
          {settings && (
            <RfmExplain settings={settings} suggestions={result.page?.rows.map((row) => row.customer_id) ?? []} />
          )}
        </>
      )}
    </ViewSection>
  );
}
