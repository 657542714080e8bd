/** Step 2 for several files: what each file holds, what the import would refuse, and how the files link. */
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../format.js';
import { ErrorMessage } from '../../shell/ErrorMessage.js';
import { wordingText } from '../../shell/wordedMessage.js';
import { useStore } from '../../store/index.js';
import { AddLinkForm } from './AddLinkForm.js';
import { LinkDiagram } from './LinkDiagram.js';
import { SetFilesTable } from './SetFilesTable.js';
import { SetLinksTable } from './SetLinksTable.js';
import { SetReplaceConfirm } from './SetReplaceConfirm.js';

export function SetPreviewStep(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const preview = useStore((s) => s.setPreview);
  const loading = useStore((s) => s.previewLoading);
  const error = useStore((s) => s.importError);
  const replaceAsk = useStore((s) => s.setReplaceAsk);
  const startSetImport = useStore((s) => s.startSetImport);
  const backToFile = useStore((s) => s.backToFile);
  const closeWizard = useStore((s) => s.closeWizard);
  if (!preview) return null;
  const count = preview.files.length;

  return (
    <div className="wizard-step-body" data-testid="wizard-step-set-preview" aria-busy={loading}>
      {/* The step scrolls inside, so the footer with its buttons stays in view. */}
      <div className="set-scroll" data-testid="set-scroll">
        <SetFilesTable files={preview.files} disabled={loading} />
        {preview.refusals.length > 0 && (
          <div className="notice notice-warning" data-testid="set-refusals">
            <p className="notice-title">{t('set.refusals')}</p>
            <ul className="notice-list">
              {preview.refusals.map((r, i) => {
                const wording = preview.refusalWordings?.[i];
                return (
                  <li key={r} className="is-blocking">
                    {(wording && wordingText(wording, t)) ?? r}
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {error && (
          <div className="notice notice-error" role="alert">
            <ErrorMessage error={error} />
          </div>
        )}
        <section className="set-links-section" aria-labelledby="set-links-title">
          <h3 id="set-links-title" className="report-subtitle">
            {t('set.links.title')}
          </h3>
          <div className="link-diagram-scroll">
            <LinkDiagram files={preview.files} links={preview.links} />
          </div>
          <SetLinksTable links={preview.links} disabled={loading} />
          <AddLinkForm files={preview.files} disabled={loading} />
        </section>
      </div>
      {replaceAsk ? (
        <SetReplaceConfirm />
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
            disabled={loading || preview.refusals.length > 0}
            onClick={() => void startSetImport(false)}
            data-testid="wizard-import"
          >
            {t('set.importAll', { count, files: formatInteger(count, lang) })}
          </button>
        </div>
      )}
    </div>
  );
}
