/** The catalog keys that name and describe each export layout in the export dialog. */
import type { ExportLayout } from '../../../shared/model/exportLayouts.js';

type LayoutKey =
  | 'Columns'
  | 'Mailchimp'
  | 'Mautic'
  | 'Klaviyo'
  | 'Hubspot'
  | 'GoogleCustomerMatch'
  | 'MetaCustomAudience';

const words = <K extends LayoutKey>(key: K) =>
  ({ name: `segments.export.layout${key}`, hint: `segments.export.layout${key}Hint` }) as const;

export const LAYOUT_WORDS = {
  columns: words('Columns'),
  mailchimp: words('Mailchimp'),
  mautic: words('Mautic'),
  klaviyo: words('Klaviyo'),
  hubspot: words('Hubspot'),
  google_customer_match: words('GoogleCustomerMatch'),
  meta_custom_audience: words('MetaCustomAudience'),
} as const satisfies Record<ExportLayout, { name: string; hint: string }>;
