/** Step 2: what the engine made of the file, the settings to correct it, and the column mapping. */
import { useTranslation } from 'react-i18next';
import { formatBytes, formatInteger } from '../format.js';
import { ErrorMessage } from '../shell/ErrorMessage.js';
import { wordingText } from '../shell/wordedMessage.js';
import { useStore } from '../store/index.js';
import { amountRule, amountRuleSentence } from './amountRule.js';
import { MappingTable } from './MappingTable.js';
import { mappingProblems } from './mapping.js';
import { PreviewSettings } from './PreviewSettings.js';
import { problemSentence } from './problemSentence.js';
import { ReplaceConfirm } from './ReplaceConfirm.js';
import { SourceInfo } from './SourceInfo.js';

export function PreviewStep(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const preview = useStore((s) => s.preview);
  const columns = useStore((s) => s.columns);
  const loading = useStore((s) => s.previewLoading);
  const error = useStore((s) => s.importError);
  const replaceAsk = useStore((s) => s.replaceAsk);
  const startImport = useStore((s) => s.startImport);
  const backToFile = useStore((s) => s.backToFile);
  const closeWizard = useStore((s) => s.closeWizard);
  if (!preview) return null;

  const kind = preview.options.kind;
  const problems = mappingProblems(kind, columns);
  const rule = amountRuleSentence(amountRule(kind, columns), t);
  const canImport = !loading && problems.length === 0 && columns.some((c) => c.include);

  return (
    <div className="wizard-step-body" data-testid="wizard-step-preview" aria-busy={loading}>
      <p className="preview-file">
        <strong>{preview.file.name}</strong>
        <span className="muted">
          {' · '}
          {formatBytes(preview.file.size, lang)}
          {' · '}
          {t('wizard.preview.rowsShown', {
            count: preview.rows.length,
            shown: formatInteger(preview.rows.length, lang),
          })}
        </span>
      </p>

      {preview.source && <SourceInfo source={preview.source} disabled={loading} />}
      <PreviewSettings preview={preview} disabled={loading} />

      {(preview.warnings.length > 0 || problems.length > 0) && (
        <div className="notice notice-warning" data-testid="preview-warnings">
          <ul className="notice-list">
            {problems.map((issue) => (
              <li key={issue.problem} className="is-blocking" data-testid={`problem-${issue.problem}`}>
                {problemSentence(issue, t, lang)}
              </li>
            ))}
            {preview.warnings.map((w, i) => {
              const wording = preview.warningWordings?.[i];
              return <li key={w}>{(wording && wordingText(wording, t)) ?? w}</li>;
            })}
          </ul>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          <ErrorMessage error={error} />
        </div>
      )}
      {rule && (
        <p className="amount-rule" data-testid="amount-rule">
          {rule}
        </p>
      )}

      <MappingTable preview={preview} columns={columns} />

      {replaceAsk ? (
        <ReplaceConfirm kind={replaceAsk.kind} />
      ) : (
        <div className="wizard-footer">
          <button type="button" className="btn" onClick={backToFile} data-testid="wizard-back">
            {t('wizard.preview.otherFile')}
          </button>
          <span className="wizard-footer-gap" />
          <button type="button" className="btn" onClick={closeWizard} data-testid="wizard-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canImport}
            onClick={() => void startImport('new')}
            data-testid="wizard-import"
          >
            {t(`wizard.preview.import.${kind}`)}
          </button>
        </div>
      )}
    </div>
  );
}
