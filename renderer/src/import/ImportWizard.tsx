/** The import wizard: a modal that walks through file → preview → import → report. */
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../../shared/api.js';
import { Modal } from '../shell/Modal.js';
import { firstFreeName, projectNameFromFile } from '../start/projectNames.js';
import { useStore } from '../store/index.js';
import { FileStep } from './FileStep.js';
import { setProjectName } from './importSetSlice.js';
import { PreviewStep } from './PreviewStep.js';
import { ReportStep } from './ReportStep.js';
import { RunStep } from './RunStep.js';
import { SetPreviewStep } from './set/SetPreviewStep.js';
import { SetReportStep } from './set/SetReportStep.js';
import { WizardSteps } from './WizardSteps.js';

export function ImportWizard(): React.JSX.Element | null {
  const { t } = useTranslation();
  const step = useStore((s) => s.wizardStep);
  const projectName = useStore((s) => s.project?.name ?? null);
  const sourceName = useStore((s) => s.source?.name ?? null);
  const setSources = useStore((s) => s.setSources);
  const setPreview = useStore((s) => s.setPreview);
  const closeWizard = useStore((s) => s.closeWizard);
  const recent = useStore((s) => s.recent);
  const projectsDir = useStore((s) => s.appInfo?.projectsDir ?? null);
  if (!step) return null;

  const target = projectName
    ? t('wizard.target.current', { name: projectName })
    : setSources
      ? t('wizard.target.new', { name: likelyNewName(setProjectName(setPreview, setSources), recent, projectsDir) })
      : sourceName
        ? t('wizard.target.new', { name: likelyNewName(projectNameFromFile(sourceName), recent, projectsDir) })
        : t('wizard.target.newUnnamed');

  return (
    <Modal labelledBy="wizard-title" onCancel={closeWizard} className="modal-wizard" testId="import-wizard">
      <div className="wizard">
        <header className="wizard-header">
          <div>
            <h2 id="wizard-title" className="modal-title">
              {setSources ? t('set.title') : t('wizard.title')}
            </h2>
            <p className="wizard-target">{target}</p>
          </div>
          <WizardSteps step={step} />
        </header>
        <div className="wizard-content">
          {step === 'file' && <FileStep />}
          {step === 'preview' && (setSources ? <SetPreviewStep /> : <PreviewStep />)}
          {step === 'run' && <RunStep />}
          {step === 'report' && (setSources ? <SetReportStep /> : <ReportStep />)}
        </div>
      </div>
    </Modal>
  );
}

/** The name the new project will most likely get: the engine has the last word (it numbers taken names). */
function likelyNewName(base: string, recent: RecentProject[], projectsDir: string | null): string {
  const inDefaultFolder = recent.filter((p) => p.exists && projectsDir !== null && p.path.startsWith(projectsDir));
  return firstFreeName(
    base,
    inDefaultFolder.map((p) => p.name),
  );
}
