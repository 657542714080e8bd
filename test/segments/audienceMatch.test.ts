import { describe, expect, it } from 'vitest';
import {
  countryCode,
  hashed,
  normaliseEmail,
  normaliseNameMeta,
  normalisePhoneE164,
  normalisePhoneMeta,
  normaliseZipMeta,
} from '../../electron/core/segments/audienceMatch.js';

describe('normalisation for Customer Match and Meta', () => {
  it('emails: trimmed and lower-cased, Gmail dots kept (Google documents dropping them for enhanced conversions only)', () => {
    expect(normaliseEmail('  Ann.Smith@GMail.com ')).toBe('ann.smith@gmail.com');
    expect(normaliseEmail('no address')).toBeNull();
    // printf '%s' 'ann.smith@gmail.com' | sha256sum
    expect(hashed(normaliseEmail(' Ann.Smith@GMail.com'))).toBe(
      'afab3d99325a7a989fd067472b31927c9c037a242cda3fecd0f457af4b101d77',
    );
  });

  it('phones: E.164 only when the number carries its country code', () => {
    expect(normalisePhoneE164('+44 (0)20 7946-0018')).toBe('+442079460018');
    expect(normalisePhoneE164('0044 20 7946 0018')).toBe('+442079460018');
    expect(normalisePhoneE164('020 7946 0018')).toBeNull();
    expect(normalisePhoneE164('+1 234')).toBeNull();
    expect(normalisePhoneMeta('+1 (650) 555-1212')).toBe('16505551212');
  });

  it('Meta names, zips and countries', () => {
    expect(normaliseNameMeta(" O'Neil, Jr ")).toBe('oneiljr');
    expect(normaliseNameMeta('Müller')).toBe('müller');
    expect(normaliseNameMeta(' - ')).toBeNull();
    expect(normaliseZipMeta('SW1A 1AA')).toBe('sw1a1aa');
    expect(countryCode(' uk')).toBe('GB');
    expect(countryCode('de')).toBe('DE');
    expect(countryCode('Germany')).toBeNull();
    expect(hashed(null)).toBe('');
  });
});
