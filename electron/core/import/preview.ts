/**
 * What a file looks like and how to import it: encoding, delimiter, header, date order, decimal
 * mark, column types and roles, the kind of data, plus the first rows. Reads only the head and
 * tail of the file. Every guess can be overridden; the overrides win.
 */
import path from 'node:path';
import { WorkbenchError } from '../../../shared/errors.js';
import { worded } from '../../../shared/errorWording.js';
import type {
  ColumnPlan,
  ColumnPreview,
  DateOrderGuess,
  EncodingGuess,
  ImportPreview,
  PreviewOverrides,
} from '../../../shared/model/import.js';
import { type MappingIssue, mappingIssues } from '../../../shared/model/importChecks.js';
import { ROLES, type Role } from '../../../shared/model/roles.js';
import { recogniseLayout } from './events/layouts.js';
import { mappingIssueMessage, mappingIssueWording } from './layout.js';
import { binaryKind, binaryWordingKey } from './sniff/binary.js';
import { detectDelimiter, detectHeader, detectLineEnding, openQuoteLine, parseRecords, toLf } from './sniff/dialect.js';
import { bomEncoding, detectEncoding } from './sniff/encoding.js';
import { profileColumn } from './sniff/infer.js';
import { suggestKind } from './sniff/kind.js';
import { type ColumnFacts, suggestRoles } from './sniff/roles.js';
import { decodeSample, HEAD_BYTES, hasLineBreak, readSample, wholeLineBytes } from './sniff/sample.js';
import { type PreviewWarning, wordedPreviewWarnings } from './sniff/warnings.js';
import { parseDate } from './values/date.js';
import { detectDateOrder } from './values/dateOrder.js';
import { detectDecimal } from './values/decimal.js';

const PREVIEW_ROWS = 200;
/** Head rows used to infer types and roles (the tail's rows are added to them). */
const PROFILE_ROWS = 5000;
const DECIMAL_ROWS = 1000;

export async function previewFile(file: string, overrides: PreviewOverrides = {}): Promise<ImportPreview> {
  return previewOf(await readBasis(file, overrides), overrides);
}

/**
 * The preview of a file, and its preview as another kind from the same read and profile of the
 * sample (a set reads a file's roles as its kind asks: planSet.ts), without reading it again.
 */
export async function previewFileAs(
  file: string,
): Promise<{ preview: ImportPreview; as(kind: NonNullable<PreviewOverrides['kind']>): ImportPreview }> {
  const basis = await readBasis(file, {});
  return { preview: previewOf(basis, {}), as: (kind) => previewOf(basis, { kind }) };
}

type Basis = Awaited<ReturnType<typeof readBasis>>;

