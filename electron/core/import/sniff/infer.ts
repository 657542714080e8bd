/**
 * The type of a column, inferred from its sampled cells and its name. A type is chosen when at
 * least 90% of the non-empty cells fit it, so one stray value does not turn dates into text,
 * while the importer still rejects (and reports) the rows that do not fit.
 */
import type { DateOrder, DecimalSeparator } from '../../../../shared/model/import.js';
import type { ColumnType } from '../../../../shared/model/roles.js';
import { parseBoolean } from '../values/boolean.js';
import { parseDate } from '../values/date.js';
import { parseNumber } from '../values/number.js';
import { isIdLikeHeader, matchHeader } from './headerNames.js';

const SHARE = 0.9;
/**
 * The share that suffices when the column's name says what it holds ("Amount", "Order date"):
 * a few "n/a" must not turn an orders file into a customers file (the bad rows are rejected,
 * and listed, at import).
 */
const NAMED_SHARE = 0.5;
const MAX_CATEGORIES = 50;
const ID_TOKEN = /^[A-Za-z0-9][A-Za-z0-9_\-.:/]{0,63}$/;

export interface InferContext {
  decimal: DecimalSeparator;
  dateOrder: DateOrder;
}

interface ColumnProfile {
  type: ColumnType;
  /** Empty (blank) cells among the sampled ones. */
  empty: number;
  /** Distinct non-empty values. */
  distinct: number;
  /** Up to 5 distinct values, in the order they first appear. */
  examples: string[];
}

export function profileColumn(header: string, cells: readonly string[], ctx: InferContext): ColumnProfile {
  const values: string[] = [];
  for (const cell of cells) {
    const t = cell.trim();
    if (t !== '') values.push(t);
  }
  const seen = new Set(values);
  return {
    type: inferType(header, values, seen.size, ctx),
    empty: cells.length - values.length,
    distinct: seen.size,
    examples: [...seen].slice(0, 5),
  };
}

/** `values` are the trimmed non-empty cells; `distinct` how many different ones there are. */
function inferType(header: string, values: readonly string[], distinct: number, ctx: InferContext): ColumnType {
  const n = values.length;
  if (n === 0) return 'text';
  const idHeader = isIdLikeHeader(header);
  if (isBooleanWords(values)) return 'boolean';
  const named = namedType(header);
  const share = (type: 'number' | 'date') => (named === type ? NAMED_SHARE : SHARE);

  let dates = 0;
  let withTime = false;
  for (const v of values) {
    const seconds = parseDate(v, ctx.dateOrder);
    if (!Number.isNaN(seconds)) {
      dates += 1;
      if (seconds % 86_400 !== 0) withTime = true;
    }
  }
  if (dates >= share('date') * n) return withTime ? 'datetime' : 'date';

  let numbers = 0;
  for (const v of values) if (!Number.isNaN(parseNumber(v, ctx.decimal))) numbers += 1;
  if (numbers >= share('number') * n) {
    // Numbers that name things are not amounts: ids, and codes whose leading zeros matter.
    if (idHeader || isZeroPadded(values)) return 'identifier';
    if (n >= 10 && isZeroOne(values)) return 'boolean';
    return 'number';
  }
  if (idHeader) return 'identifier';
  if (distinct === n && n >= 10 && countMatching(values, isIdToken) >= SHARE * n) return 'identifier';
  if (distinct <= MAX_CATEGORIES && distinct <= n / 2) return 'category';
  return 'text';
}

/** The type a column's name promises: amounts and quantities are numbers, an order date a date. */
function namedType(header: string): 'number' | 'date' | null {
  for (const { role } of matchHeader(header)) {
    if (role === 'amount' || role === 'quantity' || role === 'unit_price') return 'number';
    if (role === 'order_date') return 'date';
  }
  return null;
}

/** yes/no words (not digits), with both answers present. */
function isBooleanWords(values: readonly string[]): boolean {
  let yes = false;
  let no = false;
  let word = false;
  for (const v of values) {
    const b = parseBoolean(v);
    if (b !== 0 && b !== 1) return false;
    if (b === 1) yes = true;
    else no = true;
    if (v !== '0' && v !== '1') word = true;
  }
  return word && yes && no;
}

/** Only 0 and 1, both present: a flag such as "Response" or "AcceptedCmp1". */
function isZeroOne(values: readonly string[]): boolean {
  let zero = false;
  let one = false;
  for (const v of values) {
    if (v === '0') zero = true;
    else if (v === '1') one = true;
    else return false;
  }
  return zero && one;
}

function isZeroPadded(values: readonly string[]): boolean {
  let padded = false;
  for (const v of values) {
    if (!/^\d+$/.test(v)) return false;
    if (v.length > 1 && v.charCodeAt(0) === 48) padded = true;
  }
  return padded;
}

function isIdToken(v: string): boolean {
  return ID_TOKEN.test(v) && /\d/.test(v);
}

function countMatching(values: readonly string[], test: (v: string) => boolean): number {
  let count = 0;
  for (const v of values) if (test(v)) count += 1;
  return count;
}
