import { useTranslation } from 'react-i18next';
import type { WizardStep } from './importSlice.js';

const STEPS: readonly WizardStep[] = ['file', 'preview', 'run', 'report'];

export function WizardSteps({ step }: { step: WizardStep }): React.JSX.Element {
  const { t } = useTranslation();
  const current = STEPS.indexOf(step);
  return (
    <ol className="wizard-steps" aria-label={t('wizard.steps.label')}>
      {STEPS.map((name, i) => (
        <li
          key={name}
          className={`wizard-step ${i < current ? 'is-done' : ''} ${i === current ? 'is-current' : ''}`}
          aria-current={i === current ? 'step' : undefined}
        >
          <span className="wizard-step-number" aria-hidden="true">
            {i + 1}
          </span>
          {t(`wizard.steps.${name}`)}
        </li>
      ))}
    </ol>
  );
}
