/** The files this project's data came from, one line each. */
import { useTranslation } from 'react-i18next';
import type { DatasetInfo } from '../../../shared/api.js';
import { formatBytes, formatDateTime, formatInteger } from '../format.js';

export function DatasetList({ datasets }: { datasets: DatasetInfo[] }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="datasets" aria-label={t('data.datasets.label')} data-testid="dataset-list">
      {datasets.map((d) => (
        <li key={d.id} className="dataset">
          <span className={`kind-badge kind-${d.kind}`}>{t(`kinds.${d.kind}`)}</span>
          <span className="dataset-file" title={d.fileName}>
            {d.fileName}
          </span>
          <span className="muted">
            {t('data.datasets.line', {
              rows: formatInteger(d.rowsImported, lang),
              size: formatBytes(d.fileSize, lang),
              when: formatDateTime(d.importedAt, lang),
            })}
          </span>
          {d.rowsRejected > 0 && (
            <span className="dataset-rejected">
              {t('data.datasets.rejected', { count: d.rowsRejected, rejected: formatInteger(d.rowsRejected, lang) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
