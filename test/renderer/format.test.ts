import { describe, expect, it } from 'vitest';
import {
  EMPTY,
  formatBytes,
  formatCompact,
  formatDate,
  formatDecimal,
  formatInteger,
  formatMoney,
  formatMoneyCompact,
  formatPercent,
  formatTextList,
  parseIsoDate,
} from '../../renderer/src/format.js';

describe('format', () => {
  it('shows missing values as a dash', () => {
    expect(formatInteger(null, 'en')).toBe(EMPTY);
    expect(formatMoney(undefined, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
    expect(formatDate(null, 'en')).toBe('—');
  });

  it('groups integers and gives money two decimals, in the language asked for', () => {
    expect(formatInteger(1234567, 'en')).toBe('1,234,567');
    expect(formatInteger(1234567, 'de')).toBe('1.234.567');
    expect(formatMoney(1234.5, 'en')).toBe('1,234.50');
    expect(formatMoney(1234.5, 'de')).toBe('1.234,50');
    expect(formatDecimal(0.3842, 'en', 2)).toBe('0.38');
  });

  it('shortens large amounts only where space is short', () => {
    expect(formatMoneyCompact(9999.5, 'en')).toBe('9,999.50');
    expect(formatMoneyCompact(1_234_567, 'en')).toBe('1.2M');
    expect(formatCompact(45_300, 'en')).toBe('45.3K');
  });

  it('rounds percentages but never shows a small share as 0%', () => {
    expect(formatPercent(0.42, 'en')).toBe('42%');
    expect(formatPercent(0.3456, 'en')).toBe('35%');
    expect(formatPercent(0.004, 'en')).toBe('0.4%');
    expect(formatPercent(0.0004, 'en')).toBe('<0.1%');
    expect(formatPercent(0, 'en')).toBe('0%');
    expect(formatPercent(1, 'en')).toBe('100%');
  });

  it('formats sizes in decimal units', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1, 'en')).toBe('1 byte');
    expect(formatBytes(3_319_190, 'en')).toBe('3.3 MB');
    expect(formatBytes(1_500, 'en')).toBe('1.5 kB');
  });

  it('reads ISO dates as calendar days, unshifted by the time zone', () => {
    expect(parseIsoDate('2010-12-01')?.toISOString()).toBe('2010-12-01T00:00:00.000Z');
    expect(parseIsoDate('2011-12-09T12:50:00')?.toISOString()).toBe('2011-12-09T12:50:00.000Z');
    expect(parseIsoDate('01/12/2010')).toBeNull();
    expect(formatDate('2010-12-01', 'en')).toBe('Dec 1, 2010');
    expect(formatDate('2010-12-01', 'en-GB')).toBe('1 Dec 2010');
  });

  it('lists names as each language does', () => {
    expect(formatTextList(['a.csv (Orders)'], 'en')).toBe('a.csv (Orders)');
    expect(formatTextList(['a.csv', 'b.csv', 'c.csv'], 'en')).toBe('a.csv, b.csv, and c.csv');
    expect(formatTextList(['a.csv', 'b.csv'], 'fa')).toBe('a.csv و b.csv');
  });
});
