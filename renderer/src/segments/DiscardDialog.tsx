/** Asked before opening something else would throw away the open segment's unsaved changes. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../shell/Modal.js';
import { useStore } from '../store/index.js';

export function DiscardDialog(): React.JSX.Element | null {
  const { t } = useTranslation();
  const id = useId();
  const pending = useStore((s) => s.pendingOpen);
  const draft = useStore((s) => s.draft);
  const confirmDiscard = useStore((s) => s.confirmDiscard);
  const cancelDiscard = useStore((s) => s.cancelDiscard);
  if (!pending || !draft) return null;
  return (
    <Modal labelledBy={`${id}-title`} onCancel={cancelDiscard} className="modal-small" testId="discard-dialog">
      <div className="modal-body">
        <h2 id={`${id}-title`} className="modal-title">
          {t('segments.discard.title')}
        </h2>
        <p>
          {draft.id === null || !draft.name
            ? t('segments.discard.textNew')
            : t('segments.discard.text', { name: draft.name })}
        </p>
        <div className="modal-actions">
          {/* biome-ignore lint/a11y/noAutofocus: the safe choice of a confirmation is where focus belongs */}
          <button type="button" className="btn" onClick={cancelDiscard} autoFocus data-testid="discard-keep">
            {t('segments.discard.keep')}
          </button>
          <button type="button" className="btn btn-danger" onClick={confirmDiscard} data-testid="discard-confirm">
            {t('segments.discard.discard')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
