/** In the report of a set with an events file: how its users link to customers (known already, or new visitors). */
import { useTranslation } from 'react-i18next';
import type { SetFileReport } from '../../../../shared/model/importSet.js';
import { formatInteger } from '../../format.js';
import { LAYOUT_NAMES } from './eventsLayouts.js';

type EventsFacts = NonNullable<SetFileReport['events']>;

/** The file name is isolated (FSI … PDI) so that a right-to-left sentence keeps it whole. */
export function EventsUsers({ file, users }: { file: string; users: EventsFacts }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section aria-labelledby="set-events-title" data-testid="set-report-events-users">
      <h3 id="set-events-title" className="report-subtitle">
        {t('set.report.eventsUsers', { file: `\u2068${file}\u2069` })}{' '}
        <span className="muted">({LAYOUT_NAMES[users.layout]})</span>
      </h3>
      <ul className="set-amounts">
        <li>{t('set.report.eventsMatched', { users: formatInteger(users.customersMatched, lang) })}</li>
        <li>{t('set.report.eventsAdded', { users: formatInteger(users.customersAdded, lang) })}</li>
      </ul>
    </section>
  );
}
