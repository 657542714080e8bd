import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DatabaseDialog } from './database/DatabaseDialog.js';
import { DatabaseView } from './database/DatabaseView.js';
import { ImportWizard } from './import/ImportWizard.js';
import { DropZone } from './shell/DropZone.js';
import { ErrorBanner } from './shell/ErrorBanner.js';
import { NavBar } from './shell/NavBar.js';
import { TopBar } from './shell/TopBar.js';
import { useEngineEvents } from './shell/useEngineEvents.js';
import { useViewShortcuts } from './shell/useViewShortcuts.js';
import { ViewOutlet } from './shell/ViewOutlet.js';
import { ProjectDialogs } from './start/ProjectDialogs.js';
import { StartPage } from './start/StartPage.js';
import { useStore } from './store/index.js';
import { WorkshopGuide } from './workshop/WorkshopGuide.js';

export function App(): React.JSX.Element {
  const { t } = useTranslation();
  const starting = useStore((s) => s.starting);
  const hasProject = useStore((s) => s.project !== null);
  const hasDatabase = useStore((s) => s.database !== null);
  const wizardOpen = useStore((s) => s.wizardStep !== null);
  const loadApp = useStore((s) => s.loadApp);

  useEngineEvents();
  useViewShortcuts();
  useEffect(() => {
    void loadApp();
  }, [loadApp]);

  return (
    <div className="app">
      <TopBar />
      <ErrorBanner />
      <div className="app-body">
        {starting ? (
          <p className="app-starting" role="status">
            {t('app.starting')}
          </p>
        ) : hasProject ? (
          <>
            <NavBar />
            <main className="app-main" id="main">
              <ViewOutlet />
            </main>
            <WorkshopGuide />
          </>
        ) : hasDatabase ? (
          <main className="app-main" id="main">
            <DatabaseView />
          </main>
        ) : (
          <main className="app-main" id="main">
            <StartPage />
          </main>
        )}
      </div>
      {wizardOpen && <ImportWizard />}
      <ProjectDialogs />
      <DatabaseDialog />
      <DropZone />
    </div>
  );
}
