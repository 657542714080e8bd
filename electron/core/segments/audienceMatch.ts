/**
 * Contact details as Google Customer Match and Meta custom audiences want them: normalised, then
 * SHA-256 in lower-case hex. Both match hashes against their own, so one stray capital or space
 * means no match. An empty value is never hashed (the hash of '' would match nobody and look like data).
 *
 * Google: Customer Match formatting guidelines, https://support.google.com/google-ads/answer/7659867,
 * and "Prepare user data", https://developers.google.com/display-video/api/guides/tasks/upload-customer-match-audience/prepare-data:
 * trim, lower-case; phone in E.164 with the country code; email, phone, first and last name hashed;
 * country and zip sent in clear. Google documents removing the dots of Gmail addresses only for
 * enhanced conversions, not for Customer Match, so addresses keep their dots here.
 *
 * Meta: https://developers.facebook.com/docs/marketing-api/audiences/guides/custom-audiences#hash
 * (normalisation table): email trimmed and lower-cased; phone digits only, with the country code,
 * no '+' and no leading zeros; fn/ln lower-case without punctuation, special characters kept in
 * UTF-8; country the lower-case ISO 3166-1 alpha-2 code; zip lower-case without spaces; all hashed.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Hash of a normalised value, or '' when there is nothing to hash. */
export function hashed(normalised: string | null): string {
  return normalised ? sha256Hex(normalised) : '';
}

export function normaliseEmail(value: string): string | null {
  const email = value.trim().toLowerCase();
  return email.includes('@') ? email : null;
}

/**
 * E.164 ("+442079460018") when the number carries its country code ("+44 …" or "0044 …"); null
 * otherwise: a national number ("020 7946 0018") cannot be turned into E.164 without guessing the country.
 */
export function normalisePhoneE164(value: string): string | null {
  // "+44 (0)20 …": the bracketed 0 is the national trunk prefix, dialled only from inside the country.
  const trimmed = value.trim().replace(/\(0\)/g, '');
  const international = trimmed.startsWith('+') ? trimmed.slice(1) : trimmed.startsWith('00') ? trimmed.slice(2) : null;
  if (international === null) return null;
  const digits = international.replace(/\D/g, '').replace(/^0+/, '');
  // E.164 numbers have at most 15 digits; fewer than 8 cannot hold a country code and a number.
  return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : null;
}

/** Meta's phone: the E.164 digits without the '+'. */
export function normalisePhoneMeta(value: string): string | null {
  return normalisePhoneE164(value)?.slice(1) ?? null;
}

/** Google's names: trimmed and lower-cased. */
export function normaliseNameGoogle(value: string): string | null {
  return value.trim().toLowerCase() || null;
}

/** Meta's names: lower-case letters without punctuation, symbols or spaces ("O'Neil, Jr" → "oneiljr"). */
export function normaliseNameMeta(value: string): string | null {
  return (
    value
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\p{P}\p{S}\s]/gu, '') || null
  );
}

/**
 * ISO 3166-1 alpha-2 in capitals, or null. "UK" is the code's one reservation people use every
 * day for the United Kingdom, whose code is GB; other names are not guessed.
 */
export function countryCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  return /^[A-Z]{2}$/.test(code) ? code : null;
}

/** Postal codes in clear for Google: trimmed, as written. */
export function normaliseZipGoogle(value: string): string | null {
  return value.trim() || null;
}

/** Meta's zip: lower-case without spaces. */
export function normaliseZipMeta(value: string): string | null {
  return value.toLowerCase().replace(/\s/g, '') || null;
}
