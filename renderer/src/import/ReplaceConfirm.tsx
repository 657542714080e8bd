/** Asked when the project already holds data of this kind: replacing it or adding to it is the user's decision. */
import { useTranslation } from 'react-i18next';
import type { SingleFileKind } from '../../../shared/model/roles.js';
import { ConfirmBox } from '../shell/ConfirmBox.js';
import { useStore } from '../store/index.js';

export function ReplaceConfirm({ kind }: { kind: SingleFileKind }): React.JSX.Element {
  const { t } = useTranslation();
  const datasets = useStore((s) => s.project?.datasets ?? []);
  const answer = useStore((s) => s.answerReplace);
  const files = datasets.filter((d) => d.kind === kind).map((d) => d.fileName);

  return (
    <ConfirmBox
      title={t(`wizard.replace.title.${kind}`)}
      testId="replace-confirm"
      actions={[
        { label: t('wizard.replace.keep'), onClick: () => answer('keep'), testId: 'replace-keep' },
        { label: t('wizard.replace.append'), onClick: () => answer('append'), testId: 'replace-append-button' },
        {
          label: t('wizard.replace.replace'),
          onClick: () => answer('replace'),
          tone: 'danger',
          testId: 'replace-confirm-button',
        },
      ]}
    >
      <p>
        {files.length > 0
          ? t(`wizard.replace.text.${kind}`, { files: files.join(', ') })
          : t(`wizard.replace.textUnknown.${kind}`)}
      </p>
      <p className="muted">{t(`wizard.replace.appendHint.${kind}`)}</p>
    </ConfirmBox>
  );
}
