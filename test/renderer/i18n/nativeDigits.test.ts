import { afterEach, describe, expect, it } from 'vitest';
import {
  formatDate,
  formatEditable,
  formatInteger,
  formatMoney,
  formatNumber,
  formatNumberList,
  formatPercent,
} from '../../../renderer/src/format.js';
import { dateCalendarFor, setPersianCalendar } from '../../../renderer/src/i18n/calendar.js';
import { intlLocale, pickLanguage } from '../../../renderer/src/i18n/locales.js';

describe('numbers in native digits', () => {
  it('writes Persian with ۰-۹, the Persian group and decimal separators', () => {
    expect(formatNumber(1234.5, 'fa')).toBe('۱٬۲۳۴٫۵');
    expect(formatInteger(1234567, 'fa')).toBe('۱٬۲۳۴٬۵۶۷');
    expect(formatMoney(12.5, 'fa')).toBe('۱۲٫۵۰');
    expect(formatPercent(0.25, 'fa')).toBe('۲۵٪');
  });

  it('writes Arabic with ٠-٩ even though plain "ar" would give Latin digits', () => {
    expect(formatNumber(1234.5, 'ar')).toBe('١٬٢٣٤٫٥');
    expect(formatInteger(2024, 'ar')).toBe('٢٬٠٢٤');
  });

  it('keeps Latin digits for Welsh and English', () => {
    expect(formatNumber(1234.5, 'cy')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });

  it('writes an editable number without grouping, in the language digits', () => {
    expect(formatEditable(1500.25, 'fa')).toBe('۱۵۰۰٫۲۵');
    expect(formatEditable(1500, 'en')).toBe('1500');
    expect(formatEditable(undefined, 'ar')).toBe('');
  });

  it('names the numbering system and calendar in the Intl locale', () => {
    expect(intlLocale('fa')).toBe('fa-IR-u-nu-arabext');
    expect(intlLocale('ar')).toBe('ar-EG-u-nu-arab');
    expect(intlLocale('fa', 'persian')).toBe('fa-IR-u-ca-persian-nu-arabext');
    expect(intlLocale('cy', 'gregory')).toBe('cy-GB-u-ca-gregory');
    expect(intlLocale('de')).toBe('de');
  });
});

describe('dates', () => {
  afterEach(() => setPersianCalendar('persian'));

  it('shows Persian dates in the Solar Hijri calendar by default', () => {
    expect(dateCalendarFor('fa')).toBe('persian');
    expect(formatDate('2024-12-31', 'fa')).toBe('۱۱ دی ۱۴۰۳');
  });

  it('shows Persian dates in the Gregorian calendar when chosen, and other languages always so', () => {
    setPersianCalendar('gregory');
    expect(formatDate('2024-12-31', 'fa')).toBe('۳۱ دسامبر ۲۰۲۴');
    expect(dateCalendarFor('ar')).toBe('gregory');
    expect(formatDate('2024-12-31', 'ar')).toBe('٣١‏/١٢‏/٢٠٢٤');
    expect(formatDate('2024-12-31', 'cy')).toBe('31 Rhag 2024');
  });
});

describe('pickLanguage', () => {
  it('takes the first supported language of the browser, by base language', () => {
    expect(pickLanguage(['de-DE', 'fa-IR', 'en'])).toBe('fa');
    expect(pickLanguage(['ar-SA'])).toBe('ar');
    expect(pickLanguage(['CY'])).toBe('cy');
    expect(pickLanguage(['de', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('formatNumberList', () => {
  it('keeps the middle dot left to right and uses the Arabic comma where a dot reads as zero', () => {
    expect(formatNumberList([4, 15, 20.5], 'en')).toBe('4 · 15 · 20.5');
    expect(formatNumberList([4, 10, 20], 'fa')).toBe('۴، ۱۰، ۲۰');
    expect(formatNumberList([4, 10], 'ar')).toBe('٤، ١٠');
  });
});
