/** "Open a database": the URL (or DuckDB file) to count on; the engine checks the connection and the tables. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shell/Modal.js';
import { useStore } from '../store/index.js';

export function DatabaseDialog(): React.JSX.Element | null {
  const open = useStore((s) => s.databaseDialog);
  return open ? <DatabaseForm /> : null;
}

function DatabaseForm(): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const lost = useStore((s) => s.databaseLost);
  // A DuckDB file's address is the whole URL; a masked password (***) must be typed again.
  const [url, setUrl] = useState(lost !== null && !lost.includes('***') ? lost : '');
  const busy = useStore((s) => s.databaseBusy);
  const problem = useStore((s) => s.databaseProblem);
  const close = () => useStore.getState().setDatabaseDialog(false);
  return (
    <Modal labelledBy={`${id}-title`} onCancel={close} className="modal-small" testId="database-dialog">
      <form
        className="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.trim()) void useStore.getState().openDatabase(url.trim());
        }}
      >
        <h2 id={`${id}-title`} className="modal-title">
          {t('database.dialogTitle')}
        </h2>
        {lost !== null && (
          <p className="field-problem" role="alert" dir="auto" data-testid="database-lost">
            {t('database.closedOnRestart', { shown: lost })}
          </p>
        )}
        <p className="muted">{t('database.dialogText')}</p>
        <label htmlFor={id} className="field-label">
          {t('database.urlLabel')}
        </label>
        <input
          id={id}
          className="input input-wide"
          dir="ltr"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          // biome-ignore lint/a11y/noAutofocus: the first control of a modal dialog is where focus belongs when it opens
          autoFocus
          spellCheck={false}
          autoComplete="off"
          data-testid="database-url"
        />
        {busy && (
          <p className="muted" role="status">
            {t('database.connecting')}
          </p>
        )}
        {problem && (
          <p className="field-problem" role="alert" dir="auto" data-testid="database-problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            {t('database.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy || !url.trim()} data-testid="database-open">
            {t('database.connect')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
