/** What the source layer recognised before the file was read as a table: its format, a workbook's sheet, a vendor's preset. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceSummary } from '../../../shared/model/import.js';
import { formatInteger } from '../format.js';
import { useStore } from '../store/index.js';
import { presetWords, reasonWords } from './reasonWords.js';

export function SourceInfo({ source, disabled }: { source: SourceSummary; disabled: boolean }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const chooseSheet = useStore((s) => s.chooseSheet);
  return (
    <div className="settings source-info" data-testid="source-info">
      <div className="setting">
        <span className="setting-label">{t('source.format')}</span>
        <p data-testid="source-format">{t(`source.formats.${source.format}`)}</p>
      </div>
      {source.format === 'xlsx' && source.sheets.length > 0 && (
        <div className="setting">
          <label htmlFor={`${id}-sheet`}>{t('source.sheet')}</label>
          <select
            id={`${id}-sheet`}
            className="input"
            value={source.sheet ?? ''}
            disabled={disabled || source.sheets.length < 2}
            onChange={(e) => void chooseSheet(e.currentTarget.value)}
            data-testid="source-sheet"
          >
            {source.sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name}>
                {t('source.sheetRows', { name: sheet.name, count: sheet.rows, rows: formatInteger(sheet.rows, lang) })}
              </option>
            ))}
          </select>
        </div>
      )}
      {source.preset && (
        <div className="setting">
          <span className="setting-label">{t('source.preset')}</span>
          <p data-testid="source-preset">
            <bdi>{presetWords(source.preset, lang)}</bdi>
          </p>
          <p className="setting-hint" data-testid="source-preset-reason">
            <bdi>{reasonWords(source.preset.reason, source.preset.reasonWording, lang)}</bdi>
          </p>
        </div>
      )}
    </div>
  );
}
