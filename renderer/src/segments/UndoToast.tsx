/** "“VIP” was deleted. Undo": offered for a while after a delete; Undo restores it with its id. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';

/** How long Undo is offered. */
const UNDO_MS = 10_000;

export function UndoToast(): React.JSX.Element | null {
  const { t } = useTranslation();
  const deleted = useStore((s) => s.deletedSegment);
  const undoDelete = useStore((s) => s.undoDelete);
  const dismissUndo = useStore((s) => s.dismissUndo);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(dismissUndo, UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted, dismissUndo]);
  if (!deleted) return null;
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{t('segments.undo.deleted', { name: deleted.name })}</span>
      <button type="button" className="btn btn-small" onClick={() => void undoDelete()} data-testid="undo-delete">
        {t('segments.undo.undo')}
      </button>
      <button type="button" className="btn btn-quiet btn-small" aria-label={t('errors.dismiss')} onClick={dismissUndo}>
        ✕
      </button>
    </div>
  );
}
