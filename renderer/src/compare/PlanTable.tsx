/**
 * Every saved segment's strategy plan side by side (goal, offer, channel, KPI and target, owner, due
 * date), so a room can see which segments have a plan and whether two plans aim at the same thing.
 */
import { useTranslation } from 'react-i18next';
import type { SegmentInfo } from '../../../shared/api.js';
import { formatDate, formatNumber } from '../format.js';
import { useStore } from '../store/index.js';

const COLUMNS = ['goal', 'offer', 'channel', 'kpi', 'owner', 'due_date'] as const;

export function PlanTable(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const segments = useStore((s) => s.segments);
  if (segments.length === 0) return null;

  const cell = (segment: SegmentInfo, column: (typeof COLUMNS)[number]): string => {
    const plan = segment.plan;
    if (!plan) return '';
    if (column === 'due_date') return plan.due_date ? formatDate(plan.due_date, lang) : '';
    if (column === 'kpi' && plan.kpi_target !== null) {
      return t('plan.kpiWithTarget', { kpi: plan.kpi, target: formatNumber(plan.kpi_target, lang) });
    }
    return plan[column];
  };

  return (
    <section className="rfm-panel" aria-labelledby="plan-title" data-testid="plan-section">
      <h3 id="plan-title" className="view-title compare-subtitle">
        {t('plan.title')}
      </h3>
      <div className="table-scroll">
        <table className="table" data-testid="plan-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.quality.segment')}</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`plan.field.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr key={segment.id} data-testid="plan-row">
                <th scope="row">{segment.name}</th>
                {segment.plan === null ? (
                  <td colSpan={COLUMNS.length} className="muted">
                    {t('plan.none')}
                  </td>
                ) : (
                  COLUMNS.map((c) => (
                    <td key={c} className="plan-cell">
                      {cell(segment, c)}
                    </td>
                  ))
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
