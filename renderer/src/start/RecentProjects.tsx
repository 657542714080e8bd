import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format.js';
import { useStore } from '../store/index.js';

export function RecentProjects(): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const recent = useStore((s) => s.recent);
  const busy = useStore((s) => s.projectBusy !== null);
  const openProject = useStore((s) => s.openProject);
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h3 id="recent-title" className="section-title">
        {t('start.recent.title')}
      </h3>
      {recent.length === 0 ? (
        <p className="muted">{t('start.recent.empty')}</p>
      ) : (
        <ul className="recent-list" data-testid="recent-list">
          {recent.map((project) => (
            <li key={project.path}>
              <button
                type="button"
                className="recent-item"
                disabled={!project.exists || busy}
                onClick={() => void openProject(project.path)}
                data-testid="recent-item"
              >
                <span className="recent-name">{project.name}</span>
                <span className="recent-path" dir="ltr">
                  {project.path}
                </span>
                <span className="recent-when">
                  {project.exists
                    ? t('start.recent.opened', { when: formatDateTime(project.openedAt, i18n.language) })
                    : t('start.recent.missing')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
