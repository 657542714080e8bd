/**
 * Above the customer table: a search, a filter by a saved segment or the segment builder's rule,
 * how many customers that finds, and the export of exactly those rows.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personalFields } from '../../../shared/model/personalData.js';
import { formatInteger } from '../format.js';
import { PersonalDataSelect } from '../shell/PersonalDataSelect.js';
import { useStore } from '../store/index.js';

/** Typing pauses this long before the list is asked for again. */
const SEARCH_DELAY_MS = 250;
const BUILDER_RULE = 'rule';

export function DataToolbar(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const search = useStore((s) => s.dataSearch);
  const filter = useStore((s) => s.dataFilter);
  const total = useStore((s) => s.total);
  const all = useStore((s) => s.allCustomers);
  const segments = useStore((s) => s.segments);
  const segmentsStatus = useStore((s) => s.segmentsStatus);
  const builderRule = useStore((s) => (s.draft ? (s.pruned?.rule ?? null) : null));
  const dataExportStatus = useStore((s) => s.dataExportStatus);
  const dataExportedRows = useStore((s) => s.dataExportedRows);
  const loadSegments = useStore((s) => s.loadSegments);
  const setDataSearch = useStore((s) => s.setDataSearch);
  const setDataFilter = useStore((s) => s.setDataFilter);
  const exportDataRows = useStore((s) => s.exportDataRows);
  const dataExportPersonal = useStore((s) => s.dataExportPersonal);
  const setDataExportPersonal = useStore((s) => s.setDataExportPersonal);
  // Offered only when there is something personal to mask or leave out.
  const hasPersonal = useStore((s) => personalFields(s.fields ?? []).size > 0);
  const [typed, setTyped] = useState(search);

  useEffect(() => {
    if (segmentsStatus === 'idle') void loadSegments();
  }, [segmentsStatus, loadSegments]);
  useEffect(() => setTyped(search), [search]);
  useEffect(() => {
    const timer = setTimeout(() => setDataSearch(typed), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, setDataSearch]);

  const hasBuilderRule = builderRule !== null && !('and' in builderRule && builderRule.and.length === 0);
  const filterValue = filter.kind === 'segment' ? String(filter.id) : filter.kind === 'rule' ? BUILDER_RULE : '';
  const onFilter = (value: string) => {
    if (value === '') setDataFilter({ kind: 'all' });
    else if (value === BUILDER_RULE) {
      if (builderRule) setDataFilter({ kind: 'rule', rule: builderRule });
    } else setDataFilter({ kind: 'segment', id: Number(value) });
  };

  return (
    <div className="data-toolbar" data-testid="data-toolbar">
      <label className="field-inline">
        <span>{t('data.search.label')}</span>
        <input
          type="search"
          className="input data-search"
          value={typed}
          placeholder={t('data.search.placeholder')}
          onChange={(e) => setTyped(e.target.value)}
          data-testid="data-search"
        />
      </label>
      <label className="field-inline">
        <span>{t('data.filter.label')}</span>
        <select
          className="input"
          value={filterValue}
          onChange={(e) => onFilter(e.target.value)}
          data-testid="data-filter"
        >
          <option value="">{t('data.filter.all')}</option>
          {(hasBuilderRule || filter.kind === 'rule') && (
            <option value={BUILDER_RULE}>
              {filter.kind === 'rule' ? t('data.filter.builderRuleShown') : t('data.filter.builderRule')}
            </option>
          )}
          {segments.length > 0 && (
            <optgroup label={t('data.filter.segments')}>
              {segments.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <span className="data-count" aria-live="polite" data-testid="data-count">
        {total !== null && all !== null
          ? t('data.count', { count: total, shown: formatInteger(total, lang), all: formatInteger(all, lang) })
          : ''}
      </span>
      <span className="data-toolbar-end">
        {dataExportStatus === 'done' && dataExportedRows !== null && (
          <span className="muted" role="status" data-testid="data-exported">
            {t('data.export.done', { count: dataExportedRows, rows: formatInteger(dataExportedRows, lang) })}
          </span>
        )}
        {hasPersonal && (
          <PersonalDataSelect
            value={dataExportPersonal}
            onChange={setDataExportPersonal}
            testId="data-export-personal"
          />
        )}
        <button
          type="button"
          className="btn"
          disabled={dataExportStatus === 'exporting' || !total}
          onClick={() => void exportDataRows()}
          data-testid="data-export"
        >
          {dataExportStatus === 'exporting' ? t('data.export.busy') : t('data.export.button')}
        </button>
      </span>
    </div>
  );
}
