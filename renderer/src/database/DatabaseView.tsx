/**
 * With a database open (and no project): the segment builder, its live counts run on the
 * database, with the time it took. The other views need a project, and say so here.
 */
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../format.js';
import { RuleBuilder } from '../segments/builder/RuleBuilder.js';
import { CountsBar } from '../segments/CountsBar.js';
import { useStore } from '../store/index.js';

export function DatabaseView(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const database = useStore((s) => s.database);
  const ms = useStore((s) => s.databaseMs);
  const status = useStore((s) => s.live.status);
  if (!database) return null;
  return (
    <section className="database-view" aria-labelledby="database-title" data-testid="database-view">
      <header className="database-header">
        <h1 id="database-title">{t('database.title')}</h1>
        <p className="database-source" dir="ltr" data-testid="database-shown">
          {database.shown}
        </p>
        <p className="muted">
          {t('database.tables', { tables: database.tables.join(', ') })}
          {database.asOf && ` · ${t('database.asOf', { date: formatDate(database.asOf, lang) })}`}
        </p>
        <p className="muted" data-testid="database-needs-project">
          {t('database.needsProject')}
        </p>
        <button type="button" className="btn" onClick={() => void useStore.getState().closeDatabase()}>
          {t('database.close')}
        </button>
      </header>
      <CountsBar />
      <p className="database-time" aria-live="polite" data-testid="database-time">
        {status === 'ready' && ms !== null ? t('database.countedIn', { ms: formatInteger(ms, lang) }) : '\u00a0'}
      </p>
      <RuleBuilder />
    </section>
  );
}
