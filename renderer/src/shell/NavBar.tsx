import { useTranslation } from 'react-i18next';
import { useStore } from '../store/index.js';
import { VIEWS, type ViewName } from './viewSlice.js';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

const ICONS: Record<ViewName, string> = {
  data: '▦',
  segments: '◔',
  rfm: '▤',
  compare: '◫',
  pareto: '◣',
  changes: '⇄',
  report: '▣',
  discover: '⁂',
  predict: '◠',
};

export function NavBar(): React.JSX.Element {
  const { t } = useTranslation();
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <ul>
        {VIEWS.map((name, i) => (
          <li key={name}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === name ? 'page' : undefined}
              aria-keyshortcuts={`${isMac ? 'Meta' : 'Control'}+${i + 1}`}
              data-testid={`nav-${name}`}
              onClick={() => setView(name)}
            >
              <span className="nav-icon" aria-hidden="true">
                {ICONS[name]}
              </span>
              <span className="nav-text">{t(`nav.${name}`)}</span>
              <kbd className="nav-kbd">{`${isMac ? '⌘' : 'Ctrl+'}${i + 1}`}</kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
