/** What to cluster on and how: the fields, log1p, k (automatic over a range, or fixed), the seed; Run and Cancel. */
import { useTranslation } from 'react-i18next';
import { MAX_CLUSTER_K } from '../../../shared/contract/cluster.js';
import type { FieldInfo } from '../../../shared/contract/customers.js';
import type { AnalysisProgress } from '../../../shared/contract/jobs.js';
import { formatInteger } from '../format.js';
import { JobProgress } from '../shell/JobProgress.js';
import { type ClusterForm, formProblem, toggleField } from './clusterForm.js';

interface Props {
  form: ClusterForm;
  fields: readonly FieldInfo[];
  labelOf(key: string): string;
  running: boolean;
  progress: AnalysisProgress | null;
  onChange(form: ClusterForm): void;
  onRun(): void;
  onCancel(): void;
}

function kInput(value: number): number {
  return Math.min(MAX_CLUSTER_K, Math.max(2, Math.round(value) || 2));
}

export function DiscoverForm({
  form,
  fields,
  labelOf,
  running,
  progress,
  onChange,
  onRun,
  onCancel,
}: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const order = fields.map((f) => f.key);
  const progressLabel = (p: AnalysisProgress | null): string => {
    if (p?.phase === 'kmeans') {
      const lang = i18n.language;
      return t('discover.form.kmeans', { done: formatInteger(p.done, lang), total: formatInteger(p.total, lang) });
    }
    if (p?.phase === 'silhouette') return t('discover.form.silhouette');
    if (p?.phase === 'reading') return t('discover.form.reading');
    return t('discover.form.running');
  };
  const problem = formProblem(form);
  return (
    <form
      className="discover-form"
      data-testid="discover-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem && !running) onRun();
      }}
    >
      <fieldset className="discover-fields">
        <legend>{t('discover.form.fields')}</legend>
        {fields.length === 0 && <p className="muted">{t('discover.form.noNumbers')}</p>}
        {fields.map((f) => (
          <label key={f.key} className="field-inline">
            <input
              type="checkbox"
              checked={form.fields.includes(f.key)}
              data-testid={`discover-field-${f.key}`}
              onChange={(e) => onChange(toggleField(form, f.key, e.currentTarget.checked, order))}
            />
            <span>{labelOf(f.key)}</span>
          </label>
        ))}
      </fieldset>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={form.log}
          data-testid="discover-log"
          onChange={(e) => onChange({ ...form, log: e.currentTarget.checked })}
        />
        <span>{t('discover.form.log')}</span>
      </label>
      <fieldset className="discover-k">
        <legend>{t('discover.form.k')}</legend>
        <label className="field-inline">
          <input
            type="radio"
            name="discover-k-mode"
            checked={form.kMode === 'auto'}
            data-testid="discover-k-auto"
            onChange={() => onChange({ ...form, kMode: 'auto' })}
          />
          <span>{t('discover.form.auto')}</span>
        </label>
        <KInput
          value={form.kRange[0]}
          label={`${t('discover.form.auto')} k`}
          disabled={form.kMode !== 'auto'}
          testId="discover-k-low"
          onValue={(k) => onChange({ ...form, kRange: [k, form.kRange[1]] })}
        />
        <span>{t('discover.form.to')}</span>
        <KInput
          value={form.kRange[1]}
          label={`${t('discover.form.to')} k`}
          disabled={form.kMode !== 'auto'}
          testId="discover-k-high"
          onValue={(k) => onChange({ ...form, kRange: [form.kRange[0], k] })}
        />
        <label className="field-inline">
          <input
            type="radio"
            name="discover-k-mode"
            checked={form.kMode === 'fixed'}
            data-testid="discover-k-fixed"
            onChange={() => onChange({ ...form, kMode: 'fixed' })}
          />
          <span>{t('discover.form.fixed')}</span>
        </label>
        <KInput
          value={form.k}
          label={t('discover.form.fixed')}
          disabled={form.kMode !== 'fixed'}
          testId="discover-k"
          onValue={(k) => onChange({ ...form, k })}
        />
      </fieldset>
      <label className="field-inline" title={t('discover.form.seedHint')}>
        <span>{t('discover.form.seed')}</span>
        <input
          className="input input-number"
          type="number"
          min={0}
          value={form.seed}
          data-testid="discover-seed"
          onChange={(e) => onChange({ ...form, seed: Math.max(0, Math.round(e.currentTarget.valueAsNumber) || 0) })}
        />
      </label>
      <div className="discover-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={problem !== null || running}
          data-testid="discover-run"
        >
          {t('discover.form.run')}
        </button>
        {running && (
          <>
            <JobProgress progress={progress} label={progressLabel(progress)} testId="discover-running" />
            <button type="button" className="btn" onClick={onCancel} data-testid="discover-cancel">
              {t('discover.form.cancel')}
            </button>
          </>
        )}
        {problem && <span className="muted">{t(`discover.form.${problem}`)}</span>}
      </div>
    </form>
  );
}

/** One number of clusters (the range's ends or the fixed k): 2..MAX_CLUSTER_K, read through kInput. */
function KInput(props: {
  value: number;
  label: string;
  disabled: boolean;
  testId: string;
  onValue: (k: number) => void;
}) {
  return (
    <input
      className="input input-number"
      type="number"
      min={2}
      max={MAX_CLUSTER_K}
      value={props.value}
      aria-label={props.label}
      disabled={props.disabled}
      data-testid={props.testId}
      onChange={(e) => props.onValue(kInput(e.currentTarget.valueAsNumber))}
    />
  );
}
