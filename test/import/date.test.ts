import { describe, expect, it } from 'vitest';
import { daysFromCivil, formatDay, parseDate, toIsoDate } from '../../electron/core/import/values/date.js';

// 2010-12-01T00:00:00 UTC and 2010-12-01T08:26:00 UTC, in seconds since 1970.
const DEC_1_2010 = 1_291_161_600;
const DEC_1_2010_0826 = 1_291_191_960;

describe('parseDate: ISO forms (a four-digit year first is ymd in any order)', () => {
  it.each([
    ['2010-12-01', DEC_1_2010],
    ['2010-12-01T08:26:00', DEC_1_2010_0826],
    ['2010-12-01T08:26', DEC_1_2010_0826],
    ['2010-12-01 08:26', DEC_1_2010_0826],
    ['2010-12-01 08:26:30', DEC_1_2010_0826 + 30],
    ['2010-12-01 08:26:30.999', DEC_1_2010_0826 + 30],
    ['2010-12-01T08:26:00Z', DEC_1_2010_0826],
    ['2010-12-01T08:26:00+03:30', DEC_1_2010_0826],
    ['2010-12-01T08:26:00-0500', DEC_1_2010_0826],
    ['2010-12-01 08:26 UTC', DEC_1_2010_0826],
    ['2010/12/01', DEC_1_2010],
    ['2010.12.01', DEC_1_2010],
    ['2010-12-1', DEC_1_2010],
    ['  2010-12-01  ', DEC_1_2010],
  ])('%j -> %d', (text, expected) => {
    expect(parseDate(text, 'dmy')).toBe(expected);
    expect(parseDate(text, 'mdy')).toBe(expected);
    expect(parseDate(text, 'ymd')).toBe(expected);
  });
});

describe('parseDate: day-first and month-first', () => {
  it.each([
    ['01/12/2010', 'dmy', DEC_1_2010],
    ['01-12-2010', 'dmy', DEC_1_2010],
    ['01.12.2010', 'dmy', DEC_1_2010],
    ['1/12/2010', 'dmy', DEC_1_2010],
    ['01/12/2010 08:26', 'dmy', DEC_1_2010_0826],
    ['01/12/2010 8:26', 'dmy', DEC_1_2010_0826],
    ['01/12/2010, 08:26:30', 'dmy', DEC_1_2010_0826 + 30],
    ['20/12/2010 16:11', 'dmy', 1_292_861_460],
    ['12/01/2010', 'mdy', DEC_1_2010],
    ['12/1/2010 8:26', 'mdy', DEC_1_2010_0826],
    ['12/20/2023', 'mdy', 1_703_030_400],
    ['04-09-2012', 'dmy', 1_346_716_800],
    ['01/12/10', 'dmy', DEC_1_2010],
    ['10/12/01', 'ymd', DEC_1_2010],
  ] as const)('%j (%s) -> %d', (text, order, expected) => {
    expect(parseDate(text, order)).toBe(expected);
  });

  it('reads the same text differently by order', () => {
    expect(parseDate('01/12/2010', 'dmy')).toBe(DEC_1_2010);
    expect(parseDate('01/12/2010', 'mdy')).toBe(1_263_254_400); // 2010-01-12
  });
});

describe('parseDate: two-digit years pivot at 70', () => {
  it.each([
    ['05/01/00', 947_030_400], // 2000-01-05
    ['05/01/69', 3_124_569_600], // 2069-01-05
    ['05/01/70', 345_600], // 1970-01-05
    ['05/01/99', 915_494_400], // 1999-01-05
  ])('%j -> %d', (text, expected) => {
    expect(parseDate(text, 'dmy')).toBe(expected);
  });
});

describe('parseDate: AM/PM', () => {
  it.each([
    ['12/1/2010 8:26 AM', DEC_1_2010_0826],
    ['12/1/2010 8:26 PM', DEC_1_2010 + 20 * 3600 + 26 * 60],
    ['12/1/2010 12:30 am', DEC_1_2010 + 30 * 60],
    ['12/1/2010 12:30 pm', DEC_1_2010 + 12 * 3600 + 30 * 60],
    ['12/1/2010 08:26:00 a.m.', DEC_1_2010_0826],
    ['12/1/2010 8:26PM', DEC_1_2010 + 20 * 3600 + 26 * 60],
  ])('%j -> %d', (text, expected) => {
    expect(parseDate(text, 'mdy')).toBe(expected);
  });

  it('rejects hours that do not fit a 12-hour clock', () => {
    expect(parseDate('12/1/2010 13:26 PM', 'mdy')).toBeNaN();
    expect(parseDate('12/1/2010 0:26 AM', 'mdy')).toBeNaN();
  });
});

