/**
 * The report's sections about saved segments: each segment (its rule in words, size and value,
 * scorecard, strategy), their overlap, and the movement between RFM segments over the last months.
 */

import { NEW_GROUP } from '../../../shared/contract/changes.js';
import type { SegmentInfo } from '../../../shared/contract/segments.js';
import { qualityExplanation } from '../compare/qualityExplanation.js';
import { CRITERIA, qualityFigure } from '../compare/qualityFigure.js';
import { formatDate, formatInteger, formatMoney, formatNumber, formatPercent } from '../format.js';
import { rfmSegmentLabel } from '../rfm/segmentLabel.js';
import { describeRule } from '../segments/describeRule.js';
import { splitFields } from '../segments/draft/fieldScopes.js';
import type { ReportProps } from './ReportDocument.js';

export function SegmentSection({ segment, data, t, lang }: ReportProps & { segment: SegmentInfo }): React.JSX.Element {
  const { customer, order } = splitFields(data.fields);
  const sentence = describeRule(segment.rule, {
    fields: customer,
    orderFields: order,
    segmentName: (id) => data.allSegments.find((s) => s.id === id)?.name ?? null,
    t,
    lang,
  });
  const quality = data.quality.find((q) => q.id === segment.id);
  const { counts, plan } = segment;
  return (
    <article className="segment" data-segment={segment.name}>
      <h3>
        {segment.color && <span className="swatch" style={{ background: segment.color }} aria-hidden="true" />}
        {segment.name}
      </h3>
      {segment.description && <p>{segment.description}</p>}
      <p className="rule">
        <strong>{t('report.segments.rule')}: </strong>
        {sentence}
      </p>
      <dl className="figures">
        <div>
          <dt>{t('compare.table.customers')}</dt>
          <dd className="segment-customers">{formatInteger(counts.customers, lang)}</dd>
        </div>
        <div>
          <dt>{t('compare.table.share_customers')}</dt>
          <dd>{formatPercent(counts.share_customers, lang)}</dd>
        </div>
        <div>
          <dt>{t('compare.table.revenue')}</dt>
          <dd>{formatMoney(counts.revenue, lang)}</dd>
        </div>
        <div>
          <dt>{t('compare.table.share_revenue')}</dt>
          <dd>{formatPercent(counts.share_revenue, lang)}</dd>
        </div>
      </dl>
      {quality?.checks && (
        <>
          <h4>{t('report.segments.scorecard')}</h4>
          <ul className="scorecard">
            {CRITERIA.map((c) => {
              const check = quality.checks?.[c];
              if (!check || !quality.checks) return null;
              return (
                <li key={c}>
                  <span className={`badge badge-${check.status}`}>{t(`compare.quality.${check.status}`)}</span>{' '}
                  <strong>{t(`compare.quality.${c}`)}</strong>: {qualityFigure(quality.checks, c, t, lang)}.{' '}
                  <span className="muted">{qualityExplanation(quality.checks, c, t, lang)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h4>{t('plan.title')}</h4>
      {segment.strategy && <p className="note">{segment.strategy}</p>}
      {plan ? (
        <dl className="plan">
          {(['goal', 'message', 'offer', 'channel', 'kpi', 'owner'] as const)
            .filter((k) => plan[k])
            .map((k) => (
              <div key={k}>
                <dt>{t(`plan.field.${k}`)}</dt>
                <dd>{plan[k]}</dd>
              </div>
            ))}
          {plan.kpi_target !== null && (
            <div>
              <dt>{t('plan.field.kpi_target')}</dt>
              <dd>{formatNumber(plan.kpi_target, lang)}</dd>
            </div>
          )}
          {plan.due_date && (
            <div>
              <dt>{t('plan.field.due_date')}</dt>
              <dd>{formatDate(plan.due_date, lang)}</dd>
            </div>
          )}
        </dl>
      ) : (
        !segment.strategy && <p className="muted">{t('report.segments.noPlan')}</p>
      )}
    </article>
  );
}

export function OverlapSection({ data, t, lang }: ReportProps): React.JSX.Element | null {
  const overlap = data.overlap;
  if (!overlap) return null;
  return (
    <section>
      <h2>{t('report.overlap.title')}</h2>
      <p>{t('report.overlap.lead')}</p>
      <table>
        <thead>
          <tr>
            <td />
            {overlap.segments.map((s) => (
              <th key={s.segment} scope="col">
                {s.segment}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overlap.segments.map((s, i) => (
            <tr key={s.segment}>
              <th scope="row">{s.segment}</th>
              {overlap.matrix[i]?.map((cell, j) => (
                <td key={overlap.segments[j]?.segment ?? j} className={i === j ? 'diagonal' : undefined}>
                  {formatInteger(cell.customers, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function MigrationSection({ data, t, lang }: ReportProps): React.JSX.Element | null {
  const migration = data.migration;
  if (!migration) return null;
  const label = (name: string) => (name === NEW_GROUP ? t('report.migration.new') : rfmSegmentLabel(name, t));
  // In the scheme's order (the RFM table's), the customers who were not customers yet first.
  const order = [NEW_GROUP, ...data.rfm.segments.map((s) => s.segment)];
  const rank = (name: string) => (order.indexOf(name) + order.length + 1) % (order.length + 1);
  const byScheme = (names: string[]) => [...new Set(names)].sort((a, b) => rank(a) - rank(b));
  const froms = byScheme(migration.cells.map((c) => c.from));
  const tos = byScheme(migration.cells.map((c) => c.to));
  const cell = (from: string, to: string) => migration.cells.find((c) => c.from === from && c.to === to);
  return (
    <section>
      <h2>{t('report.migration.title')}</h2>
      <p>
        {t('report.migration.lead', { from: formatDate(migration.from, lang), to: formatDate(migration.to, lang) })}
      </p>
      <table className="migration">
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={tos.length}>
              {t('report.migration.to', { date: formatDate(migration.to, lang) })}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('report.migration.from', { date: formatDate(migration.from, lang) })}</th>
            {tos.map((to) => (
              <th key={to} scope="col">
                {label(to)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {froms.map((from) => (
            <tr key={from}>
              <th scope="row">{label(from)}</th>
              {tos.map((to) => {
                const found = cell(from, to);
                return (
                  <td
                    key={to}
                    title={
                      found
                        ? t('report.migration.cell', {
                            customers: formatInteger(found.customers, lang),
                            revenue: formatMoney(found.revenue, lang),
                          })
                        : undefined
                    }
                  >
                    {found ? formatInteger(found.customers, lang) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
