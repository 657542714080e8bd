/**
 * Values of a category field as a searchable checklist with their counts. It folds away into a
 * summary ("Germany, France") so a rule with many conditions stays readable.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldInfo } from '../../../../../shared/api.js';
import type { Condition } from '../../../../../shared/model/rules.js';
import { formatInteger } from '../../../format.js';
import { useValueSearch } from './useValueSearch.js';

interface CategoryValueProps {
  field: FieldInfo;
  condition: Condition;
  onChange(value: Condition['value']): void;
}

/** How many chosen values the summary names before it says "and N more". */
const SUMMARY_NAMES = 3;

export function CategoryValue({ field, condition, onChange }: CategoryValueProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const chosen = Array.isArray(condition.value) ? condition.value.map(String) : [];
  const { values, loading, truncated } = useValueSearch(field, search, open);
  const listed = new Set(values.map((v) => v.value));
  // Chosen values stay visible (and can be unticked) even when the search or the top list hides them.
  const rows = [
    ...chosen.filter((v) => !listed.has(v)).map((value) => ({ value, count: null as number | null })),
    ...values.map((v) => ({ value: v.value, count: v.count as number | null })),
  ];
  const toggle = (value: string, on: boolean) => {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    onChange(next.length > 0 ? next : undefined);
  };
  const summary =
    chosen.length === 0
      ? t('segments.values.choose')
      : chosen.length <= SUMMARY_NAMES
        ? chosen.join(', ')
        : `${chosen.slice(0, SUMMARY_NAMES).join(', ')} … (${t('segments.values.chosen', { count: chosen.length })})`;

  return (
    <details
      className="rule-values"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        // Esc folds the list away and leaves focus on its summary, as a menu would.
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        event.currentTarget.querySelector('summary')?.focus();
      }}
      data-testid="value-category"
    >
      <summary className={`input input-small rule-values-summary ${chosen.length === 0 ? 'is-empty' : ''}`}>
        {summary}
      </summary>
      {open && (
        <div className="rule-values-panel">
          <input
            type="search"
            className="input input-small input-wide"
            placeholder={t('segments.values.search')}
            aria-label={t('segments.values.search')}
            aria-controls={`${id}-list`}
            value={search}
            data-testid="value-search"
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <fieldset className="rule-values-list" id={`${id}-list`}>
            <legend className="visually-hidden">{t('segments.values.valuesLabel', { field: field.label })}</legend>
            {rows.map((row) => (
              <label key={row.value} className="rule-value-option" data-testid="value-option">
                <input
                  type="checkbox"
                  checked={chosen.includes(row.value)}
                  onChange={(event) => toggle(row.value, event.currentTarget.checked)}
                />
                <span className="rule-value-name">{row.value}</span>
                {row.count !== null && (
                  <span
                    className="rule-value-count"
                    title={t('segments.values.valueCount', { n: formatInteger(row.count, i18n.language) })}
                  >
                    {formatInteger(row.count, i18n.language)}
                  </span>
                )}
              </label>
            ))}
          </fieldset>
          {loading && <p className="muted rule-values-note">{t('segments.values.loading')}</p>}
          {!loading && rows.length === 0 && <p className="muted rule-values-note">{t('segments.values.noValues')}</p>}
          {truncated && <p className="muted rule-values-note">{t('segments.values.more')}</p>}
        </div>
      )}
    </details>
  );
}