describe('parseDate: Persian and Arabic digits and markers', () => {
  it.each([
    ['۰۱/۱۲/۲۰۱۰', 'dmy', DEC_1_2010],
    ['٠١/١٢/٢٠١٠ ٠٨:٢٦', 'dmy', DEC_1_2010_0826],
    ['۲۰۱۰-۱۲-۰۱', 'dmy', DEC_1_2010],
    ['۰۱/۱۲/۲۰۱۰ ۸:۲۶ ب.ظ', 'dmy', DEC_1_2010 + 20 * 3600 + 26 * 60],
    ['۰۱/۱۲/۲۰۱۰ ۸:۲۶ ق.ظ', 'dmy', DEC_1_2010_0826],
    ['01/12/2010 8:26 م', 'dmy', DEC_1_2010 + 20 * 3600 + 26 * 60],
    ['01/12/2010 8:26 ص', 'dmy', DEC_1_2010_0826],
  ] as const)('%j -> %d', (text, order, expected) => {
    expect(parseDate(text, order)).toBe(expected);
  });
});

describe('parseDate: validation', () => {
  it.each([
    ['31/02/2010', 'dmy'],
    ['29/02/2010', 'dmy'],
    ['31/04/2010', 'dmy'],
    ['00/12/2010', 'dmy'],
    ['01/13/2010', 'dmy'],
    ['13/01/2010', 'mdy'],
    ['2010-02-30', 'dmy'],
    ['2010-13-01', 'dmy'],
    ['1900-02-29', 'dmy'],
    ['01/12/2010 24:00', 'dmy'],
    ['01/12/2010 08:60', 'dmy'],
    ['01/12/2010 08:26:60', 'dmy'],
    ['01/12/2010 8', 'dmy'],
    ['01/12/2010 08:5', 'dmy'],
    ['01/12/2010x', 'dmy'],
    ['01/12/2010 08:26 tomorrow', 'dmy'],
    ['01/12-2010', 'dmy'],
    ['01/12/201', 'dmy'],
    ['010/12/2010', 'dmy'],
    ['2010-12', 'dmy'],
    ['20101201', 'dmy'],
    ['1.5', 'dmy'],
    ['2.55', 'dmy'],
    ['17850', 'dmy'],
    ['', 'dmy'],
    ['abc', 'dmy'],
    ['2010-12-01T08:26:00+3', 'dmy'],
    ['10/12/2001', 'ymd'],
  ] as const)('%j (%s) is not a date', (text, order) => {
    expect(parseDate(text, order)).toBeNaN();
  });

  it('accepts leap days', () => {
    expect(parseDate('29/02/2024', 'dmy')).toBe(1_709_164_800);
    expect(parseDate('2000-02-29', 'dmy')).toBe(951_782_400);
  });
});

describe('day helpers', () => {
  it('formatDay and daysFromCivil are inverse', () => {
    expect(formatDay(0)).toBe('1970-01-01');
    expect(formatDay(-1)).toBe('1969-12-31');
    expect(formatDay(14_944)).toBe('2010-12-01');
    expect(formatDay(19_782)).toBe('2024-02-29');
    expect(daysFromCivil(2010, 12, 1)).toBe(14_944);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(1900, 3, 1)).toBe(-25_508);
    expect(formatDay(-719_162)).toBe('0001-01-01');
    expect(formatDay(2_932_896)).toBe('9999-12-31');
    // Every 997th day from 0001-01-01 to 9999-12-31.
    for (let day = -719_162; day <= 2_932_896; day += 997) {
      const [y, m, d] = formatDay(day).split('-').map(Number) as [number, number, number];
      expect(daysFromCivil(y, m, d)).toBe(day);
    }
  });

  it('toIsoDate gives the day a timestamp falls on', () => {
    expect(toIsoDate(DEC_1_2010_0826)).toBe('2010-12-01');
    expect(toIsoDate(DEC_1_2010 + 86_399)).toBe('2010-12-01');
    expect(toIsoDate(-1)).toBe('1969-12-31');
  });
});
