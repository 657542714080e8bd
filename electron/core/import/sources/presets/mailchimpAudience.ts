/**
 * Mailchimp's audience export (Audience > Export audience, mailchimp.com/help "View or export an
 * audience"): one row per contact, keyed by Email Address (trimmed and lower-cased).
 */
import type { SourceTable } from '../sourceModel.js';
import { emailKey, englishName, kindReason, type Preset, type PresetInput, requireHeaders } from './presetTypes.js';

const REQUIRED = ['Email Address', 'MEMBER_RATING', 'OPTIN_TIME'];

export const mailchimpAudience: Preset = {
  id: 'mailchimp_audience',
  name: englishName('mailchimp_audience'),
  recognise: (headers) => requireHeaders(headers, REQUIRED, 'mailchimp_audience'),
  tables: (input: PresetInput): SourceTable[] => {
    const { headers } = input;
    const email = headers.indexOf('Email Address');
    const out = [
      [...headers],
      ...input.rows().map((row) => headers.map((_, i) => (i === email ? emailKey(row[i]) : (row[i] ?? '')))),
    ];
    const optional: Record<string, string> = {};
    for (const [role, header] of [
      ['first_name', 'First Name'],
      ['last_name', 'Last Name'],
      ['phone', 'Phone Number'],
      ['country', 'CC'],
      ['region', 'REGION'],
    ] as const) {
      if (headers.includes(header)) optional[role] = header;
    }
    return [
      {
        label: 'customers',
        csvPath: input.temp.write(null, out),
        kind: 'customers',
        kindFrom: 'preset',
        ...kindReason({ key: 'mailchimp_kind', values: { preset: 'mailchimp_audience' } }),
        map: { customer_id: 'Email Address', ...optional },
        links: [],
      },
    ];
  },
};
