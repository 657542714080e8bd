/** Changes over time: who moved between groups from one day to another, and acquisition cohorts. */
import { useTranslation } from 'react-i18next';
import { ViewSection } from '../shell/ViewSection.js';
import { useStore } from '../store/index.js';
import { CohortsPanel } from './CohortsPanel.js';
import { MigrationPanel } from './MigrationPanel.js';

export function ChangesView(): React.JSX.Element {
  const { t } = useTranslation();
  const project = useStore((s) => s.project);
  const asOf = project?.asOf ?? null;
  return (
    <ViewSection name="changes" title={t('changes.title')} loading={false} loadingText="">
      {asOf === null ? (
        <p className="muted">{t('changes.cohorts.none')}</p>
      ) : (
        // A new as-of date starts the form again from it.
        <MigrationPanel key={asOf} asOf={asOf} />
      )}
      <CohortsPanel key={project?.asOf ?? ''} />
    </ViewSection>
  );
}
