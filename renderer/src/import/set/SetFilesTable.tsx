/** One row per file of the set: its name, size and rows, and what it holds (a picker, with the engine's reason). */
import { useTranslation } from 'react-i18next';
import type { SetFilePreview } from '../../../../shared/model/importSet.js';
import { DatasetKind } from '../../../../shared/model/roles.js';
import { formatBytes, formatInteger } from '../../format.js';
import { wordingText } from '../../shell/wordedMessage.js';
import { useStore } from '../../store/index.js';
import { LAYOUT_NAMES } from './eventsLayouts.js';

export function SetFilesTable({ files, disabled }: { files: SetFilePreview[]; disabled: boolean }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const setFileKind = useStore((s) => s.setFileKind);
  return (
    <table className="table set-files" data-testid="set-files">
      <caption className="visually-hidden">{t('set.files.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('set.files.file')}</th>
          <th scope="col">{t('set.files.rows')}</th>
          <th scope="col">{t('set.files.kind')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file, i) => (
          <tr key={file.name} data-testid={`set-file-${file.name}`}>
            <th scope="row">
              <bdi>{file.name}</bdi>
              <span className="muted set-file-size">{formatBytes(file.preview.file.size, lang)}</span>
            </th>
            <td>
              {t('wizard.preview.rowsShown', {
                count: file.preview.rows.length,
                shown: formatInteger(file.preview.rows.length, lang),
              })}
            </td>
            <td>
              <select
                id={`set-kind-${i}`}
                aria-label={t('set.files.kindOf', { file: file.name })}
                aria-describedby={`set-kind-reason-${i}`}
                value={file.kind.value}
                disabled={disabled}
                onChange={(event) => void setFileKind(file.name, DatasetKind.parse(event.currentTarget.value))}
                data-testid={`set-kind-${file.name}`}
              >
                {DatasetKind.options.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`kinds.${kind}`)}
                  </option>
                ))}
              </select>
              <p id={`set-kind-reason-${i}`} className="setting-hint">
                {file.kind.chosen ? (
                  t('set.files.byYou')
                ) : (
                  <bdi>{(file.kind.wording && wordingText(file.kind.wording, t)) ?? file.kind.reason}</bdi>
                )}
              </p>
              {file.events && (
                <p className="setting-hint" data-testid={`set-events-${file.name}`}>
                  {t('set.files.eventsLayout', {
                    layout: LAYOUT_NAMES[file.events.layout],
                    columns: file.events.customerColumns.join(' / '),
                  })}
                </p>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
