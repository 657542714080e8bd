/** Step 4 for several files: rows per file, keys matched per link, what did not match, and the totals. */
import { useTranslation } from 'react-i18next';
import { formatInteger, formatMoney, formatNumber } from '../../format.js';
import { wordingText } from '../../shell/wordedMessage.js';
import { useStore } from '../../store/index.js';
import { RejectedRows } from '../RejectedRows.js';
import { ReportFooter } from '../ReportFooter.js';
import { EventsUsers } from './EventsUsers.js';
import { FileColumnCell, ShortKey, splitFileColumn } from './FileColumn.js';

export function SetReportStep(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const report = useStore((s) => s.setReport);
  if (!report) return null;
  const sources = report.amountSources;
  const names = report.files.map((f) => f.file);
  const events = report.files.find((f) => f.kind === 'events');
  // Where order amounts came from says nothing when no file held orders (events alone).
  const hasOrders = report.files.some((f) => f.kind === 'orders');

  return (
    <div className="wizard-step-body" data-testid="wizard-step-set-report">
      {/* The step scrolls inside, so the footer with its buttons stays in view. */}
      <div className="set-scroll" data-testid="set-scroll">
        <p className="report-lead" role="status">
          {t('set.report.lead', {
            count: report.files.length,
            files: formatInteger(report.files.length, lang),
            seconds: formatNumber(report.durationMs / 1000, lang, 1),
          })}
        </p>
        <dl className="report-numbers">
          <div className="report-number">
            <dt>{t('wizard.report.customers')}</dt>
            <dd data-testid="set-report-customers">{formatInteger(report.customers, lang)}</dd>
          </div>
          <div className="report-number">
            <dt>{t('wizard.report.orders')}</dt>
            <dd data-testid="set-report-orders">{formatInteger(report.orders, lang)}</dd>
          </div>
          <div className="report-number">
            <dt>{t('set.report.revenue')}</dt>
            <dd data-testid="set-report-revenue">{formatMoney(report.revenue, lang)}</dd>
          </div>
          {events && (
            <div className="report-number">
              <dt>{t('set.report.events')}</dt>
              <dd data-testid="set-report-events">{formatInteger(events.rowsImported, lang)}</dd>
            </div>
          )}
        </dl>
        {events?.events && <EventsUsers file={events.file} users={events.events} />}
        {hasOrders && (
          <section aria-labelledby="set-amounts-title">
            <h3 id="set-amounts-title" className="report-subtitle">
              {t('set.report.amounts')}
            </h3>
            <ul className="set-amounts" data-testid="set-report-amounts">
              <li>{t('set.report.amountOwn', { orders: formatInteger(sources.own, lang) })}</li>
              <li>{t('set.report.amountLines', { orders: formatInteger(sources.lines, lang) })}</li>
              <li>{t('set.report.amountPayments', { orders: formatInteger(sources.payments, lang) })}</li>
              <li>{t('set.report.amountNone', { orders: formatInteger(sources.none, lang) })}</li>
            </ul>
          </section>
        )}
        {report.notes.length > 0 && (
          <div className="notice notice-warning" data-testid="set-report-notes">
            <p className="notice-title">{t('set.report.notes')}</p>
            <ul className="notice-list">
              {report.notes.map((note, i) => {
                const wording = report.noteWordings?.[i];
                return (
                  <li key={note}>
                    <bdi>{(wording && wordingText(wording, t)) ?? note}</bdi>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        <table className="table set-report-files" data-testid="set-report-files">
          <caption className="report-subtitle">{t('set.report.filesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('set.files.file')}</th>
              <th scope="col">{t('set.files.kind')}</th>
              <th scope="col" className="num">
                {t('wizard.report.rowsRead')}
              </th>
              <th scope="col" className="num">
                {t('wizard.report.rowsImported')}
              </th>
              <th scope="col" className="num">
                {t('wizard.report.rowsRejected')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.files.map((f) => (
              <tr key={f.file} data-testid={`set-report-file-${f.file}`}>
                <th scope="row">
                  <bdi>{f.file}</bdi>
                </th>
                <td>{t(`kinds.${f.kind}`)}</td>
                <td className="num">{formatInteger(f.rowsRead, lang)}</td>
                <td className="num">{formatInteger(f.rowsImported, lang)}</td>
                <td className="num">{formatInteger(f.rowsRejected, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {report.links.length > 0 && (
          <table className="table set-report-links" data-testid="set-report-links">
            <caption className="report-subtitle">{t('set.report.linksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('set.links.from')}</th>
                <th scope="col">{t('set.links.to')}</th>
                <th scope="col" className="num">
                  {t('set.report.matched')}
                </th>
                <th scope="col" className="num">
                  {t('set.report.unmatched')}
                </th>
                <th scope="col">{t('set.report.unmatchedExamples')}</th>
              </tr>
            </thead>
            <tbody>
              {report.links.map((l) => (
                <tr key={`${l.from}>${l.to}`} data-testid={`set-report-link-${l.from}`}>
                  <td>
                    <FileColumnCell {...splitFileColumn(l.from, names)} />
                  </td>
                  <td>
                    <FileColumnCell {...splitFileColumn(l.to, names)} />
                  </td>
                  <td className="num">{formatInteger(l.matched, lang)}</td>
                  <td className="num">{formatInteger(l.unmatched, lang)}</td>
                  <td className="set-examples">
                    {l.unmatchedExamples.map((value) => (
                      <ShortKey key={value} value={value} />
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {report.files
          .filter((f) => f.rowsRejected > 0)
          .map((f) => (
            <RejectedRows key={f.file} report={f} title={t('set.report.rejectedIn', { file: f.file })} />
          ))}
      </div>
      <ReportFooter />
    </div>
  );
}
