/**
 * "Undo import": puts the data back as it was before the latest import (the engine keeps it until
 * the history is cleared). Asks first; the project's new state arrives as project/changed.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportHistoryEntry, ProjectInfo } from '../../../shared/api.js';
import { api } from '../api/index.js';
import { formatTextList } from '../format.js';
import { useStore } from '../store/index.js';

export function UndoImport({ project }: { project: ProjectInfo }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  // The import in the user's language: its files, each with its kind.
  const labelOf = (entry: ImportHistoryEntry): string =>
    formatTextList(
      entry.files.map((f) => `${f.file} (${t(`kinds.${f.kind}`)})`),
      i18n.language,
    );
  const reportError = useStore((s) => s.reportError);
  const [latest, setLatest] = useState<ImportHistoryEntry | null>(null);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<ImportHistoryEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);

  // Every change of the project (an import, an undo) may change what can be undone.
  useEffect(() => {
    let live = true;
    void project;
    api.call('datasets/history', {}).then(
      (history) => live && setLatest(history[0] ?? null),
      () => live && setLatest(null),
    );
    return () => {
      live = false;
    };
  }, [project]);

  useEffect(() => {
    if (asking) keepButton.current?.focus();
  }, [asking]);

  const undo = async (): Promise<void> => {
    if (!latest) return;
    setBusy(true);
    try {
      const { undone } = await api.call('datasets/undo', {});
      setDone(undone);
      setAsking(false);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="undo-import" data-testid="undo-import">
      {done && (
        <p className="muted" role="status" data-testid="undo-import-done">
          {t('data.undo.done', { label: labelOf(done) })}
        </p>
      )}
      {latest && !asking && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            setDone(null);
            setAsking(true);
          }}
          data-testid="undo-import-button"
        >
          {t('data.undo.button', { label: labelOf(latest) })}
        </button>
      )}
      {latest && asking && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="undo-import-title"
          aria-describedby="undo-import-text"
          data-testid="undo-import-confirm"
        >
          <p id="undo-import-title" className="confirm-title">
            {t('data.undo.title', { label: labelOf(latest) })}
          </p>
          <p id="undo-import-text">{t('data.undo.text')}</p>
          <div className="confirm-actions">
            <button type="button" className="btn" ref={keepButton} onClick={() => setAsking(false)}>
              {t('data.undo.keep')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={busy}
              onClick={() => void undo()}
              data-testid="undo-import-confirm-button"
            >
              {t('data.undo.confirm')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
