/** "New project…" and "Open project…": small dialogs opened from the start page or the Electron menu. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preloadBridge } from '../api/bridge.js';
import { Modal } from '../shell/Modal.js';
import { NameCounter } from '../shell/NameCounter.js';
import { MAX_NAME_LENGTH, nameLength } from '../shell/nameLength.js';
import { useStore } from '../store/index.js';

export function ProjectDialogs(): React.JSX.Element | null {
  const dialog = useStore((s) => s.projectDialog);
  if (dialog === 'new') return <NewProjectDialog />;
  if (dialog === 'open') return <OpenProjectDialog />;
  return null;
}

function NewProjectDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [refused, setRefused] = useState(false);
  const projectsDir = useStore((s) => s.appInfo?.projectsDir ?? '');
  const busy = useStore((s) => s.projectBusy !== null);
  const close = () => useStore.getState().setProjectDialog(null);
  // No maxLength: the browser would cut a pasted name without a word (see nameLength).
  const length = nameLength(name);
  const create = async () => {
    if (!name.trim()) return;
    if (length.tooLong) {
      setRefused(true);
      return;
    }
    if (await useStore.getState().createProject(name.trim())) close();
  };
  const describedBy = [length.showCounter && `${id}-count`, refused && length.tooLong && `${id}-problem`]
    .filter(Boolean)
    .join(' ');
  return (
    <Modal labelledBy={`${id}-title`} onCancel={close} className="modal-small" testId="new-project-dialog">
      <form
        className="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <h2 id={`${id}-title`} className="modal-title">
          {t('start.newProject.title')}
        </h2>
        <label htmlFor={id} className="field-label">
          {t('start.newProject.name')}
        </label>
        <input
          id={id}
          className={`input input-wide ${length.tooLong ? 'is-invalid' : ''}`}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          // biome-ignore lint/a11y/noAutofocus: the first control of a modal dialog is where focus belongs when it opens
          autoFocus
          aria-invalid={length.tooLong}
          aria-describedby={describedBy || undefined}
          data-testid="new-project-name"
        />
        <NameCounter id={`${id}-count`} name={length} testId="new-project-name-count" />
        {refused && length.tooLong && (
          <p id={`${id}-problem`} className="name-problem" role="alert" data-testid="new-project-problem">
            {t('start.newProject.tooLong', { count: length.length, max: MAX_NAME_LENGTH })}
          </p>
        )}
        <p className="field-hint">{t('start.newProject.where', { folder: projectsDir })}</p>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={!name.trim() || busy}
            data-testid="new-project-create"
          >
            {t('start.newProject.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function OpenProjectDialog(): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [path, setPath] = useState('');
  const busy = useStore((s) => s.projectBusy !== null);
  const bridge = preloadBridge();
  const close = () => useStore.getState().setProjectDialog(null);
  const open = async (file: string) => {
    if (file.trim() && (await useStore.getState().openProject(file.trim()))) close();
  };
  return (
    <Modal labelledBy={`${id}-title`} onCancel={close} className="modal-small" testId="open-project-dialog">
      <form
        className="modal-body"
        onSubmit={(event) => {
          event.preventDefault();
          void open(path);
        }}
      >
        <h2 id={`${id}-title`} className="modal-title">
          {t('start.openProject.title')}
        </h2>
        {bridge ? (
          <label className="btn btn-primary file-button">
            {t('start.openProject.choose')}
            <input
              type="file"
              accept=".segwb"
              className="visually-hidden"
              data-testid="open-project-file"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) void open(bridge.pathForFile(file));
              }}
            />
          </label>
        ) : (
          <>
            <label htmlFor={id} className="field-label">
              {t('start.openProject.path')}
            </label>
            <input
              id={id}
              className="input input-wide"
              value={path}
              placeholder={t('start.openProject.placeholder')}
              onChange={(event) => setPath(event.currentTarget.value)}
              // biome-ignore lint/a11y/noAutofocus: the first control of a modal dialog is where focus belongs when it opens
              autoFocus
              spellCheck={false}
              data-testid="open-project-path"
            />
            <p className="field-hint">{t('start.openProject.browserHint')}</p>
          </>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          {!bridge && (
            <button
              type="submit"
              className="btn btn-primary"
              disabled={!path.trim() || busy}
              data-testid="open-project-submit"
            >
              {t('start.openProject.open')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
