import { describe, expect, it } from 'vitest';
import { parseLocalizedNumber, toLatinDigits } from '../../../renderer/src/i18n/parseNumber.js';
import { parseBreaks } from '../../../renderer/src/rfm/breaksText.js';

describe('parseLocalizedNumber', () => {
  it.each([
    ['42', 42],
    ['۴۲', 42],
    ['٤٢', 42],
    ['۱۲۳٫۵', 123.5],
    ['١٢٣٫٥', 123.5],
    ['12.5', 12.5],
    ['۱٬۲۳۴٫۵', 1234.5],
    ['1,234.5', 1234.5],
    [' -۷ ', -7],
    ['−3', -3],
    ['\u200f۵۰\u200f', 50],
    ['.5', 0.5],
    ['۰', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseLocalizedNumber(text)).toBe(expected);
  });

  it.each(['', ' ', 'abc', '1,5', '12a', '1.2.3', '--1', '۱۲,۳'])('refuses %j', (text) => {
    expect(parseLocalizedNumber(text)).toBeNull();
  });

  it('maps both Persian and Arabic-Indic digits to Latin ones', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩')).toBe('0123456789 0123456789');
  });

  it('reads RFM breaks typed in Persian digits', () => {
    expect(parseBreaks('۱۰؛ ۳۰؛ ۹۰', 4)).toEqual({ ok: true, values: [10, 30, 90] });
    expect(parseBreaks('۱۰; ۳۰ ۹۰٫۵', 4)).toEqual({ ok: true, values: [10, 30, 90.5] });
  });
});
