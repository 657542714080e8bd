/** Step 1: choose or drop the file; in a browser it is uploaded to the local engine first. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatInteger } from '../format.js';
import { ErrorMessage } from '../shell/ErrorMessage.js';
import { ProgressBar } from '../shell/ProgressBar.js';
import { useStore } from '../store/index.js';
import { IMPORT_ACCEPT, isImportableFile } from './importableFile.js';

export function FileStep(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [wrongFile, setWrongFile] = useState<string | null>(null);
  const source = useStore((s) => s.source);
  const setSources = useStore((s) => s.setSources);
  const upload = useStore((s) => s.upload);
  const loading = useStore((s) => s.previewLoading);
  const error = useStore((s) => s.importError);
  const chooseFiles = useStore((s) => s.chooseFiles);
  const closeWizard = useStore((s) => s.closeWizard);

  const take = (files: File[]) => {
    if (files.length === 0) return;
    const wrong = files.find((f) => !isImportableFile(f.name));
    if (wrong) {
      setWrongFile(wrong.name);
      return;
    }
    setWrongFile(null);
    void chooseFiles(files);
  };

  return (
    <div className="wizard-step-body" data-testid="wizard-step-file">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; keyboard users have the button inside it */}
      <div
        className={`file-drop ${over ? 'is-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation(); // handled here: the window-wide drop zone must not take it too
          setOver(false);
          take(Array.from(event.dataTransfer.files));
        }}
      >
        <p className="file-drop-text">{t('wizard.file.drop')}</p>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => input.current?.click()}
          // biome-ignore lint/a11y/noAutofocus: the first control of a modal dialog is where focus belongs when it opens
          autoFocus
        >
          {t('wizard.file.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept={IMPORT_ACCEPT}
          multiple
          className="visually-hidden"
          tabIndex={-1}
          data-testid="wizard-file-input"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = '';
            take(files);
          }}
        />
        <p className="field-hint">{t('wizard.file.types')}</p>
      </div>

      {setSources && upload && (
        <div className="file-progress" role="status">
          <p>
            {t('set.uploading', {
              files: formatInteger(setSources.length, lang),
              done: formatBytes(upload.loaded, lang),
              total: formatBytes(upload.total, lang),
            })}
          </p>
          <ProgressBar
            value={upload.loaded}
            max={upload.total}
            label={t('wizard.file.uploadLabel')}
            testId="upload-progress"
          />
        </div>
      )}
      {setSources && !upload && loading && (
        <p className="file-progress" role="status">
          {t('set.reading', { files: formatInteger(setSources.length, lang) })}
        </p>
      )}
      {source && upload && (
        <div className="file-progress" role="status">
          <p>
            {t('wizard.file.uploading', {
              name: source.name,
              done: formatBytes(upload.loaded, lang),
              total: formatBytes(upload.total, lang),
            })}
          </p>
          <ProgressBar
            value={upload.loaded}
            max={upload.total}
            label={t('wizard.file.uploadLabel')}
            testId="upload-progress"
          />
        </div>
      )}
      {source && !upload && loading && (
        <p className="file-progress" role="status">
          {t('wizard.file.reading', { name: source.name })}
        </p>
      )}
      {wrongFile && (
        <p className="notice notice-error" role="alert">
          {t('drop.notCsv', { name: wrongFile })}
        </p>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          <ErrorMessage error={error} />
        </div>
      )}

      <div className="wizard-footer">
        <button type="button" className="btn" onClick={closeWizard} data-testid="wizard-cancel">
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
