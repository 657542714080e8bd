/** Pareto within a segment, and of customers or of the revenue per value of an orders field. */
import { useTranslation } from 'react-i18next';
import type { FieldInfo, SegmentInfo } from '../../../shared/api.js';

interface Props {
  segments: SegmentInfo[];
  fields: FieldInfo[];
  segmentId: number | null;
  by: string | null;
  onSegment(id: number | null): void;
  onBy(key: string | null): void;
}

/** The fields worth splitting revenue by: categories and texts of the orders (product, category, country…). */
export function byFields(fields: readonly FieldInfo[]): FieldInfo[] {
  return fields.filter(
    (f) => f.source === 'orders' && (f.type === 'category' || f.type === 'text') && f.role !== 'order_id',
  );
}

export function ParetoFilters({ segments, fields, segmentId, by, onSegment, onBy }: Props): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="rfm-settings pareto-filters">
      <label className="field-inline">
        <span>{t('pareto.filters.segment')}</span>
        <select
          className="input"
          value={segmentId ?? ''}
          data-testid="pareto-segment"
          onChange={(e) => onSegment(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('compare.all')}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('pareto.filters.by')}</span>
        <select
          className="input"
          value={by ?? ''}
          data-testid="pareto-by"
          onChange={(e) => onBy(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('pareto.filters.customers')}</option>
          {byFields(fields).map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
