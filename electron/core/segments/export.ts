/**
 * A saved segment's members as CSV: UTF-8 (with a BOM when asked, for Excel), text cells escaped
 * against formula injection, in the chosen columns or Mailchimp's import layout. Written through
 * files/writeAtomically.ts, so a failed export never leaves half a file under the real name.
 */
import { csvText } from '../../../shared/csv.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Db } from '../db/projectFile.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { memberIds } from './count.js';
import { attrColumn, type Cell, type Column, chosenColumns, defaultColumns, memberCells } from './memberRows.js';
import { storedSegment } from './store.js';
import { findField, type ProjectField, projectFields } from './templateFields.js';

interface ExportOptions {
  layout: 'columns' | 'mailchimp';
  /** Field keys (layout 'columns'); default: customer id, contact fields and metrics. */
  columns?: readonly string[];
  bom: boolean;
}

interface ExportResult {
  /** Rows written (members). */
  rows: number;
  /** Members left out: in the Mailchimp layout, those without an email address. */
  skipped: number;
}

export const MAILCHIMP_HEADERS = ['Email Address', 'First Name', 'Last Name', 'Tags'] as const;

export function exportSegmentCsv(db: Db, id: number, file: string, options: ExportOptions): ExportResult {
  const segment = storedSegment(db, id);
  const fields = projectFields(db);
  const ids = memberIds(db, segment.rule, { segmentId: id });
  let headers: string[];
  let data: Cell[][];
  if (options.layout === 'mailchimp') {
    headers = [...MAILCHIMP_HEADERS];
    const cells = memberCells(db, ids, mailchimpColumns(fields));
    // Mailchimp refuses rows without an email address, so they are left out (and counted).
    data = cells
      .filter(([, email]) => email !== '')
      .map(([, email, first, last]) => [email as Cell, first as Cell, last as Cell, segment.name]);
  } else {
    const columns = options.columns?.length ? chosenColumns(fields, options.columns) : defaultColumns(fields);
    headers = columns.map((c) => c.header);
    data = memberCells(db, ids, columns);
  }
  writeAtomically(file, csvText([headers, ...data], options.bom));
  return { rows: data.length, skipped: ids.length - data.length };
}

/** customer_id (to line rows up), email, first name, last name: an absent name field gives empty cells. */
function mailchimpColumns(fields: readonly ProjectField[]): Column[] {
  const email = findField(fields, {
    roles: ['email'],
    names: ['email', 'e-mail', 'email_address'],
    customersOnly: true,
  });
  if (!email) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      'The Mailchimp layout needs an email field, and this project has none. Import a customers file with email addresses, or export the columns layout.',
    );
  }
  const optional = (role: 'first_name' | 'last_name', names: string[]): Column => {
    const field = findField(fields, { roles: [role], names, customersOnly: true });
    return field ? attrColumn(field) : { header: role, kind: 'blank' };
  };
  return [
    { header: 'customer_id', kind: 'customer_id' },
    attrColumn(email),
    optional('first_name', ['first_name', 'firstname', 'given_name']),
    optional('last_name', ['last_name', 'lastname', 'surname', 'family_name']),
  ];
}
