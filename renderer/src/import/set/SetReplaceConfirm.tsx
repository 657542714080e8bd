/** Asked when the project already holds data of the set's kinds: replace it all, or keep it (no import). */
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../shell/ConfirmBox.js';
import { useStore } from '../../store/index.js';

export function SetReplaceConfirm(): React.JSX.Element {
  const { t } = useTranslation();
  const answer = useStore((s) => s.answerSetReplace);
  return (
    <ConfirmBox
      title={t('set.replace.title')}
      testId="set-replace-confirm"
      actions={[
        { label: t('wizard.replace.keep'), onClick: () => answer('keep'), testId: 'replace-keep' },
        {
          label: t('wizard.replace.replace'),
          onClick: () => answer('replace'),
          tone: 'danger',
          testId: 'replace-confirm-button',
        },
      ]}
    >
      <p>{t('set.replace.text')}</p>
      <p className="muted">{t('set.replace.appendOnlyOne')}</p>
    </ConfirmBox>
  );
}
