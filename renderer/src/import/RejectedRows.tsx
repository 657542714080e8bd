/** Rejected rows grouped by reason, the first examples of each, and the full list as CSV. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/model/import.js';
import { api } from '../api/index.js';
import { rejectsDownloadUrl, rejectsFileName, saveRejectsAs } from '../api/rejects.js';
import { formatInteger } from '../format.js';
import { useStore } from '../store/index.js';

/** Examples shown per reason; the CSV has them all. */
const EXAMPLES_SHOWN = 5;

/** title: the heading when the report holds several files (each has its own section). */
export function RejectedRows({
  report,
  title,
}: {
  report: Pick<ImportReport, 'datasetId' | 'file' | 'rejected'>;
  title?: string;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [saved, setSaved] = useState<string | null>(null);
  const downloadUrl = rejectsDownloadUrl(report.datasetId);
  const fileName = rejectsFileName(report.file);

  /** A value in quotes, or the word "empty": quotes around nothing read as a glitch. */
  const shownValue = (value: string | null) =>
    value === null || value === '' ? t('wizard.report.emptyValue') : t('wizard.report.quoted', { value });

  const save = async () => {
    try {
      const result = await saveRejectsAs(api, report.datasetId, fileName);
      if (result) setSaved(t('wizard.report.saved', { path: result.path, rows: formatInteger(result.rows, lang) }));
    } catch (error) {
      useStore.getState().reportError(error);
    }
  };

  return (
    <section className="rejects" aria-labelledby={`rejects-title-${report.datasetId}`}>
      <div className="rejects-head">
        <h3 id={`rejects-title-${report.datasetId}`} className="section-title">
          {title ?? t('wizard.report.rejectedTitle')}
        </h3>
        {downloadUrl ? (
          <a className="btn" href={downloadUrl} download={fileName} data-testid="rejects-download">
            {t('wizard.report.saveCsv')}
          </a>
        ) : (
          <button type="button" className="btn" onClick={() => void save()} data-testid="rejects-save">
            {t('wizard.report.saveCsv')}
          </button>
        )}
      </div>
      {saved && (
        <p className="muted" role="status">
          {saved}
        </p>
      )}
      <table className="table rejects-table" data-testid="rejects-table">
        <thead>
          <tr>
            <th scope="col">{t('wizard.report.reason')}</th>
            <th scope="col" className="num">
              {t('wizard.report.count')}
            </th>
            <th scope="col">{t('wizard.report.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rejected.map((group) => (
            <tr key={group.reason} data-testid={`reject-${group.reason}`}>
              <td>{t(`rejectReasons.${group.reason}`)}</td>
              <td className="num" data-testid={`reject-count-${group.reason}`}>
                {formatInteger(group.count, lang)}
              </td>
              <td>
                <ul className="reject-examples">
                  {group.examples.slice(0, EXAMPLES_SHOWN).map((example) => (
                    <li key={`${example.line}:${example.column ?? ''}`}>
                      {example.column
                        ? t('wizard.report.exampleAt', {
                            line: formatInteger(example.line, lang),
                            column: example.column,
                            value: shownValue(example.value),
                          })
                        : t('wizard.report.exampleLine', {
                            line: formatInteger(example.line, lang),
                            value: shownValue(example.value),
                          })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
