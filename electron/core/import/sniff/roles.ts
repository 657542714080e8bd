/**
 * Suggests a role per column: first from column names (in English, Persian, Arabic, Welsh),
 * then from values (e-mail addresses, phone numbers), then the first date column of an orders
 * file. Each role goes to at most one column, each column gets at most one role.
 */
import { inEnglish, type ReasonPart, type ReasonWording } from '../../../../shared/i18n/importReasonText.js';
import type { ColumnType, DatasetKind, Role } from '../../../../shared/model/roles.js';
import { toAsciiDigits } from '../values/digits.js';
import { type HeaderMatch, isDateLikeHeader, matchHeader } from './headerNames.js';

export interface ColumnFacts {
  index: number;
  header: string;
  type: ColumnType;
  /** The column's non-empty sampled cells, trimmed. */
  values: readonly string[];
}

export interface RoleSuggestion {
  role: Role | null;
  /** In English (the CLI's and scripts' words); `wording` words it in the app's languages. */
  reason: string | null;
  wording?: ReasonWording;
}

const SHARE = 0.8;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s\-().\u06f0-\u06f9\u0660-\u0669]{7,20}$/;
/**
 * The shape of a date (and time) in any order, valid or not: "04-09-2012", "13.09.2012 08.26",
 * "2012-09-04". A date column whose day/month order is mixed or misread is text to the type
 * guess, and would otherwise pass for phone numbers.
 */
const DATE_SHAPE =
  /^(\d{1,2}([-./])\d{1,2}\2(\d{2}|\d{4})|\d{4}([-./])\d{1,2}\4\d{1,2})(\s+\d{1,2}[.:]\d{2}([.:]\d{2})?)?$/;
const NUMERIC_ROLES: ReadonlySet<Role> = new Set(['amount', 'quantity', 'unit_price']);
const DATE_TYPES: ReadonlySet<ColumnType> = new Set(['date', 'datetime']);
/** Phone numbers are kept as text: dates like 04-09-2012 and plain numbers are not phones. */
const TEXT_TYPES: ReadonlySet<ColumnType> = new Set(['text', 'identifier', 'category']);

/**
 * Roles for the columns. `kind` null: roles that depend on the file's kind are left out (used
 * to decide the kind). `fixed`: roles the user chose (role -> column index); they always win.
 */
export function suggestRoles(
  columns: readonly ColumnFacts[],
  kind: DatasetKind | null,
  fixed: ReadonlyMap<Role, number> = new Map(),
): RoleSuggestion[] {
  const result: RoleSuggestion[] = columns.map(() => ({ role: null, reason: null }));
  const taken = new Set<Role>();
  const assign = (position: number, role: Role, part: ReasonPart): void => {
    const wording = { parts: [part] };
    result[position] = { role, reason: inEnglish(wording), wording };
    taken.add(role);
  };
  const header = (position: number) => columns[position]?.header ?? '';
  for (const [role, index] of fixed) {
    const position = columns.findIndex((c) => c.index === index);
    if (position !== -1) assign(position, role, { key: 'chosen_by_you' });
  }
  const free = (position: number, role: Role) => result[position]?.role === null && !taken.has(role);

  for (const { position, match } of headerCandidates(columns, kind)) {
    if (free(position, match.role))
      assign(position, match.role, { key: 'role_header', values: { header: header(position) } });
  }
  columns.forEach((column, position) => {
    if (free(position, 'email') && share(column.values, (v) => EMAIL.test(v)) >= SHARE) {
      assign(position, 'email', { key: 'role_email_values' });
    } else if (
      free(position, 'phone') &&
      TEXT_TYPES.has(column.type) &&
      !isDateLikeHeader(column.header) &&
      share(column.values, isPhoneLike) >= SHARE
    ) {
      assign(position, 'phone', { key: 'role_phone_values' });
    }
  });
  if (kind === 'orders' && !taken.has('order_date')) {
    const position = firstDateColumn(columns, result);
    if (position !== -1)
      assign(position, 'order_date', { key: 'role_first_date', values: { header: header(position) } });
  }
  // A lone price is what each row cost: the amount.
  if (kind !== 'customers' && taken.has('unit_price') && !taken.has('quantity') && !taken.has('amount')) {
    const position = result.findIndex((r) => r.role === 'unit_price');
    if (position !== -1 && !fixed.has('unit_price')) {
      assign(position, 'amount', { key: 'role_price_as_amount', values: { header: header(position) } });
      taken.delete('unit_price');
    }
  }
  return result;
}

/** Header matches that fit the kind and the column's type, strongest first, then left to right. */
function headerCandidates(
  columns: readonly ColumnFacts[],
  kind: DatasetKind | null,
): Array<{ position: number; match: HeaderMatch }> {
  const candidates: Array<{ position: number; match: HeaderMatch }> = [];
  columns.forEach((column, position) => {
    for (const match of matchHeader(column.header)) {
      if (match.kind !== undefined && match.kind !== kind) continue;
      if (match.role === 'order_date' && (kind === 'customers' || !DATE_TYPES.has(column.type))) continue;
      if (NUMERIC_ROLES.has(match.role) && column.type !== 'number') continue;
      candidates.push({ position, match });
    }
  });
  return candidates.sort((a, b) => b.match.strength - a.match.strength || a.position - b.position);
}

function firstDateColumn(columns: readonly ColumnFacts[], result: readonly RoleSuggestion[]): number {
  const open = (type: ColumnType) => columns.findIndex((c, i) => c.type === type && result[i]?.role === null);
  const datetime = open('datetime');
  return datetime !== -1 ? datetime : open('date');
}

/** 7 to 15 digits, written with a leading + or 0, or with spaces, dashes or brackets. */
function isPhoneLike(value: string): boolean {
  if (!PHONE.test(value) || DATE_SHAPE.test(toAsciiDigits(value))) return false;
  const digits = value.replace(/\D/g, '').length + (value.match(/[\u06f0-\u06f9\u0660-\u0669]/g)?.length ?? 0);
  if (digits < 7 || digits > 15) return false;
  return /^[+0۰٠]/.test(value) || /[\s\-()]/.test(value);
}

function share(values: readonly string[], test: (v: string) => boolean): number {
  if (values.length === 0) return 0;
  let hits = 0;
  for (const v of values) if (test(v)) hits += 1;
  return hits / values.length;
}
