/**
 * Which calendar dates are shown in. Persian dates are Solar Hijri by default, as Iranian readers expect;
 * the user may switch to Gregorian (e.g. to match a client's export), and the choice is remembered.
 * Other languages always use the Gregorian calendar.
 */
export type DateCalendar = 'gregory' | 'persian';
export type PersianCalendarChoice = 'persian' | 'gregory';

const STORAGE_KEY = 'segwb.calendar.fa';
let persianChoice: PersianCalendarChoice = readStored();

function readStored(): PersianCalendarChoice {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'gregory' ? 'gregory' : 'persian';
  } catch {
    return 'persian'; // storage blocked (private mode, file://): keep the default
  }
}

export function persianCalendar(): PersianCalendarChoice {
  return persianChoice;
}

export function setPersianCalendar(choice: PersianCalendarChoice): void {
  persianChoice = choice;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    // not remembered, but still applied for this session
  }
}

/** The calendar dates of `lang` are shown in now. */
export function dateCalendarFor(lang: string): DateCalendar {
  return lang.toLowerCase().split('-')[0] === 'fa' ? persianChoice : 'gregory';
}
