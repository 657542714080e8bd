/**
 * Export the open (saved) segment's members: the layout (chosen columns, or a tool's import
 * layout, offered only when the project has the fields it needs), the
 * columns, and a byte-order mark for Excel. Electron saves through a native dialog; a browser downloads.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_LAYOUTS, missingForLayout } from '../../../shared/model/exportLayouts.js';
import type { PersonalData } from '../../../shared/model/personalData.js';
import { api } from '../api/index.js';
import {
  exportSegmentAs,
  fetchSegmentCsv,
  type SegmentExportChoice,
  saveBlob,
  segmentCsvUrl,
  segmentFileName,
} from '../api/segmentExport.js';
import { pageToken } from '../api/token.js';
import { formatInteger, formatTextList } from '../format.js';
import { Modal } from '../shell/Modal.js';
import { PersonalDataSelect } from '../shell/PersonalDataSelect.js';
import { useStore } from '../store/index.js';
import { isDraftChanged } from './draft/draft.js';
import { defaultExportColumns, exportableFields } from './exportColumns.js';
import { LAYOUT_WORDS } from './exportLayoutWords.js';

export function ExportDialog({ onClose }: { onClose(): void }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const id = useId();
  const draft = useStore((s) => s.draft);
  const changed = useStore((s) => isDraftChanged(s.draft, s.baseline));
  const saved = useStore((s) => s.segments.find((seg) => seg.id === s.draft?.id));
  const allFields = useStore((s) => s.fields) ?? [];
  const fields = exportableFields(allFields);
  const [layout, setLayout] = useState<SegmentExportChoice['layout']>('columns');
  const [columns, setColumns] = useState<string[]>(() => defaultExportColumns(fields));
  const [bom, setBom] = useState(false);
  const [personal, setPersonal] = useState<PersonalData>('keep');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('csv');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!draft || draft.id === null || !saved) return null;

  // Columns keep the order of the field list, whatever order they were ticked in.
  const ordered = fields.map((f) => f.key).filter((key) => columns.includes(key));
  const choice: SegmentExportChoice = { id: draft.id, layout, columns: ordered, bom, personal, format };
  const missingColumns = layout === 'columns' && ordered.length === 0;
  const url = segmentCsvUrl(choice);
  const fileName = segmentFileName(saved.name, format);
  const toggle = (key: string, on: boolean) => setColumns((now) => (on ? [...now, key] : now.filter((k) => k !== key)));

  // Browser mode: fetched rather than followed, so a refusal from the server reaches the user.
  const download = async (event: React.MouseEvent, href: string) => {
    event.preventDefault();
    setBusy(true);
    try {
      saveBlob(await fetchSegmentCsv(href, pageToken() ?? ''), fileName);
    } catch (error) {
      useStore.getState().reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    setBusy(true);
    try {
      const result = await exportSegmentAs(api, choice, fileName);
      if (result)
        setDone(t('segments.export.saved', { rows: formatInteger(result.rows, i18n.language), path: result.path }));
    } catch (error) {
      useStore.getState().reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-title`} onCancel={onClose} className="modal-export" testId="export-dialog">
      <div className="modal-body">
        <h2 id={`${id}-title`} className="modal-title">
          {t('segments.export.title', { name: saved.name })}
        </h2>
        {changed && <p className="notice notice-warning">{t('segments.export.savedVersion')}</p>}
        <fieldset className="export-layout">
          <legend className="field-label">{t('segments.export.layout')}</legend>
          {EXPORT_LAYOUTS.map((option) => {
            const missing = missingForLayout(allFields, option);
            const words = LAYOUT_WORDS[option];
            return (
              <label key={option} className="export-option">
                <input
                  type="radio"
                  name={`${id}-layout`}
                  value={option}
                  checked={layout === option}
                  disabled={missing.length > 0}
                  data-testid={`export-layout-${option}`}
                  onChange={() => setLayout(option)}
                />
                <span>
                  <span className="export-option-name">{t(words.name)}</span>
                  <span className="field-hint" data-testid={`export-layout-${option}-hint`}>
                    {missing.length > 0
                      ? t('segments.export.layoutMissing', {
                          fields: formatTextList(
                            missing.map((part) => t(`segments.export.part.${part}`)),
                            i18n.language,
                          ),
                        })
                      : t(words.hint)}
                  </span>
                </span>
              </label>
            );
          })}
        </fieldset>
        {layout === 'columns' && (
          <fieldset className="export-columns" data-testid="export-columns">
            <legend className="field-label">
              {t('segments.export.columns')}{' '}
              <button type="button" className="btn btn-link" onClick={() => setColumns(fields.map((f) => f.key))}>
                {t('segments.export.selectAll')}
              </button>{' '}
              <button type="button" className="btn btn-link" onClick={() => setColumns([])}>
                {t('segments.export.selectNone')}
              </button>{' '}
              <button type="button" className="btn btn-link" onClick={() => setColumns(defaultExportColumns(fields))}>
                {t('segments.export.selectDefault')}
              </button>
            </legend>
            <div className="export-columns-list">
              {fields.map((field) => (
                <label key={field.key} className="export-column">
                  <input
                    type="checkbox"
                    checked={columns.includes(field.key)}
                    data-testid={`export-column-${field.key}`}
                    onChange={(event) => toggle(field.key, event.currentTarget.checked)}
                  />
                  {field.label}
                </label>
              ))}
            </div>
            <p className="field-hint">{t('segments.export.columnsHint')}</p>
            {missingColumns && <p className="segment-problem">{t('segments.export.noColumns')}</p>}
          </fieldset>
        )}
        {layout === 'columns' && (
          <PersonalDataSelect value={personal} onChange={setPersonal} testId="export-personal" />
        )}
        <fieldset className="export-format">
          <legend className="field-label">{t('segments.export.format')}</legend>
          {(['csv', 'xlsx'] as const).map((option) => (
            <label key={option} className="export-option">
              <input
                type="radio"
                name={`${id}-format`}
                value={option}
                checked={format === option}
                data-testid={`export-format-${option}`}
                onChange={() => setFormat(option)}
              />
              {t(option === 'csv' ? 'segments.export.formatCsv' : 'segments.export.formatXlsx')}
            </label>
          ))}
        </fieldset>
        {format === 'csv' && (
          <label className="export-option">
            <input
              type="checkbox"
              checked={bom}
              data-testid="export-bom"
              onChange={(event) => setBom(event.currentTarget.checked)}
            />
            {t('segments.export.bom')}
          </label>
        )}
        {done && (
          <p className="muted" role="status" data-testid="export-done">
            {done}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose} data-testid="export-close">
            {t('common.close')}
          </button>
          {url !== null ? (
            missingColumns ? (
              <button type="button" className="btn btn-primary" disabled>
                {t('segments.export.download')}
              </button>
            ) : (
              <a
                className="btn btn-primary"
                href={url}
                download={fileName}
                aria-disabled={busy}
                data-testid="export-download"
                onClick={(event) => void download(event, url)}
              >
                {t(format === 'xlsx' ? 'segments.export.downloadXlsx' : 'segments.export.download')}
              </a>
            )
          ) : (
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || missingColumns}
              data-testid="export-save"
              onClick={() => void save()}
            >
              {busy ? t('segments.export.saving') : t('segments.export.saveAs')}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}
