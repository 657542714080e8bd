import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { AsOfEditor } from './AsOfEditor.js';
import { CalendarPicker } from './CalendarPicker.js';
import { LanguagePicker } from './LanguagePicker.js';
import { ThemePicker } from './ThemePicker.js';

export function TopBar(): React.JSX.Element {
  const { t } = useTranslation();
  const project = useStore((s) => s.project);
  const closing = useStore((s) => s.projectBusy === 'closing');
  const openWizard = useStore((s) => s.openWizard);
  const closeProject = useStore((s) => s.closeProject);
  const workshopOpen = useStore((s) => s.workshopOpen);
  const toggleWorkshop = useStore((s) => s.toggleWorkshop);
  return (
    <header className="topbar">
      <span className="topbar-brand">{t('app.name')}</span>
      {project && (
        <>
          <span className="topbar-sep" aria-hidden="true" />
          <h1 className="topbar-project" title={project.path} data-testid="project-name">
            {project.name}
          </h1>
          <AsOfEditor project={project} />
          <div className="topbar-actions">
            <button
              type="button"
              className="btn"
              aria-pressed={workshopOpen}
              onClick={toggleWorkshop}
              data-testid="topbar-workshop"
            >
              {t('workshop.toggle')}
            </button>
            <button type="button" className="btn" onClick={() => openWizard()} data-testid="topbar-import">
              {t('topbar.import')}
            </button>
            <button
              type="button"
              className="btn btn-quiet"
              onClick={() => void closeProject()}
              disabled={closing}
              data-testid="topbar-close"
            >
              {t('topbar.close')}
            </button>
          </div>
        </>
      )}
      <div className="topbar-language">
        <LanguagePicker />
        <CalendarPicker />
        <ThemePicker />
      </div>
    </header>
  );
}
