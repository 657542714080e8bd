/**
 * The report as one React tree, rendered to static HTML (renderReport.ts): the app previews it and
 * `segwb report` writes it. Every number goes through the views' formatters, so it reads in the
 * language's own digits; every chart is inline SVG; nothing refers to anything outside the file.
 */
import type { TFunction } from 'i18next';
import { ALL_CUSTOMERS } from '../../../shared/contract/analysis.js';
import { formatDate, formatDateTime, formatInteger, formatMoney, formatPercent } from '../format.js';
import { paretoSentence, top20Sentence } from '../pareto/paretoSentence.js';
import { rfmSegmentLabel } from '../rfm/segmentLabel.js';
import { MigrationSection, OverlapSection, SegmentSection } from './ReportSegments.js';
import { paretoSvg, sharesSvg } from './reportCharts.js';
import type { ReportData } from './reportData.js';

export interface ReportProps {
  data: ReportData;
  t: TFunction;
  lang: string;
}

export function ReportDocument({ data, t, lang }: ReportProps): React.JSX.Element {
  const { project } = data;
  return (
    <main className="report">
      <header>
        <h1>{t('report.title')}</h1>
        <p className="lead">{t('report.project', { name: project.name })}</p>
        <p className="muted">
          {project.asOf
            ? t('report.made', { date: formatDateTime(data.madeAt, lang), asOf: formatDate(project.asOf, lang) })
            : t('report.madeNoOrders', { date: formatDateTime(data.madeAt, lang) })}
        </p>
      </header>
      <DataSummary data={data} t={t} lang={lang} />
      <ParetoSection data={data} t={t} lang={lang} />
      <RfmSection data={data} t={t} lang={lang} />
      <section>
        <h2>{t('report.segments.title')}</h2>
        {data.segments.length === 0 && <p>{t('report.segments.none')}</p>}
        {data.segments.map((segment) => (
          <SegmentSection key={segment.id} segment={segment} data={data} t={t} lang={lang} />
        ))}
      </section>
      <CompareSection data={data} t={t} lang={lang} />
      <OverlapSection data={data} t={t} lang={lang} />
      <MigrationSection data={data} t={t} lang={lang} />
    </main>
  );
}

function DataSummary({ data, t, lang }: ReportProps): React.JSX.Element {
  const { project } = data;
  const figures: Array<[string, string]> = [
    [t('report.summary.customers'), formatInteger(project.customers, lang)],
    [t('report.summary.orders'), formatInteger(project.orders, lang)],
    [t('report.summary.orderLines'), formatInteger(project.orderLines, lang)],
    [t('report.summary.revenue'), formatMoney(project.revenue, lang)],
  ];
  return (
    <section>
      <h2>{t('report.summary.title')}</h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {project.datasets.length > 0 && (
        <>
          <h3>{t('report.summary.files')}</h3>
          <ul>
            {project.datasets.map((d) => (
              <li key={d.id}>
                {t('report.summary.file', {
                  name: d.fileName,
                  rows: formatInteger(d.rowsImported, lang),
                  rejected: formatInteger(d.rowsRejected, lang),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ParetoSection({ data, t, lang }: ReportProps): React.JSX.Element {
  const { summary } = data.pareto;
  const sentences = [paretoSentence(summary, t, lang), top20Sentence(summary, t, lang)].filter(Boolean);
  return (
    <section>
      <h2>{t('report.pareto.title')}</h2>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {data.pareto.bars.length > 0 && (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: echarts' own SVG of our option, no user markup
        <figure className="chart" dangerouslySetInnerHTML={{ __html: paretoSvg(data.pareto, t, lang) }} />
      )}
    </section>
  );
}

function RfmSection({ data, t, lang }: ReportProps): React.JSX.Element | null {
  const { rfm } = data;
  if (rfm.customers === 0) return null;
  return (
    <section>
      <h2>{t('report.rfm.title')}</h2>
      <p>
        {t('report.rfm.lead', {
          scheme: t(`rfm.settings.schemes.${rfm.settings.scheme}`),
          bins: formatInteger(rfm.settings.bins, lang),
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('rfm.table.segment')}</th>
            <th scope="col">{t('rfm.table.customers')}</th>
            <th scope="col">{t('compare.table.share_customers')}</th>
            <th scope="col">{t('rfm.table.revenue')}</th>
            <th scope="col">{t('compare.table.share_revenue')}</th>
            <th scope="col">{t('rfm.table.recency')}</th>
          </tr>
        </thead>
        <tbody>
          {rfm.segments.map((s) => (
            <tr key={s.segment}>
              <th scope="row">{rfmSegmentLabel(s.segment, t)}</th>
              <td>{formatInteger(s.customers, lang)}</td>
              <td>{formatPercent(s.share_customers, lang)}</td>
              <td>{formatMoney(s.revenue, lang)}</td>
              <td>{formatPercent(s.share_revenue, lang)}</td>
              <td>{formatInteger(s.median_recency_days, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CompareSection({ data, t, lang }: ReportProps): React.JSX.Element | null {
  const rows = data.compare;
  if (!rows) return null;
  const names = rows.map((r) => (r.segment === ALL_CUSTOMERS ? t('compare.all') : r.segment));
  return (
    <section>
      <h2>{t('report.compare.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('compare.table.segment')}</th>
            <th scope="col">{t('compare.table.customers')}</th>
            <th scope="col">{t('compare.table.share_customers')}</th>
            <th scope="col">{t('compare.table.revenue')}</th>
            <th scope="col">{t('compare.table.share_revenue')}</th>
            <th scope="col">{t('compare.table.revenue_per_customer')}</th>
            <th scope="col">{t('compare.table.aov')}</th>
            <th scope="col">{t('compare.table.revenue_index')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.segment}>
              <th scope="row">{names[i]}</th>
              <td>{formatInteger(r.customers, lang)}</td>
              <td>{formatPercent(r.share_customers, lang)}</td>
              <td>{formatMoney(r.revenue, lang)}</td>
              <td>{formatPercent(r.share_revenue, lang)}</td>
              <td>{formatMoney(r.revenue_per_customer, lang)}</td>
              <td>{formatMoney(r.aov, lang)}</td>
              <td>{r.revenue_index === null ? '—' : formatMoney(r.revenue_index, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: echarts' own SVG of our option, no user markup */}
      <figure className="chart" dangerouslySetInnerHTML={{ __html: sharesSvg(names, rows, t, lang) }} />
    </section>
  );
}
