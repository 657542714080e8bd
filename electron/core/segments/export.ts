/**
 * A saved segment's members as CSV: UTF-8 (with a BOM when asked, for Excel), text cells escaped
 * against formula injection, in the chosen columns or a tool's import layout (vendorLayouts.ts). Written through
 * files/writeAtomically.ts, so a failed export never leaves half a file under the real name.
 */
import { csvText } from '../../../shared/csv.js';
import { WorkbenchError } from '../../../shared/errors.js';
import {
  type ContactPart,
  contactField,
  type ExportLayout,
  HASHED_LAYOUTS,
  missingForLayout,
} from '../../../shared/model/exportLayouts.js';
import { maskPersonal, type PersonalData, personalFields } from '../../../shared/model/personalData.js';
import type { Db } from '../db/projectFile.js';
import { writeAtomically } from '../files/writeAtomically.js';
import { writeXlsxTable, type XlsxColumnType } from '../files/xlsxTable.js';
import { memberIds } from './count.js';
import { attrColumn, type Cell, type Column, chosenColumns, defaultColumns, memberCells } from './memberRows.js';
import { storedSegment } from './store.js';
import { type ProjectField, projectFields } from './templateFields.js';
import { type Contact, VENDOR_LAYOUTS, type VendorLayout } from './vendorLayouts.js';

interface ExportOptions {
  layout: ExportLayout;
  /** Field keys (layout 'columns'); default: customer id, contact fields and metrics. */
  columns?: readonly string[];
  bom: boolean;
  /** Email, phone and name columns: kept, masked or left out (shared/model/personalData.ts). */
  personal?: PersonalData;
}

interface ExportResult {
  /** Rows written (members). */
  rows: number;
  /** Members left out: in a vendor layout, those the tool could not take (no email address, say). */
  skipped: number;
}

export const MAILCHIMP_HEADERS = VENDOR_LAYOUTS.mailchimp.columns.map((c) => c.header);

/** How errors and the CLI name the layouts (the app words them in the interface's language). */
export const LAYOUT_NAMES: Record<VendorLayout, string> = {
  mailchimp: 'Mailchimp',
  mautic: 'Mautic',
  klaviyo: 'Klaviyo',
  hubspot: 'HubSpot',
  google_customer_match: 'Google Customer Match',
  meta_custom_audience: 'Meta custom audience',
};

const PARTS: readonly ContactPart[] = ['email', 'phone', 'first_name', 'last_name', 'country', 'city', 'zip'];

export function exportSegmentCsv(db: Db, id: number, file: string, options: ExportOptions): ExportResult {
  const table = segmentTable(db, id, options);
  writeAtomically(file, csvText([table.headers, ...table.data], options.bom));
  return { rows: table.data.length, skipped: table.skipped };
}

/** The same table as an .xlsx workbook with typed cells (files/xlsxTable.ts), on a sheet named after the segment. */
export async function exportSegmentXlsx(
  db: Db,
  id: number,
  file: string,
  options: ExportOptions,
): Promise<ExportResult> {
  const table = segmentTable(db, id, options);
  await writeXlsxTable(file, {
    sheet: table.name,
    columns: table.headers.map((header, i) => ({ header, type: table.types[i] ?? 'text' })),
    rows: table.data,
  });
  return { rows: table.data.length, skipped: table.skipped };
}

interface MemberTable {
  name: string;
  headers: string[];
  types: XlsxColumnType[];
  data: Cell[][];
  skipped: number;
}

function segmentTable(db: Db, id: number, options: ExportOptions): MemberTable {
  const segment = storedSegment(db, id);
  const fields = projectFields(db);
  const ids = memberIds(db, segment.rule, { segmentId: id });
  if (options.layout !== 'columns') {
    refuseHidingContacts(options.layout, options.personal ?? 'keep');
    const spec = VENDOR_LAYOUTS[options.layout];
    const data = contacts(db, ids, fields, options.layout)
      .filter((contact) => spec.keep(contact))
      .map((contact) => spec.columns.map((c) => c.cell(contact, segment.name)));
    const headers = spec.columns.map((c) => c.header);
    return { name: segment.name, headers, types: headers.map(() => 'text'), data, skipped: ids.length - data.length };
  }
  const chosen = options.columns?.length ? chosenColumns(fields, options.columns) : defaultColumns(fields);
  const personal = personalFields(fields.filter((f) => f.source === 'customers'));
  const partOf = (c: Column) => (c.kind === 'attr' ? personal.get(c.field.key) : undefined);
  const columns = options.personal === 'omit' ? chosen.filter((c) => partOf(c) === undefined) : chosen;
  let data = memberCells(db, ids, columns);
  if (options.personal === 'mask') {
    const parts = columns.map(partOf);
    data = data.map((row) => row.map((cell, i) => (parts[i] ? maskPersonal(parts[i], String(cell)) : cell)));
  }
  const types = columns.map((c) => (partOf(c) && options.personal === 'mask' ? 'text' : columnType(c)));
  return { name: segment.name, headers: columns.map((c) => c.header), types, data, skipped: 0 };
}

/** How a column's cells are typed in a workbook: metrics are numbers but for the two order dates. */
function columnType(column: Column): XlsxColumnType {
  if (column.kind === 'metric')
    return column.metric === 'first_order' || column.metric === 'last_order' ? 'date' : 'number';
  if (column.kind !== 'attr') return 'text';
  return column.field.type === 'number' ? 'number' : column.field.type === 'date' ? 'date' : 'text';
}

/** Each member's contact details as text ('' where the project has no such field or value). */
function contacts(db: Db, ids: readonly number[], fields: readonly ProjectField[], layout: VendorLayout): Contact[] {
  const missing = missingForLayout(fields, layout);
  if (missing.length > 0) {
    throw new WorkbenchError(
      'INVALID_PARAMS',
      `The ${LAYOUT_NAMES[layout]} layout needs ${missing.map((p) => `${p === 'email' ? 'an' : 'a'} ${p.replace('_', ' ')}`).join(' and ')} field, and this project has none. Import a customers file with ${missing.map(describePart).join(' and ')}, or export the columns layout.`,
    );
  }
  const columns: Column[] = [
    { header: 'customer_id', kind: 'customer_id' },
    ...PARTS.map((part): Column => {
      const field = contactField(fields, part);
      return field ? attrColumn(field) : { header: part, kind: 'blank' };
    }),
  ];
  return memberCells(db, ids, columns).map(
    ([, ...cells]) => Object.fromEntries(PARTS.map((part, i) => [part, String(cells[i] ?? '')])) as Contact,
  );
}

/**
 * A contact-import layout exists to hand over contact details in clear, so masking them would make
 * a file the tool refuses; the ad platforms' layouts hash them anyway, so the choice changes nothing.
 */
function refuseHidingContacts(layout: VendorLayout, personal: PersonalData): void {
  if (personal === 'keep' || HASHED_LAYOUTS.has(layout)) return;
  throw new WorkbenchError(
    'INVALID_PARAMS',
    `The ${LAYOUT_NAMES[layout]} layout is a list of contacts to import: it needs their email addresses in clear. Export the columns layout to ${personal === 'mask' ? 'mask' : 'leave out'} personal fields.`,
  );
}

function describePart(part: ContactPart): string {
  return part === 'email' ? 'email addresses' : `${part.replace('_', ' ')}s`;
}
