/**
 * A checked condition's members from its field's column (fieldColumn.ts), with the meaning its
 * compiled SQL has (conditionSql.ts), so that an edited condition costs a pass over a typed array
 * instead of a scan of every customer with the attributes joined:
 * - NULL (NaN, code -1) satisfies no comparison, list or text operator, and `!=` needs a value
 *   (SQL's `x <> v` is NULL for an empty x, where JS's NaN !== v is true);
 * - numbers compare as doubles: the column holds only numbers (customerColumns.ts refuses a
 *   column with text in it, where SQL would compare by type), integers exact below 2^53;
 * - in / not in compare the stored text exactly (BINARY collation, no case folding: json_each's
 *   values are text and the column's affinity is TEXT);
 * - contains / starts with / equals apply foldText to the value, which is what the SQL function
 *   segwb_fold does (sqlFunctions.ts), and instr(a, b) > 0 / = 1 is a.includes(b) / a.startsWith(b);
 * - attribute dates are seconds compared with day boundaries, metric dates days (as conditionSql).
 * Text operators are evaluated once per distinct value (the dictionary), then mapped over codes.
 *
 * - seasonal operators (order line times, over line columns: ordersLeaf.ts) as conditionSql's
 *   integer arithmetic and strftime read them, only when every time is a whole number of seconds
 *   within the years 1..9999 (else SQLite's REAL arithmetic and its date range would differ).
 *
 * Null when the operator does not fit the column's kind (never for what the builder offers), a
 * seasonal operator meets times outside that range, or the field has no column: the caller scans
 * with SQL.
 */
import { foldText } from '../../../../shared/model/rules.js';
import type { CustomerColumn, NumberColumn, TextColumn } from '../../columnCache/customerColumns.js';
import type { CheckedCondition } from '../conditions.js';
import { type Bitset, emptySet, setBit } from './bitset.js';
import { isSeasonal, seasonalTest, wholeDates } from './seasonal.js';

const SECONDS_PER_DAY = 86_400;

export function columnMembers(condition: CheckedCondition, column: CustomerColumn, asOf: number | null): Bitset | null {
  if (condition.op === 'is_empty') return emptyMembers(column);
  if (column.kind === 'number') {
    if (isSeasonal(condition)) return wholeDates(column.values) ? numberMembers(column, seasonalTest(condition)) : null;
    const test = numberTest(condition, asOf);
    return test && numberMembers(column, test);
  }
  const test = textTest(condition);
  return test && textMembers(column, test);
}

function emptyMembers(column: CustomerColumn): Bitset {
  const n = column.kind === 'number' ? column.values.length : column.codes.length;
  const set = emptySet(n);
  for (let i = 0; i < n; i += 1) {
    const empty = column.kind === 'number' ? Number.isNaN(column.values[i]) : column.codes[i] === -1;
    if (empty) setBit(set, i);
  }
  return set;
}

/** A test of a non-NULL number, or null when the operator is not one of numbers. */
function numberTest(cond: CheckedCondition, asOf: number | null): ((x: number) => boolean) | null {
  const inSeconds = cond.field.type === 'date' && cond.field.storage.kind !== 'metric';
  const dayStart = (day: number) => (inSeconds ? day * SECONDS_PER_DAY : day);
  switch (cond.op) {
    case 'not_empty':
      return () => true;
    case 'is_true':
      return (x) => x === 1;
    case 'is_false':
      return (x) => x === 0;
    case '=':
      return (x) => x === cond.value;
    case '!=':
      return (x) => x !== cond.value;
    case '>':
      return (x) => x > cond.value;
    case '>=':
      return (x) => x >= cond.value;
    case '<':
      return (x) => x < cond.value;
    case '<=':
      return (x) => x <= cond.value;
    case 'between': {
      const [lo, hi] = cond.value;
      if (inSeconds) return (x) => x >= dayStart(lo) && x < dayStart(hi + 1);
      return (x) => x >= lo && x <= hi;
    }
    case 'before':
      return (x) => x < dayStart(cond.value);
    case 'after':
      return (x) => x >= dayStart(cond.value + 1);
    case 'within_last_days':
    case 'not_within_last_days': {
      // No as-of date binds NULL: the comparison is NULL for everyone.
      if (asOf === null) return () => false;
      const cutoff = dayStart(asOf - cond.value);
      return cond.op === 'within_last_days' ? (x) => x >= cutoff : (x) => x < cutoff;
    }
    default:
      return null;
  }
}

function numberMembers(column: NumberColumn, test: (x: number) => boolean): Bitset {
  const { values } = column;
  const set = emptySet(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const x = values[i] as number;
    if (!Number.isNaN(x) && test(x)) setBit(set, i);
  }
  return set;
}

/** A test of a non-NULL text, or null when the operator is not one of text. */
function textTest(cond: CheckedCondition): ((text: string) => boolean) | null {
  switch (cond.op) {
    case 'not_empty':
      return () => true;
    case 'in':
    case 'not_in': {
      const listed = new Set(cond.value);
      return cond.op === 'in' ? (t) => listed.has(t) : (t) => !listed.has(t);
    }
    case 'contains': {
      const part = foldText(cond.value);
      return (t) => foldText(t).includes(part);
    }
    case 'starts_with': {
      const part = foldText(cond.value);
      return (t) => foldText(t).startsWith(part);
    }
    case 'equals': {
      const whole = foldText(cond.value);
      return (t) => foldText(t) === whole;
    }
    default:
      return null;
  }
}

function textMembers(column: TextColumn, test: (text: string) => boolean): Bitset {
  const matches = Uint8Array.from(column.dictionary, (t) => (test(t) ? 1 : 0));
  const { codes } = column;
  const set = emptySet(codes.length);
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] as number;
    if (code >= 0 && matches[code] === 1) setBit(set, i);
  }
  return set;
}
