/** Persian only: dates in the Solar Hijri calendar (the default) or the Gregorian one, remembered. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type PersianCalendarChoice, persianCalendar, setPersianCalendar } from '../i18n/calendar.js';

export function CalendarPicker(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const id = useId();
  // Read on every render: the date fields switch the same choice (and re-render through i18next).
  const choice = persianCalendar();
  if (i18n.language !== 'fa') return null;
  return (
    <span className="topbar-field">
      <label htmlFor={id}>{t('language.calendar')}</label>
      <select
        id={id}
        className="input input-small"
        value={choice}
        data-testid="calendar-picker"
        onChange={(event) => {
          const next: PersianCalendarChoice = event.currentTarget.value === 'gregory' ? 'gregory' : 'persian';
          setPersianCalendar(next);
          // Every view formats its dates while rendering; react-i18next re-renders them on this event.
          i18n.emit('languageChanged', i18n.language);
        }}
      >
        <option value="persian">{t('language.calendars.persian')}</option>
        <option value="gregory">{t('language.calendars.gregory')}</option>
      </select>
    </span>
  );
}
