/**
 * The segment's strategy as structured fields (issue "The workshop in four languages" §3): goal,
 * message, offer, channel, KPI with a target, owner, due date. Laid out as a form beside the free-text
 * note so the comparison and the report can show every segment's plan side by side.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PLAN_TEXT, PLAN_CHANNELS, type SegmentPlan } from '../../../shared/model/segmentPlan.js';
import { DateField } from '../shell/DateField.js';
import { NumberInput } from '../shell/NumberInput.js';
import { useStore } from '../store/index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type TextField = 'goal' | 'message' | 'offer' | 'channel' | 'kpi' | 'owner';

export function SegmentPlanForm(): React.JSX.Element | null {
  const { t } = useTranslation();
  const id = useId();
  const plan = useStore((s) => s.draft?.plan);
  const setDraftPlan = useStore((s) => s.setDraftPlan);
  if (!plan) return null;

  const text = (field: TextField, options: { multiline?: boolean; list?: string } = {}) => {
    const inputId = `${id}-${field}`;
    const common = {
      id: inputId,
      className: 'input input-wide',
      value: plan[field],
      maxLength: MAX_PLAN_TEXT,
      placeholder: t(`plan.placeholder.${field}`),
      'data-testid': `plan-${field}`,
    };
    return (
      <div className="plan-field">
        <label htmlFor={inputId} className="field-label">
          {t(`plan.field.${field}`)}
        </label>
        {options.multiline ? (
          <textarea {...common} rows={2} onChange={(e) => setDraftPlan({ [field]: e.currentTarget.value })} />
        ) : (
          <input
            {...common}
            list={options.list}
            onChange={(e) => setDraftPlan({ [field]: e.currentTarget.value } as Partial<SegmentPlan>)}
          />
        )}
      </div>
    );
  };

  return (
    <fieldset className="segment-plan" data-testid="segment-plan">
      <legend className="field-label">{t('plan.title')}</legend>
      <p className="field-hint">{t('plan.hint')}</p>
      <div className="plan-grid">
        {text('goal')}
        {text('offer')}
        {text('message', { multiline: true })}
        {text('channel', { list: `${id}-channels` })}
        <datalist id={`${id}-channels`}>
          {PLAN_CHANNELS.map((c) => (
            <option key={c} value={t(`plan.channel.${c}`)} />
          ))}
        </datalist>
        {text('kpi')}
        <div className="plan-field">
          <label htmlFor={`${id}-target`} className="field-label">
            {t('plan.field.kpi_target')}
          </label>
          <NumberInput
            id={`${id}-target`}
            className="input"
            value={plan.kpi_target ?? undefined}
            data-testid="plan-kpi_target"
            onValue={(value) => setDraftPlan({ kpi_target: value ?? null })}
          />
        </div>
        {text('owner')}
        <div className="plan-field">
          <label htmlFor={`${id}-due`} className="field-label">
            {t('plan.field.due_date')}
          </label>
          <DateField
            id={`${id}-due`}
            className="input input-date"
            value={plan.due_date ?? ''}
            data-testid="plan-due_date"
            onValue={(value) => {
              // '' clears the date; a half-typed date is not sent
              if (value === '' || ISO_DATE.test(value)) setDraftPlan({ due_date: value || null });
            }}
          />
        </div>
      </div>
    </fieldset>
  );
}
