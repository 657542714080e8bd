/** What the app shows with no project open: the ways to start, and the projects opened before. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT } from '../import/importableFile.js';
import { useStore } from '../store/index.js';
import { LanguageChoice } from './LanguageChoice.js';
import { RecentProjects } from './RecentProjects.js';

export function StartPage(): React.JSX.Element {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const busy = useStore((s) => s.projectBusy);
  const openDemo = useStore((s) => s.openDemo);
  const setProjectDialog = useStore((s) => s.setProjectDialog);
  const chooseFiles = useStore((s) => s.chooseFiles);
  const setDatabaseDialog = useStore((s) => s.setDatabaseDialog);

  return (
    <section className="start" aria-labelledby="start-title" data-testid="start-page">
      <div className="start-intro">
        {/* With no project open there is no project name in the top bar: this is the page's one h1. */}
        <h1 id="start-title" className="start-title">
          {t('start.title')}
        </h1>
        <p className="start-lead">{t('start.lead')}</p>
        <LanguageChoice />
      </div>
      <div className="start-actions">
        <button
          type="button"
          className="start-card start-card-primary"
          onClick={() => fileInput.current?.click()}
          disabled={busy !== null}
          data-testid="start-import"
        >
          <span className="start-card-title">{t('start.import.title')}</span>
          <span className="start-card-text">{t('start.import.text')}</span>
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={IMPORT_ACCEPT}
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="start-import-file"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            event.currentTarget.value = ''; // choosing the same file again must fire change again
            void chooseFiles(files);
          }}
        />
        <button
          type="button"
          className="start-card"
          onClick={() => setDatabaseDialog(true)}
          disabled={busy !== null}
          data-testid="start-database"
        >
          <span className="start-card-title">{t('database.startTitle')}</span>
          <span className="start-card-text">{t('database.startText')}</span>
        </button>
        <button
          type="button"
          className="start-card"
          onClick={() => void openDemo()}
          disabled={busy !== null}
          data-testid="start-demo"
        >
          <span className="start-card-title">{busy === 'demo' ? t('start.demo.busy') : t('start.demo.title')}</span>
          <span className="start-card-text">{t('start.demo.text')}</span>
        </button>
        <button
          type="button"
          className="start-card"
          onClick={() => setProjectDialog('new')}
          disabled={busy !== null}
          data-testid="start-new"
        >
          <span className="start-card-title">{t('start.new.title')}</span>
          <span className="start-card-text">{t('start.new.text')}</span>
        </button>
        <button
          type="button"
          className="start-card"
          onClick={() => setProjectDialog('open')}
          disabled={busy !== null}
          data-testid="start-open"
        >
          <span className="start-card-title">{t('start.open.title')}</span>
          <span className="start-card-text">{t('start.open.text')}</span>
        </button>
      </div>
      <p className="start-drop-hint">{t('start.dropHint')}</p>
      <RecentProjects />
    </section>
  );
}
