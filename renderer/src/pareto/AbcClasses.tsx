/** ABC classes of all customers by revenue, and one click to save them as segments. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/index.js';
import { exportTableXlsx } from '../api/tableXlsx.js';
import { useAnalysis } from '../api/useAnalysis.js';
import { formatInteger, formatMoney, formatPercent } from '../format.js';
import { useStore } from '../store/index.js';

const NO_PARAMS = {};

export function AbcClasses(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reportError = useStore((s) => s.reportError);
  const loadSegments = useStore((s) => s.loadSegments);
  // A new project object (other data, another as-of date) asks again.
  const project = useStore((s) => s.project);
  const params = useMemo(() => (project ? NO_PARAMS : null), [project]);
  const { result } = useAnalysis('analysis/abc', params);
  const [saved, setSaved] = useState<string | null>(null);

  async function save(): Promise<void> {
    try {
      const segments = await api.call('analysis/abcSave', {});
      setSaved(t('pareto.abc.saved', { names: segments.map((s) => s.name).join(', ') }));
      await loadSegments();
    } catch (error) {
      reportError(error);
    }
  }

  if (!result || result.thresholds === null) return null;
  return (
    <section className="rfm-panel" data-testid="pareto-abc">
      <h3 className="section-title">{t('pareto.abc.title')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('pareto.abc.class')}</th>
            <th scope="col" className="num">
              {t('pareto.abc.customers')}
            </th>
            <th scope="col" className="num">
              {t('pareto.abc.revenue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.classes.map((c) => (
            <tr key={c.class} data-testid="pareto-abc-row">
              <th scope="row">{c.name}</th>
              <td className="num">
                {formatInteger(c.customers, lang)}{' '}
                <span className="muted">({formatPercent(c.share_customers, lang)})</span>
              </td>
              <td className="num">
                {formatMoney(c.revenue, lang)} <span className="muted">({formatPercent(c.share_revenue, lang)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted chart-caption">{t('pareto.abc.caption')}</p>
      <div>
        <button type="button" className="btn" onClick={() => void save()} data-testid="pareto-abc-save">
          {t('pareto.abc.save')}
        </button>{' '}
        <button
          type="button"
          className="btn"
          onClick={() => void exportTableXlsx(api, { table: 'abc', params: {} }).catch(reportError)}
          data-testid="pareto-abc-xlsx"
        >
          {t('tables.xlsx')}
        </button>
      </div>
      {saved && (
        <p className="muted" role="status" data-testid="pareto-abc-saved">
          {saved}
        </p>
      )}
    </section>
  );
}
