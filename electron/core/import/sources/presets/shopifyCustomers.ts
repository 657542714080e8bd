/**
 * Shopify's customers export (Customers > Export, help.shopify.com "Exporting customers"), in its
 * older layout (Company, Address1, ..., Accepts Marketing) and its current one (Customer ID,
 * Default Address ..., Accepts Email Marketing). The customer id is the e-mail address, trimmed
 * and lower-cased, as in the orders export, so that the two files name the same customers.
 */

import type { ReasonPart } from '../../../../../shared/i18n/importReasonText.js';
import type { SourceTable } from '../sourceModel.js';
import {
  columnOf,
  emailKey,
  englishName,
  kindReason,
  type Preset,
  type PresetInput,
  requireHeaders,
} from './presetTypes.js';

const REQUIRED = ['First Name', 'Last Name', 'Email', 'Total Spent', 'Total Orders'];

export const shopifyCustomers: Preset = {
  id: 'shopify_customers',
  name: englishName('shopify_customers'),
  recognise: (headers) => requireHeaders(headers, REQUIRED, 'shopify_customers'),
  tables: (input: PresetInput): SourceTable[] => {
    const { headers } = input;
    const email = headers.indexOf('Email');
    const rows = input.rows();
    const out = [
      [...headers],
      ...rows.map((row) => headers.map((_, i) => (i === email ? emailKey(row[i]) : (row[i] ?? '')))),
    ];
    const withoutEmail = rows.filter((row) => emailKey(row[email]) === '').length;
    const country = columnOf(headers, 'Country Code', 'Default Address Country Code', 'Country');
    const missing: ReasonPart[] =
      withoutEmail > 0 ? [{ key: 'shopify_customers_no_email', values: { count: withoutEmail } }] : [];
    return [
      {
        label: 'customers',
        csvPath: input.temp.write(null, out),
        kind: 'customers',
        kindFrom: 'preset',
        ...kindReason({ key: 'shopify_customers_kind', values: { preset: 'shopify_customers' } }, ...missing),
        map: {
          customer_id: 'Email',
          first_name: 'First Name',
          last_name: 'Last Name',
          ...(country === -1 ? {} : { country: headers[country] as string }),
        },
        links: [],
      },
    ];
  },
};
