/** Asked when the project already holds data of this kind: replacing it is the user's decision. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleFileKind } from '../../../shared/model/roles.js';
import { useStore } from '../store/index.js';

export function ReplaceConfirm({ kind }: { kind: SingleFileKind }): React.JSX.Element {
  const { t } = useTranslation();
  const keepButton = useRef<HTMLButtonElement>(null);
  const datasets = useStore((s) => s.project?.datasets ?? []);
  const answer = useStore((s) => s.answerReplace);
  const files = datasets.filter((d) => d.kind === kind).map((d) => d.fileName);
  useEffect(() => {
    keepButton.current?.focus();
  }, []);

  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="replace-title"
      aria-describedby="replace-text"
      data-testid="replace-confirm"
    >
      <p id="replace-title" className="confirm-title">
        {t(`wizard.replace.title.${kind}`)}
      </p>
      <p id="replace-text">
        {files.length > 0
          ? t(`wizard.replace.text.${kind}`, { files: files.join(', ') })
          : t(`wizard.replace.textUnknown.${kind}`)}
      </p>
      <p className="muted">{t(`wizard.replace.appendHint.${kind}`)}</p>
      <div className="confirm-actions">
        <button
          type="button"
          className="btn"
          ref={keepButton}
          onClick={() => answer('keep')}
          data-testid="replace-keep"
        >
          {t('wizard.replace.keep')}
        </button>
        <button type="button" className="btn" onClick={() => answer('append')} data-testid="replace-append-button">
          {t('wizard.replace.append')}
        </button>
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => answer('replace')}
          data-testid="replace-confirm-button"
        >
          {t('wizard.replace.replace')}
        </button>
      </div>
    </div>
  );
}
