/** Asked when the project already holds data of the set's kinds: replace it all, or keep it (no import). */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/index.js';

export function SetReplaceConfirm(): React.JSX.Element {
  const { t } = useTranslation();
  const keepButton = useRef<HTMLButtonElement>(null);
  const answer = useStore((s) => s.answerSetReplace);
  useEffect(() => {
    keepButton.current?.focus();
  }, []);
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby="set-replace-title"
      aria-describedby="set-replace-text"
      data-testid="set-replace-confirm"
    >
      <p id="set-replace-title" className="confirm-title">
        {t('set.replace.title')}
      </p>
      <p id="set-replace-text">{t('set.replace.text')}</p>
      <p className="muted">{t('set.replace.appendOnlyOne')}</p>
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
