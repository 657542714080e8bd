/**
 * The contact-import layouts of the tools a segment list goes to, header for header as each vendor
 * documents its import file, and the cell each header takes from a member's contact details.
 */
import type { ContactPart, ExportLayout } from '../../../shared/model/exportLayouts.js';
import {
  countryCode,
  hashed,
  normaliseEmail,
  normaliseNameGoogle,
  normaliseNameMeta,
  normalisePhoneE164,
  normalisePhoneMeta,
  normaliseZipGoogle,
  normaliseZipMeta,
} from './audienceMatch.js';

export type VendorLayout = Exclude<ExportLayout, 'columns'>;
export type Contact = Record<ContactPart, string>;

export interface LayoutColumn {
  header: string;
  /** The cell: from the contact details, or the segment's name. */
  cell(contact: Contact, segment: string): string;
}

export interface LayoutSpec {
  columns: readonly LayoutColumn[];
  /** Whether a member goes in: the tools refuse (or cannot match) rows without these. */
  keep(contact: Contact): boolean;
}

const clear = (part: ContactPart) => (contact: Contact) => contact[part];
const tag = (_: Contact, segment: string) => segment;
const hasEmail = (contact: Contact) => normaliseEmail(contact.email) !== null;
const col = (header: string, cell: LayoutColumn['cell']): LayoutColumn => ({ header, cell });

export const VENDOR_LAYOUTS: Record<VendorLayout, LayoutSpec> = {
  // https://mailchimp.com/help/format-guidelines-for-your-import-file/: Email Address is required,
  // "Tags" is the column Mailchimp offers to import as tags.
  mailchimp: {
    columns: [
      col('Email Address', clear('email')),
      col('First Name', clear('first_name')),
      col('Last Name', clear('last_name')),
      col('Tags', tag),
    ],
    keep: hasEmail,
  },
  // https://docs.mautic.org/en/5.x/contacts/import_contacts.html: headers named as the contact
  // fields' aliases are matched automatically; a "tags" column is imported as the contacts' tags.
  mautic: {
    columns: [
      col('email', clear('email')),
      col('firstname', clear('first_name')),
      col('lastname', clear('last_name')),
      col('phone', clear('phone')),
      col('city', clear('city')),
      col('country', clear('country')),
      col('zipcode', clear('zip')),
      col('tags', tag),
    ],
    keep: hasEmail,
  },
  // https://help.klaviyo.com/hc/en-us/articles/115005237908: Klaviyo's own property names are
  // recognised as headers; any other header ("Segment") becomes a custom profile property.
  klaviyo: {
    columns: [
      col('Email', clear('email')),
      col('Phone Number', clear('phone')),
      col('First Name', clear('first_name')),
      col('Last Name', clear('last_name')),
      col('City', clear('city')),
      col('Country', clear('country')),
      col('Zip Code', clear('zip')),
      col('Segment', tag),
    ],
    keep: hasEmail,
  },
  // https://knowledge.hubspot.com/import-and-export/set-up-your-import-file: headers matching the
  // default contact properties' labels map by themselves; Email de-duplicates contacts. HubSpot has
  // no tags, so the segment goes in a "Segment" column to map to a property or a static list.
  hubspot: {
    columns: [
      col('Email', clear('email')),
      col('First Name', clear('first_name')),
      col('Last Name', clear('last_name')),
      col('Phone Number', clear('phone')),
      col('City', clear('city')),
      col('Country/Region', clear('country')),
      col('Postal Code', clear('zip')),
      col('Segment', tag),
    ],
    keep: hasEmail,
  },
  // https://support.google.com/google-ads/answer/7659867: the Customer Match template's headers,
  // and no others (an unknown header fails the upload; the list is named in Google Ads instead).
  google_customer_match: {
    columns: [
      col('Email', (c) => hashed(normaliseEmail(c.email))),
      col('Phone', (c) => hashed(normalisePhoneE164(c.phone))),
      col('First Name', (c) => hashed(normaliseNameGoogle(c.first_name))),
      col('Last Name', (c) => hashed(normaliseNameGoogle(c.last_name))),
      col('Country', (c) => countryCode(c.country) ?? ''),
      col('Zip', (c) => normaliseZipGoogle(c.zip) ?? ''),
    ],
    keep: (c) => hasEmail(c) || normalisePhoneE164(c.phone) !== null,
  },
  // https://www.facebook.com/business/help/2082575038703844 (customer list identifiers): email,
  // phone, fn, ln, ct, zip, country; other columns can be left unmapped, so the segment rides along.
  meta_custom_audience: {
    columns: [
      col('email', (c) => hashed(normaliseEmail(c.email))),
      col('phone', (c) => hashed(normalisePhoneMeta(c.phone))),
      col('fn', (c) => hashed(normaliseNameMeta(c.first_name))),
      col('ln', (c) => hashed(normaliseNameMeta(c.last_name))),
      col('ct', (c) => hashed(normaliseNameMeta(c.city))),
      col('zip', (c) => hashed(normaliseZipMeta(c.zip))),
      col('country', (c) => hashed(countryCode(c.country)?.toLowerCase() ?? null)),
      col('segment', tag),
    ],
    keep: (c) => hasEmail(c) || normalisePhoneMeta(c.phone) !== null,
  },
};
