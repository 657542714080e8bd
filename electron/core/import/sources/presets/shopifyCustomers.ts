/**
 * Shopify's customers export (Customers > Export, help.shopify.com "Exporting customers"), in its
 * older layout (Company, Address1, ..., Accepts Marketing) and its current one (Customer ID,
 * Default Address ..., Accepts Email Marketing). The customer id is the e-mail address, trimmed
 * and lower-cased, as in the orders export, so that the two files name the same customers.
 */
import type { SourceTable } from '../sourceModel.js';
import { columnOf, emailKey, type Preset, type PresetInput, plural, requireHeaders } from './presetTypes.js';

const REQUIRED = ['First Name', 'Last Name', 'Email', 'Total Spent', 'Total Orders'];

export const shopifyCustomers: Preset = {
  id: 'shopify_customers',
  name: 'Shopify customers export',
  recognise: (headers) => requireHeaders(headers, REQUIRED, 'Shopify customers export'),
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
    const missing =
      withoutEmail > 0
        ? `; ${plural(withoutEmail, 'customer')} without an e-mail address cannot be keyed and will be rejected`
        : '';
    return [
      {
        label: 'customers',
        csvPath: input.temp.write(null, out),
        kind: 'customers',
        kindFrom: 'preset',
        kindReason: `Shopify customers export: one row per customer, keyed by Email (lower-cased)${missing}.`,
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
