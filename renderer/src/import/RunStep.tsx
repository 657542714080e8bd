/** Step 3: the import running, with its progress and a way to cancel; or how it ended if not with a report. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatInteger, formatPercent } from '../format.js';
import { ErrorMessage } from '../shell/ErrorMessage.js';
import { ProgressBar } from '../shell/ProgressBar.js';
import { useStore } from '../store/index.js';

export function RunStep(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const job = useStore((s) => s.job);
  const file = useStore((s) => s.source?.name ?? '');
  const cancelled = useStore((s) => s.cancelled);
  const error = useStore((s) => s.importError);
  const cancelImport = useStore((s) => s.cancelImport);
  const backToPreview = useStore((s) => s.backToPreview);
  const closeWizard = useStore((s) => s.closeWizard);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const endButton = useRef<HTMLButtonElement>(null);
  const running = job !== null;
  useEffect(() => {
    (running ? cancelButton : endButton).current?.focus();
  }, [running]);

  if (job) {
    const p = job.progress;
    const reading = !p || p.phase === 'reading';
    return (
      <div className="wizard-step-body run" data-testid="wizard-step-run">
        <div className="run-head">
          <p className="run-phase" aria-live="polite" data-testid="run-phase">
            {job.cancelling ? t('wizard.run.cancelling') : t(`wizard.run.phase.${p?.phase ?? 'starting'}`, { file })}
          </p>
          {p && reading && p.totalBytes > 0 && (
            <span className="run-percent" data-testid="run-percent">
              {formatPercent(Math.min(1, p.bytesRead / p.totalBytes), lang)}
            </span>
          )}
        </div>
        <ProgressBar
          value={p?.bytesRead ?? 0}
          max={p && reading ? p.totalBytes : null}
          label={t('wizard.run.progressLabel')}
          testId="import-progress"
        />
        {p && (
          <p className="run-numbers muted" data-testid="run-numbers">
            {t('wizard.run.numbers', {
              read: formatBytes(p.bytesRead, lang),
              total: formatBytes(p.totalBytes, lang),
              rows: formatInteger(p.rows, lang),
            })}
          </p>
        )}
        <div className="wizard-footer">
          <button
            type="button"
            className="btn"
            ref={cancelButton}
            onClick={() => void cancelImport()}
            disabled={job.cancelling}
            data-testid="import-cancel"
          >
            {t('wizard.run.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="wizard-step-body run" data-testid="wizard-step-run">
      {cancelled && (
        <p className="notice" role="status" data-testid="import-cancelled">
          {t('wizard.run.cancelled')}
        </p>
      )}
      {error && (
        <div className="notice notice-error" role="alert" data-testid="import-error">
          <p className="notice-title">{t('wizard.run.failed')}</p>
          <ErrorMessage error={error} />
        </div>
      )}
      <div className="wizard-footer">
        <button type="button" className="btn" onClick={backToPreview} data-testid="wizard-back-to-preview">
          {t('wizard.run.backToPreview')}
        </button>
        <button type="button" className="btn btn-primary" ref={endButton} onClick={closeWizard}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
