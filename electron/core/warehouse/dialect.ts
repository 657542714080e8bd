/**
 * The SQL dialects the warehouse speaks (PostgreSQL, DuckDB, SQLite): the ONE way identifiers and
 * literals are quoted, and the few expressions that differ between them. Statements built here
 * carry every value inlined as a literal (no parameters), so a client that runs them need not
 * know our parameter style; that makes this file the only defence against injection, and it
 * refuses what it cannot quote exactly instead of guessing.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { dayToIso } from '../metrics/days.js';

export const DIALECTS = ['postgres', 'duckdb', 'sqlite'] as const;
export type Dialect = (typeof DIALECTS)[number];

export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && (DIALECTS as readonly string[]).includes(value);
}

function refuse(message: string, value: string): never {
  throw new WorkbenchError('INVALID_PARAMS', message, { value });
}

/**
 * A double-quoted identifier: the same in all three dialects (a " inside is doubled). Quoting
 * keeps the case and allows spaces and keywords; an empty name or a NUL cannot be quoted.
 */
export function quoteIdent(name: string): string {
  if (name === '') refuse('A table or column name cannot be empty.', name);
  if (name.includes('\u0000'))
    refuse(`The name "${name.replaceAll('\u0000', '\\0')}" holds a NUL character, which SQL names cannot hold.`, name);
  return `"${name.replace(/"/g, '""')}"`;
}

/** A literal value of a statement. Dates are day numbers (days since 1970-01-01), times seconds. */
export type Literal =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date'; day: number }
  | { kind: 'timestamp'; seconds: number };

/**
 * Characters written as chr(n) instead of inside the quotes: C0 controls but tab and newline, DEL,
 * C1 controls, bidi marks, overrides and isolates, line and paragraph separators. The statement
 * text then holds none of them, so printing it to a terminal (which escapes them, see
 * cli/terminalText.ts) leaves it exact, and no reader is misled by reordered text.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const SPELLED = /[\u0001-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/**
 * A string literal: single quotes, a ' inside doubled. Backslashes and newlines stand for
 * themselves in all three (PostgreSQL with standard_conforming_strings, its default since 9.1).
 * NUL is refused: PostgreSQL text cannot hold it and SQLite would cut the string there.
 */
export function quoteText(dialect: Dialect, value: string): string {
  if (value.includes('\u0000')) {
    refuse(
      `The value "${value.replaceAll('\u0000', '\\0')}" holds a NUL character, which cannot be written in SQL text: remove it from the rule.`,
      value,
    );
  }
  const quoted = (run: string) => `'${run.replace(/'/g, "''")}'`;
  if (!SPELLED.test(value)) return quoted(value);
  const chr = dialect === 'sqlite' ? 'char' : 'chr';
  const parts: string[] = [];
  let run = '';
  for (const ch of value) {
    if (SPELLED.test(ch)) {
      if (run !== '') parts.push(quoted(run));
      parts.push(`${chr}(${ch.codePointAt(0)})`);
      run = '';
    } else run += ch;
  }
  if (run !== '') parts.push(quoted(run));
  return `(${parts.join(' || ')})`;
}

/** Whole numbers up to this size are written as digits; anything else as the shortest exact decimal. */
const EXACT_INTEGER = 2 ** 53;

/**
 * A number literal that reads back as exactly the same double. -0 is written 0 (equal in every
 * comparison); NaN and the infinities have no portable literal and are refused. DuckDB reads a
 * decimal literal as DECIMAL and converts it to DOUBLE by division, which can land an ulp off,
 * so there a fraction is cast from its text, which DuckDB parses exactly.
 */
export function quoteNumber(dialect: Dialect, value: number): string {
  if (!Number.isFinite(value))
    refuse(`${value} is not a number SQL can compare with: use a finite number.`, String(value));
  if (Object.is(value, -0) || value === 0) return '0';
  const text = String(value);
  if (Number.isInteger(value) && Math.abs(value) < EXACT_INTEGER) return text;
  return dialect === 'duckdb' ? `CAST('${text}' AS DOUBLE)` : text;
}

export function quoteBoolean(dialect: Dialect, value: boolean): string {
  if (dialect === 'sqlite') return value ? '1' : '0';
  return value ? 'TRUE' : 'FALSE';
}

/** YYYY-MM-DD of a day number; years outside 0001..9999 are refused (no dialect writes them alike). */
export function isoDay(day: number): string {
  if (!Number.isInteger(day)) refuse(`${day} is not a whole day.`, String(day));
  const iso = Number.isFinite(day) && Math.abs(day) < 3_000_000 ? dayToIso(day) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || iso < '0001-01-01') {
    refuse('Dates must lie between the years 1 and 9999.', String(day));
  }
  return iso;
}

/** YYYY-MM-DD HH:MM:SS of seconds since 1970 (the wall-clock time as the file wrote it). */
export function isoTime(seconds: number): string {
  if (!Number.isInteger(seconds)) refuse(`${seconds} is not a whole second.`, String(seconds));
  const day = Math.floor(seconds / 86_400);
  const rest = seconds - day * 86_400;
  const hms = [Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return `${isoDay(day)} ${hms}`;
}

/** SQLite keeps dates and times as ISO text, which compares in time order. */
export function quoteDate(dialect: Dialect, day: number): string {
  const iso = isoDay(day);
  return dialect === 'sqlite' ? `'${iso}'` : `DATE '${iso}'`;
}

export function quoteTimestamp(dialect: Dialect, seconds: number): string {
  const iso = isoTime(seconds);
  return dialect === 'sqlite' ? `'${iso}'` : `TIMESTAMP '${iso}'`;
}

export function quoteLiteral(dialect: Dialect, literal: Literal): string {
  switch (literal.kind) {
    case 'text':
      return quoteText(dialect, literal.value);
    case 'number':
      return quoteNumber(dialect, literal.value);
    case 'boolean':
      return quoteBoolean(dialect, literal.value);
    case 'date':
      return quoteDate(dialect, literal.day);
    case 'timestamp':
      return quoteTimestamp(dialect, literal.seconds);
  }
}
