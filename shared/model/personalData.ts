/**
 * Personal fields in an export: kept, masked or left out. A masked value still tells a reader
 * which kind of contact a customer has and lets two rows be told apart at a glance, without
 * being usable to reach the person:
 *   email  the first character of the part before @, "…", then the domain:
 *          "ann@example.com" → "a…@example.com" (no @: "…");
 *   phone  "+" and the first two digits of an international number, " … ", the last two digits:
 *          "+44 20 7946 0018" → "+44 … 18"; a national number keeps the last two digits only:
 *          "020 7946 0018" → "… 18"; fewer than six digits: "…";
 *   name   the first letter, then "…": "Smith" → "S…".
 * Empty values stay empty. Customer ids, metrics and other attributes are not personal here.
 */
import { z } from 'zod';
import { type ContactFieldLike, type ContactPart, contactField } from './exportLayouts.js';

export const PersonalData = z.enum(['keep', 'mask', 'omit']);
export type PersonalData = z.infer<typeof PersonalData>;

export type PersonalPart = Extract<ContactPart, 'email' | 'phone' | 'first_name' | 'last_name'>;
export const PERSONAL_PARTS: readonly PersonalPart[] = ['email', 'phone', 'first_name', 'last_name'];

const ELLIPSIS = '…';

/** The project's personal fields, by key: which part each one is (found as the export layouts find them). */
export function personalFields(fields: readonly ContactFieldLike[]): Map<string, PersonalPart> {
  const found = new Map<string, PersonalPart>();
  for (const part of PERSONAL_PARTS) {
    const field = contactField(fields, part);
    if (field && !found.has(field.key)) found.set(field.key, part);
  }
  return found;
}

export function maskPersonal(part: PersonalPart, value: string): string {
  if (value.trim() === '') return value;
  if (part === 'email') return maskEmail(value);
  if (part === 'phone') return maskPhone(value);
  return maskName(value);
}

export function maskEmail(value: string): string {
  const text = value.trim();
  const at = text.lastIndexOf('@');
  if (at <= 0) return ELLIPSIS;
  return `${[...text][0]}${ELLIPSIS}${text.slice(at)}`;
}

export function maskPhone(value: string): string {
  const text = value.trim();
  const digits = text.replace(/\D/g, '');
  if (digits.length < 6) return ELLIPSIS;
  const end = digits.slice(-2);
  return text.startsWith('+') ? `+${digits.slice(0, 2)} ${ELLIPSIS} ${end}` : `${ELLIPSIS} ${end}`;
}

export function maskName(value: string): string {
  return `${[...value.trim()][0]}${ELLIPSIS}`;
}
