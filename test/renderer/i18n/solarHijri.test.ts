import { describe, expect, it } from 'vitest';
import {
  formatSolarInput,
  isoToSolar,
  parseSolarInput,
  parseTypedDate,
  solarToIso,
} from '../../../renderer/src/i18n/solarHijri.js';

describe('Solar Hijri dates', () => {
  it('turns Nowruz into its Gregorian day and back', () => {
    expect(solarToIso({ year: 1403, month: 1, day: 1 })).toBe('2024-03-20');
    expect(solarToIso({ year: 1404, month: 1, day: 1 })).toBe('2025-03-21');
    expect(isoToSolar('2024-03-20')).toEqual({ year: 1403, month: 1, day: 1 });
    expect(isoToSolar('2025-03-21')).toEqual({ year: 1404, month: 1, day: 1 });
  });

  it('knows where years end: 1403 is leap (30 Esfand), 1404 is not', () => {
    expect(solarToIso({ year: 1403, month: 12, day: 30 })).toBe('2025-03-20');
    expect(solarToIso({ year: 1404, month: 12, day: 29 })).toBe('2026-03-20');
    expect(solarToIso({ year: 1404, month: 12, day: 30 })).toBeNull();
    expect(solarToIso({ year: 1402, month: 12, day: 29 })).toBe('2024-03-19');
    expect(isoToSolar('2024-03-19')).toEqual({ year: 1402, month: 12, day: 29 });
  });

  it('knows month lengths: 31 days in months 1-6, 30 in 7-11', () => {
    expect(solarToIso({ year: 1403, month: 6, day: 31 })).toBe('2024-09-21');
    expect(solarToIso({ year: 1403, month: 7, day: 1 })).toBe('2024-09-22');
    expect(solarToIso({ year: 1403, month: 7, day: 31 })).toBeNull();
    expect(solarToIso({ year: 1403, month: 13, day: 1 })).toBeNull();
    expect(solarToIso({ year: 1403, month: 0, day: 1 })).toBeNull();
  });

  it('round-trips every day of four years', () => {
    const start = Date.UTC(2023, 0, 1);
    for (let i = 0; i < 4 * 366; i++) {
      const iso = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      const solar = isoToSolar(iso);
      expect(solar && solarToIso(solar)).toBe(iso);
    }
  });

  it('reads a typed date in Persian, Arabic or Latin digits', () => {
    expect(parseSolarInput('۱۴۰۳/۰۱/۰۱')).toBe('2024-03-20');
    expect(parseSolarInput('١٤٠٤/١/١')).toBe('2025-03-21');
    expect(parseSolarInput('1403-12-30')).toBe('2025-03-20');
    expect(parseSolarInput(' ۱۴۰۴/۱۲/۳۰ ')).toBeNull();
    expect(parseSolarInput('۱۴۰۳/۰۱')).toBeNull();
    expect(parseSolarInput('')).toBeNull();
  });

  it('writes an ISO day as a Solar Hijri date in Persian digits', () => {
    expect(formatSolarInput('2024-03-20')).toBe('۱۴۰۳/۰۱/۰۱');
    expect(formatSolarInput('2025-03-20')).toBe('۱۴۰۳/۱۲/۳۰');
    expect(formatSolarInput('2024-02-30')).toBe('');
    expect(formatSolarInput('')).toBe('');
  });

  it('takes a typed Gregorian date in the Persian field as Gregorian: no Solar Hijri year is that late', () => {
    expect(parseTypedDate('۱۴۰۳/۰۱/۰۱')).toBe('2024-03-20');
    expect(parseTypedDate('2024-03-20')).toBe('2024-03-20');
    expect(parseTypedDate('۲۰۲۴/۳/۲۰')).toBe('2024-03-20');
    expect(parseTypedDate('2025-02-29')).toBeNull();
    expect(parseTypedDate('1404/12/30')).toBeNull();
  });
});
