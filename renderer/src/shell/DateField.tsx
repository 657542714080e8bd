/**
 * The one field every date is typed in (as-of date, rule dates, plan due date, calibration end,
 * migration dates). It always hands back an ISO Gregorian day ('' when emptied), as the engine stores.
 * In Persian, dates are Solar Hijri by default: a native date input can only show the Gregorian
 * calendar, so the field is then a text input that shows "۱۴۰۳/۰۱/۰۱" and takes year/month/day in
 * Persian, Arabic or Latin digits (a pasted Gregorian date, 2024-03-20, is taken as such); a button beside it switches to the Gregorian calendar (and back),
 * the same choice as the calendar menu of the top bar. Elsewhere it is the native date input.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateCalendarFor, setPersianCalendar } from '../i18n/calendar.js';
import { formatSolarInput, parseTypedDate } from '../i18n/solarHijri.js';

interface DateFieldProps {
  /** An ISO day (YYYY-MM-DD), or '' for none. */
  value: string;
  /**
   * The day typed, as ISO; '' when the field is emptied. A half-typed Solar Hijri date is not sent; the
   * native input sends what it reports (also '' while half typed), so callers keep their ISO check.
   */
  onValue(value: string): void;
  id?: string;
  className?: string;
  'aria-label'?: string;
  title?: string;
  min?: string;
  max?: string;
  'data-testid'?: string;
}

export function DateField(props: DateFieldProps): React.JSX.Element {
  const { i18n } = useTranslation();
  const persian = dateCalendarFor(i18n.language) === 'persian';
  const { value, onValue, 'data-testid': testId, ...rest } = props;
  const field = persian ? (
    <SolarInput {...props} />
  ) : (
    <input
      {...rest}
      type="date"
      value={value}
      data-testid={testId}
      onChange={(event) => onValue(event.currentTarget.value)}
    />
  );
  if (i18n.language !== 'fa') return field;
  return (
    <span className="date-field">
      {field}
      <CalendarSwitch persian={persian} testId={testId} />
    </span>
  );
}

function SolarInput({ value, onValue, 'data-testid': testId, min, max, ...rest }: DateFieldProps): React.JSX.Element {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const typed = text === null ? null : parseTypedDate(text);
  // The typed text wins while it still means the current value (or is half typed); a value changed
  // from outside (undo, reset) is shown afresh.
  const ownText = text !== null && (typed === null ? text.trim() !== '' || value === '' : typed === value);
  const shown = ownText && text !== null ? text : formatSolarInput(value);
  const invalid = touched && shown.trim() !== '' && parseTypedDate(shown) === null;
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      dir="ltr"
      className={`${rest.className ?? 'input'} input-solar-date`}
      placeholder="۱۴۰۳/۰۱/۰۱"
      title={invalid ? t('dateField.invalid') : (rest.title ?? t('dateField.solarHint'))}
      aria-invalid={invalid || undefined}
      aria-description={t('dateField.solarHint')}
      value={shown}
      data-testid={testId}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        setTouched(false);
        if (next.trim() === '') onValue('');
        else {
          const iso = parseTypedDate(next);
          if (iso !== null) onValue(iso);
        }
      }}
      onBlur={() => {
        setTouched(true);
        // A whole date is rewritten in its canonical form (Persian digits, two-digit month and day).
        if (text !== null && parseTypedDate(text) !== null) setText(null);
      }}
    />
  );
}

function CalendarSwitch({ persian, testId }: { persian: boolean; testId: string | undefined }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn-link date-field-calendar"
      aria-label={persian ? t('dateField.toGregorian') : t('dateField.toSolar')}
      title={persian ? t('dateField.toGregorian') : t('dateField.toSolar')}
      data-testid={testId ? `${testId}-calendar` : undefined}
      onClick={() => {
        setPersianCalendar(persian ? 'gregory' : 'persian');
        // Every view formats its dates while rendering; react-i18next re-renders them on this event.
        i18n.emit('languageChanged', i18n.language);
      }}
    >
      {persian ? t('language.calendars.gregory') : t('language.calendars.persian')}
    </button>
  );
}
