/**
 * The layouts a segment's members can be exported in: our own columns, or the contact-import
 * layouts of the mailing, CRM and ad tools small businesses use. Shared so that the engine
 * refuses a layout for exactly the fields the app's export dialog says are missing.
 */
import { z } from 'zod';
import type { Role } from './roles.js';

export const ExportLayout = z.enum([
  'columns',
  'mailchimp',
  'mautic',
  'klaviyo',
  'hubspot',
  'google_customer_match',
  'meta_custom_audience',
]);
export type ExportLayout = z.infer<typeof ExportLayout>;
export const EXPORT_LAYOUTS: readonly ExportLayout[] = ExportLayout.options;

/** The customer fields a vendor layout can fill: zip has no role, so it is found by its name only. */
export type ContactPart = Extract<Role, 'email' | 'phone' | 'first_name' | 'last_name' | 'country' | 'city'> | 'zip';

/**
 * Header names that stand for a part when no field has its role; compared without case, spaces,
 * underscores or hyphens (as the template gallery finds fields).
 */
export const CONTACT_NAMES: Record<ContactPart, readonly string[]> = {
  email: ['email', 'e-mail', 'email_address'],
  phone: ['phone', 'phone_number', 'mobile', 'telephone'],
  first_name: ['first_name', 'firstname', 'given_name'],
  last_name: ['last_name', 'lastname', 'surname', 'family_name'],
  country: ['country', 'country_code'],
  city: ['city', 'town'],
  zip: ['zip', 'zip_code', 'postcode', 'postal_code'],
};

/**
 * Fields a layout cannot do without. Every vendor layout keys its contacts on the email address
 * (Mailchimp, Mautic, Klaviyo and HubSpot match existing contacts by it); the ad platforms match on
 * email or phone, and a list without emails rarely matches enough people to be usable.
 */
export const LAYOUT_REQUIRES: Record<ExportLayout, readonly ContactPart[]> = {
  columns: [],
  mailchimp: ['email'],
  mautic: ['email'],
  klaviyo: ['email'],
  hubspot: ['email'],
  google_customer_match: ['email'],
  meta_custom_audience: ['email'],
};

/** Layouts whose contact details go out normalised and SHA-256 hashed, never in clear. */
export const HASHED_LAYOUTS: ReadonlySet<ExportLayout> = new Set(['google_customer_match', 'meta_custom_audience']);

export interface ContactFieldLike {
  key: string;
  role: Role | null;
  source: string;
}

const squash = (name: string) => name.toLowerCase().replace(/[\s_\-()$]+/g, '');

/** The customer field that plays a part: by role first, then by a usual header name. */
export function contactField<F extends ContactFieldLike>(fields: readonly F[], part: ContactPart): F | null {
  const pool = fields.filter((f) => f.source === 'customers');
  const byRole = pool.find((f) => f.role !== null && f.role === part);
  if (byRole) return byRole;
  for (const name of CONTACT_NAMES[part]) {
    const byName = pool.find((f) => squash(f.key) === squash(name));
    if (byName) return byName;
  }
  return null;
}

/** The parts a layout needs that the project has no field for (empty: the layout can be used). */
export function missingForLayout(fields: readonly ContactFieldLike[], layout: ExportLayout): ContactPart[] {
  return LAYOUT_REQUIRES[layout].filter((part) => contactField(fields, part) === null);
}
