/** Name, colour, save state and the Save / Export buttons of the open segment. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NameCounter } from '../shell/NameCounter.js';
import { MAX_NAME_LENGTH, nameLength } from '../shell/nameLength.js';
import { useStore } from '../store/index.js';
import { ColorPicker } from './ColorPicker.js';
import { isDraftChanged } from './draft/draft.js';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

export function SegmentHeader({ onExport }: { onExport(): void }): React.JSX.Element | null {
  const { t } = useTranslation();
  const id = useId();
  const draft = useStore((s) => s.draft);
  const changed = useStore((s) => isDraftChanged(s.draft, s.baseline));
  const saving = useStore((s) => s.saving);
  const problem = useStore((s) => s.saveProblem);
  const incomplete = useStore((s) => s.pruned?.incomplete.length ?? 0);
  const setDraftMeta = useStore((s) => s.setDraftMeta);
  const saveDraft = useStore((s) => s.saveDraft);
  const canUndo = useStore((s) => s.canUndo);
  const canRedo = useStore((s) => s.canRedo);
  const undo = useStore((s) => s.undo);
  const redo = useStore((s) => s.redo);
  if (!draft) return null;
  const isNew = draft.id === null;
  const state = isNew ? 'stateNew' : changed ? 'stateChanged' : 'stateSaved';
  const keys = isMac ? '⌘S' : 'Ctrl+S';
  // No maxLength: the browser would cut a pasted name without a word (see nameLength).
  const name = nameLength(draft.name);
  const tooLong = name.tooLong;

  return (
    <div className="segment-header">
      <div className="segment-header-row">
        <ColorPicker value={draft.color} onChange={(color) => setDraftMeta({ color })} />
        <label htmlFor={id} className="visually-hidden">
          {t('segments.editor.name')}
        </label>
        <input
          id={id}
          className={`input segment-name ${problem === 'name' || tooLong ? 'is-invalid' : ''}`}
          value={draft.name}
          placeholder={t('segments.editor.namePlaceholder')}
          aria-invalid={problem === 'name' || tooLong}
          aria-describedby={name.showCounter ? `${id}-count` : undefined}
          data-testid="segment-name"
          onChange={(event) => setDraftMeta({ name: event.currentTarget.value })}
        />
        <NameCounter id={`${id}-count`} name={name} testId="segment-name-count" />
        <span className={`segment-state segment-state-${state}`} data-testid="segment-state">
          {(isNew || changed) && <span className="segment-state-dot" aria-hidden="true" />}
          {t(`segments.editor.${state}`)}
        </span>
        <div className="segment-header-actions">
          <HistoryButton
            label={t('segments.editor.undo')}
            hint={t('segments.editor.undoShortcut', { keys: isMac ? '⌘Z' : 'Ctrl+Z' })}
            keys={isMac ? 'Meta+Z' : 'Control+Z'}
            disabled={!canUndo}
            testId="segment-undo"
            onClick={undo}
          />
          <HistoryButton
            label={t('segments.editor.redo')}
            hint={t('segments.editor.redoShortcut', { keys: isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z' })}
            keys={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
            disabled={!canRedo}
            testId="segment-redo"
            onClick={redo}
          />
          <button
            type="button"
            className="btn"
            disabled={isNew}
            title={isNew ? t('segments.editor.exportNeedsSave') : undefined}
            data-testid="segment-export"
            onClick={onExport}
          >
            {t('segments.editor.export')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={saving || (!isNew && !changed)}
            aria-keyshortcuts={isMac ? 'Meta+S' : 'Control+S'}
            title={t('segments.editor.saveShortcut', { keys })}
            data-testid="segment-save"
            onClick={() => void saveDraft()}
          >
            {saving ? t('segments.editor.saving') : t('segments.editor.save')}
          </button>
        </div>
      </div>
      {problem && (
        <p className="segment-problem" role="alert" data-testid="segment-problem">
          {problem === 'name'
            ? t('segments.editor.needsName')
            : problem === 'nameTooLong'
              ? t('segments.editor.nameTooLong', { count: name.length, max: MAX_NAME_LENGTH })
              : t('segments.editor.needsComplete', { count: incomplete })}
        </p>
      )}
    </div>
  );
}

interface HistoryButtonProps {
  label: string;
  /** The action with its shortcut, for screen readers and the tooltip. */
  hint: string;
  /** aria-keyshortcuts value. */
  keys: string;
  disabled: boolean;
  testId: string;
  onClick(): void;
}

/** Undo or Redo: a labelled button that names its keyboard shortcut. */
function HistoryButton({ label, hint, keys, disabled, testId, onClick }: HistoryButtonProps): React.JSX.Element {
  return (
    <button
      type="button"
      className="btn"
      disabled={disabled}
      aria-keyshortcuts={keys}
      aria-label={hint}
      title={hint}
      data-testid={testId}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