/** Everything of a preview that does not depend on the kind: the sample read, parsed and profiled. */
async function readBasis(file: string, overrides: PreviewOverrides) {
  const name = path.basename(file);
  const sample = await readSample(file);
  if (sample.size === 0) {
    throw new WorkbenchError('IMPORT_FAILED', `${name} is empty: there is nothing to import.`, {
      file,
      ...worded('file_empty', { name }),
    });
  }
  if (!hasLineBreak(sample)) {
    const megabytes = Math.round(HEAD_BYTES / (1024 * 1024));
    const message = `${name} has no line breaks in its first ${megabytes} MB: it is probably not a table. Check that you chose a CSV file.`;
    throw new WorkbenchError('IMPORT_FAILED', message, { file, ...worded('no_line_breaks', { name, megabytes }) });
  }

  const encoding = guessEncoding(sample.head, wholeLineBytes(sample), overrides);
  const binary = binaryKind(sample.head, encoding.value);
  if (binary) {
    const message = `${name} looks like ${binary}, not a CSV file: save it as CSV first.`;
    throw new WorkbenchError('IMPORT_FAILED', message, { file, ...worded(binaryWordingKey(binary), { name }) });
  }
  const text = decodeSample(sample, encoding.value);
  const lineEnding = detectLineEnding(text.head);
  // Read as the import reads (readRows): every CR, LF and CRLF ends a line.
  const head = toLf(text.head);
  const delimiter = overrides.delimiter ?? detectDelimiter(head, 'lf');
  const headRecords = parseRecords(head, delimiter, 'lf');
  if (headRecords.length === 0) {
    throw new WorkbenchError('IMPORT_FAILED', `${name} has no rows: it holds only blank lines.`, {
      file,
      ...worded('only_blank_lines', { name }),
    });
  }
  const tailRecords = text.tail ? parseRecords(toLf(text.tail), delimiter, 'lf') : [];
  const hasHeader = overrides.hasHeader ?? detectHeader(headRecords);
  const first = headRecords[0] as string[];
  const width = hasHeader ? first.length : commonWidth(headRecords);
  const headers = distinctLabels(
    Array.from({ length: width }, (_, i) => {
      const cell = hasHeader ? first[i] : undefined;
      return cell !== undefined && cell.trim() !== '' ? cell : `Column ${i + 1}`;
    }),
  );
  const dataRows = hasHeader ? headRecords.slice(1) : headRecords;
  const scanned = [...dataRows.slice(0, PROFILE_ROWS), ...tailRecords];
  const profileRows = scanned.filter((r) => r.length === width);
  const cellsOf = (rows: readonly string[][], i: number) => rows.map((r) => r[i] ?? '');

  const decimal = overrides.decimal ?? detectDecimal(profileRows.slice(0, DECIMAL_ROWS).flat());
  const detectedOrder = guessDateOrder(headers, [...dataRows, ...tailRecords], width);
  const dateOrder = withOrderOverride(detectedOrder, overrides.dateOrder);

  const profiles = headers.map((header, i) =>
    profileColumn(header, cellsOf(profileRows, i), { decimal, dateOrder: dateOrder.value }),
  );
  const facts: ColumnFacts[] = headers.map((header, i) => ({
    index: i,
    header,
    type: (profiles[i] as (typeof profiles)[number]).type,
    values: cellsOf(profileRows, i)
      .map((c) => c.trim())
      .filter((c) => c !== ''),
  }));
  const badRows = scanned.length - profileRows.length;
  // In a sample cut short, a quote opened near the end may close beyond it.
  const openQuote = openQuoteLine(head, delimiter, sample.tail ? HEAD_BYTES / 2 : 0);
  const size = sample.size;
  const sampled = { file, name, size, encoding, delimiter, hasHeader, lineEnding, decimal, dateOrder };
  return { ...sampled, headers, dataRows, profiles, facts, badRows, openQuote, width };
}

function previewOf(basis: Basis, overrides: PreviewOverrides): ImportPreview {
  const { file, name, encoding, delimiter, hasHeader, lineEnding, decimal, dateOrder } = basis;
  const { headers, dataRows, profiles, facts, badRows, openQuote, width } = basis;
  const fixed = mappedColumns(overrides.map ?? {}, headers, file, name);
  const kind = overrides.kind
    ? { value: overrides.kind, reason: 'Chosen by you.' }
    : suggestKind(facts, suggestRoles(facts, null, fixed));
  const roles = suggestRoles(facts, kind.value, fixed);

  const columns: ColumnPreview[] = headers.map((header, i) => {
    const profile = profiles[i] as (typeof profiles)[number];
    const role = roles[i]?.role ?? null;
    // Ids and phone numbers are names, not quantities: keep them as text.
    const type = profile.type === 'number' && isNamingRole(role) ? 'identifier' : profile.type;
    const { empty, distinct, examples } = profile;
    const roleReason = roles[i]?.reason ?? null;
    const wording = roles[i]?.wording;
    return {
      index: i,
      header,
      type,
      role,
      roleReason,
      ...(wording ? { roleReasonWording: wording } : {}),
      empty,
      distinct,
      examples,
    };
  });
  const plans: ColumnPlan[] = columns.map((c) => ({
    index: c.index,
    header: c.header,
    type: c.type,
    role: c.role,
    include: true,
  }));
  return {
    file: { path: file, name, size: basis.size },
    encoding,
    delimiter,
    hasHeader,
    lineEnding,
    decimal,
    dateOrder,
    kind,
    headers,
    rows: dataRows.slice(0, PREVIEW_ROWS),
    columns,
    options: {
      kind: kind.value,
      encoding: encoding.value,
      delimiter,
      hasHeader,
      dateOrder: dateOrder.value,
      decimal,
      columns: plans,
    },
    ...eventsLayoutOf(headers),
    ...refusalsOf(mappingIssues(kind.value, plans), name),
    ...warningsOf(
      wordedPreviewWarnings({
        openQuote,
        encoding,
        encodingChosen: !!overrides.encoding,
        dateOrder,
        dateOrderChosen: !!overrides.dateOrder,
        badRows,
        width,
      }),
    ),
  };
}

