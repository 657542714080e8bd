/**
 * The expressions rules need that each dialect writes its own way: folding text for the text
 * operators, parts of a timestamp, day numbers and the money rounding. Inputs are SQL expressions
 * built by the emitter; literals come from dialect.ts.
 */
import { foldText } from '../../../shared/model/rules.js';
import { type Dialect, quoteText } from './dialect.js';

/**
 * foldText in SQL: NFC, lower case, Arabic yeh and kaf as the Persian letters. Plain SQLite has
 * no Unicode normalisation and lowers ASCII letters only (docs/warehouse.md says so); PostgreSQL
 * lowers by the database's LC_CTYPE, so a UTF-8 database with a real locale folds like the app.
 */
export function foldSql(dialect: Dialect, x: string): string {
  const persian = (e: string) =>
    `translate(${e}, ${quoteText(dialect, '\u064A\u0643')}, ${quoteText(dialect, '\u06CC\u06A9')})`;
  switch (dialect) {
    case 'postgres':
      return persian(`lower(normalize(${x}, NFC))`);
    case 'duckdb':
      return persian(`lower(nfc_normalize(${x}))`);
    case 'sqlite':
      return `replace(replace(lower(${x}), ${quoteText(dialect, '\u064A')}, ${quoteText(dialect, '\u06CC')}), ${quoteText(dialect, '\u0643')}, ${quoteText(dialect, '\u06A9')})`;
  }
}

/** Does the folded text of x contain / start with / equal the needle (folded here)? */
export function textTestSql(
  dialect: Dialect,
  op: 'contains' | 'starts_with' | 'equals',
  x: string,
  needle: string,
): string {
  const folded = foldText(needle);
  // Every text contains and starts with the empty text; only the empty value does not.
  if (op !== 'equals' && folded === '') return `(${x} IS NOT NULL)`;
  const f = foldSql(dialect, x);
  const lit = quoteText(dialect, folded);
  if (op === 'equals') return `(${f} = ${lit})`;
  if (op === 'contains') {
    if (dialect === 'postgres') return `(strpos(${f}, ${lit}) > 0)`;
    if (dialect === 'duckdb') return `contains(${f}, ${lit})`;
    return `(instr(${f}, ${lit}) > 0)`;
  }
  if (dialect === 'sqlite') return `(substr(${f}, 1, ${[...folded].length}) = ${lit})`;
  return `starts_with(${f}, ${lit})`;
}

/** The month 1..12, ISO weekday 1..7 or hour 0..23 of a timestamp. */
export function timePartSql(dialect: Dialect, part: 'month' | 'isodow' | 'hour', x: string): string {
  if (dialect === 'sqlite') {
    if (part === 'month') return `CAST(strftime('%m', ${x}) AS INTEGER)`;
    if (part === 'hour') return `CAST(strftime('%H', ${x}) AS INTEGER)`;
    // %w: 0 is Sunday; ISO counts Monday 1 .. Sunday 7.
    return `((CAST(strftime('%w', ${x}) AS INTEGER) + 6) % 7 + 1)`;
  }
  const field = part === 'month' ? 'MONTH' : part === 'hour' ? 'HOUR' : 'ISODOW';
  return `CAST(EXTRACT(${field} FROM ${x}) AS INTEGER)`;
}

/** Days since 1970-01-01 of a DATE. */
export function dayNumberSql(dialect: Dialect, date: string): string {
  if (dialect === 'postgres') return `(${date} - DATE '1970-01-01')`;
  if (dialect === 'duckdb') return `date_diff('day', DATE '1970-01-01', ${date})`;
  return `CAST(julianday(${date}) - 2440587.5 AS INTEGER)`;
}

/** The calendar day of a timestamp (for counting distinct days). */
export function dateOfSql(dialect: Dialect, timestamp: string): string {
  return dialect === 'sqlite' ? `substr(${timestamp}, 1, 10)` : `CAST(${timestamp} AS DATE)`;
}

/**
 * Money summed and rounded to 6 decimals as the app rounds (Math.round(x * 1e6) / 1e6, half up);
 * SQLite's ROUND is what the app's own SQL uses.
 */
export function round6Sql(dialect: Dialect, x: string): string {
  if (dialect === 'sqlite') return `ROUND(${x}, 6)`;
  return `(FLOOR(${x} * 1000000 + 0.5) / 1000000)`;
}

/** NOT that treats an empty (NULL) comparison as false first: two-valued logic. */
export function notSql(dialect: Dialect, x: string): string {
  return `(NOT COALESCE(${x}, ${dialect === 'sqlite' ? '0' : 'FALSE'}))`;
}
