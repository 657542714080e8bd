/** Step 4: what the import did, why rows were rejected (with the first examples), and where to go next. */
import { useTranslation } from 'react-i18next';
import { formatInteger, formatNumber } from '../format.js';
import { useStore } from '../store/index.js';
import { RejectedRows } from './RejectedRows.js';
import { ReportFooter } from './ReportFooter.js';

export function ReportStep(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const report = useStore((s) => s.report);
  if (!report) return null;

  const numbers = [
    ['rowsRead', report.rowsRead],
    ['rowsImported', report.rowsImported],
    ['rowsRejected', report.rowsRejected],
    ['customers', report.customers],
    ['orders', report.orders],
  ] as const;

  return (
    <div className="wizard-step-body" data-testid="wizard-step-report">
      <p className="report-lead" role="status">
        {t('wizard.report.lead', {
          file: report.file,
          seconds: formatNumber(report.durationMs / 1000, lang, 1),
        })}
      </p>
      <dl className="report-numbers">
        {numbers
          .filter(([key]) => report.kind === 'orders' || key !== 'orders')
          .map(([key, value]) => (
            <div key={key} className={`report-number ${key === 'rowsRejected' && value > 0 ? 'is-warning' : ''}`}>
              <dt>{t(`wizard.report.${key}`)}</dt>
              <dd data-testid={`report-${key}`}>{formatInteger(value, lang)}</dd>
            </div>
          ))}
      </dl>
      {report.append && (
        <section aria-labelledby="report-append-title">
          <h3 id="report-append-title" className="report-subtitle">
            {t('wizard.report.append.title')}
          </h3>
          <dl className="report-numbers">
            {(['added', 'updated', 'unchanged', 'kept'] as const).map((key) => (
              <div key={key} className="report-number">
                <dt>{t(`wizard.report.append.${key}`)}</dt>
                <dd data-testid={`report-append-${key}`}>{formatInteger(report.append?.[key] ?? 0, lang)}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {report.rowsRejected > 0 && <RejectedRows report={report} />}
      <ReportFooter />
    </div>
  );
}
