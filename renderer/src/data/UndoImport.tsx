/**
 * "Undo import": puts the data back as it was before the latest import (the engine keeps it until
 * the history is cleared). Asks first; the project's new state arrives as project/changed.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportHistoryEntry, ProjectInfo } from '../../../shared/api.js';
import { api } from '../api/index.js';
import { formatTextList } from '../format.js';
import { ConfirmBox } from '../shell/ConfirmBox.js';
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
        <ConfirmBox
          title={t('data.undo.title', { label: labelOf(latest) })}
          testId="undo-import-confirm"
          actions={[
            { label: t('data.undo.keep'), onClick: () => setAsking(false) },
            {
              label: t('data.undo.confirm'),
              onClick: () => void undo(),
              tone: 'danger',
              disabled: busy,
              testId: 'undo-import-confirm-button',
            },
          ]}
        >
          <p>{t('data.undo.text')}</p>
        </ConfirmBox>
      )}
    </div>
  );
}