/** The mapping's refusals in English, and their wordings in the same order. */
function refusalsOf(
  issues: readonly MappingIssue[],
  name: string,
): Pick<ImportPreview, 'refusals' | 'refusalWordings'> {
  return {
    refusals: issues.map((issue) => mappingIssueMessage(issue, name)),
    refusalWordings: issues.map((issue) => mappingIssueWording(issue, name)),
  };
}

function warningsOf(warnings: readonly PreviewWarning[]): Pick<ImportPreview, 'warnings' | 'warningWordings'> {
  return { warnings: warnings.map((w) => w.text), warningWordings: warnings.map((w) => w.wording) };
}

function guessEncoding(
  head: Buffer,
  lines: { head: Buffer; tail: Buffer | null },
  overrides: PreviewOverrides,
): EncodingGuess {
  // A BOM is decided from the first bytes alone; the whole-line cut is for single-byte text.
  const detected = bomEncoding(head)
    ? detectEncoding(head)
    : detectEncoding(lines.tail ? Buffer.concat([lines.head, lines.tail]) : lines.head);
  if (!overrides.encoding) return detected;
  const candidates = [detected.value, ...detected.candidates].filter((e) => e !== overrides.encoding);
  return { value: overrides.encoding, confidence: 1, candidates };
}

/** Date order from the columns whose first values are mostly dates (in any order). */
function guessDateOrder(headers: readonly string[], rows: readonly string[][], width: number): DateOrderGuess {
  const complete = rows.filter((r) => r.length === width);
  const probe = complete.slice(0, 200);
  const samples: string[] = [];
  for (let i = 0; i < headers.length; i += 1) {
    let filled = 0;
    let dates = 0;
    for (const row of probe) {
      const cell = (row[i] as string).trim();
      if (cell === '') continue;
      filled += 1;
      if (isDateInAnyOrder(cell)) dates += 1;
    }
    if (filled === 0 || dates < 0.9 * filled) continue;
    for (const row of complete) samples.push(row[i] as string);
  }
  return detectDateOrder(samples);
}

function isDateInAnyOrder(cell: string): boolean {
  return !Number.isNaN(parseDate(cell, 'dmy')) || !Number.isNaN(parseDate(cell, 'mdy'));
}

/** The user's order wins; the data's evidence is kept only when it agrees. */
function withOrderOverride(detected: DateOrderGuess, chosen: PreviewOverrides['dateOrder']): DateOrderGuess {
  if (!chosen || chosen === detected.value) return chosen ? { ...detected, value: chosen } : detected;
  return { value: chosen, basis: detected.basis === 'none' ? 'none' : 'ambiguous', evidence: null };
}

/** role -> header text from the overrides, as role -> column index; unknown names are errors. */
function mappedColumns(
  map: Record<string, string>,
  headers: readonly string[],
  file: string,
  name: string,
): Map<Role, number> {
  const fixed = new Map<Role, number>();
  for (const [role, header] of Object.entries(map)) {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new WorkbenchError('INVALID_PARAMS', `Unknown role "${role}": use one of ${ROLES.join(', ')}.`, { file });
    }
    let index = headers.indexOf(header);
    if (index === -1) index = headers.findIndex((h) => h.trim().toLowerCase() === header.trim().toLowerCase());
    if (index === -1) {
      throw new WorkbenchError('INVALID_PARAMS', `No column "${header}" in ${name}`, {
        file,
        column: header,
        ...worded('no_such_column', { name, column: header }),
      });
    }
    fixed.set(role as Role, index);
  }
  return fixed;
}

/**
 * Column labels, told apart: a repeated name gets its position among its namesakes ("Name",
 * "Name (2)"), compared without case, since a mapping may name a column in any case.
 */
function distinctLabels(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let label = name;
    for (let n = 2; used.has(label.trim().toLowerCase()); n += 1) label = `${name} (${n})`;
    used.add(label.trim().toLowerCase());
    return label;
  });
}

/** The most common field count among the first rows. */
function commonWidth(records: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const r of records.slice(0, 50)) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 1;
  let best = 0;
  for (const [w, c] of counts) if (c > best) [width, best] = [w, c];
  return width;
}

function isNamingRole(role: Role | null): boolean {
  return role === 'customer_id' || role === 'order_id' || role === 'phone';
}

/** An events export's header names its layout: the wizard then imports the file as events. */
function eventsLayoutOf(headers: readonly string[]): { events?: ImportPreview['events'] } {
  const layout = recogniseLayout(headers);
  return layout ? { events: layout.name } : {};
}
