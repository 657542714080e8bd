/**
 * A database's errors as messages a user can act on, naming the database (its password masked)
 * and what to do. Errors of both drivers arrive here: node-postgres (SQLSTATE codes, socket
 * error codes) and DuckDB (messages only).
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { STATEMENT_TIMEOUT_MS } from './sourceConnection.js';
import type { SourceAddress } from './sourceUrl.js';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'EAI_AGAIN']);

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}

/** The table or column a message names ("relation "x" does not exist", DuckDB's "Table with name x"). */
function named(message: string): string | null {
  const match = /"([^"]+)"/.exec(message) ?? /with name ([^\s!]+)/i.exec(message);
  return match ? (match[1] ?? null) : null;
}

export function sourceError(address: SourceAddress, error: unknown): WorkbenchError {
  if (error instanceof WorkbenchError) return error;
  const where = `the database ${address.shown}`;
  const code = (error as { code?: unknown } | null)?.code;
  const message = firstLine(error).replaceAll(address.kind === 'postgres' ? address.url : '\u0000', address.shown);
  const fail = (errorCode: 'CANNOT_OPEN' | 'NOT_FOUND' | 'READ_ONLY' | 'INVALID_PARAMS', text: string) =>
    new WorkbenchError(errorCode, text, { source: address.shown });
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    return fail(
      'CANNOT_OPEN',
      `Cannot reach ${where}: no server answered there. Check the host name and port in the URL and that the server is running.`,
    );
  }
  if (code === 'ENOENT' && address.kind === 'postgres') {
    return fail(
      'CANNOT_OPEN',
      `Cannot reach ${where}: there is no server socket at that host. Check the host in the URL and that the server is running.`,
    );
  }
  if (code === '28P01' || code === '28000') {
    return fail(
      'CANNOT_OPEN',
      `${capital(where)} refused the user name or password: check them in the URL, or ask its administrator for an account that may read it.`,
    );
  }
  if (code === '3D000') {
    return fail(
      'NOT_FOUND',
      `${capital(where)} does not exist on that server: check the database name at the end of the URL.`,
    );
  }
  if (code === '42P01' || /Table with name .* does not exist/i.test(message)) {
    const table = named(message);
    return fail(
      'NOT_FOUND',
      `${capital(where)} has no table ${table ? `"${table}"` : 'of that name'}: check the name, or load the warehouse tables as docs/warehouse.md describes.`,
    );
  }
  if (code === '42703' || /Referenced column .* not found|column .* does not exist/i.test(message)) {
    const column = named(message);
    return fail(
      'NOT_FOUND',
      `A table of ${where} has no column ${column ? `"${column}"` : 'of that name'}: the rule names a field the database does not hold. Check the rule, or the table's columns.`,
    );
  }
  if (code === '57014' || /INTERRUPT/i.test(message)) {
    return fail(
      'CANNOT_OPEN',
      `${capital(where)} did not answer within ${STATEMENT_TIMEOUT_MS / 1000} seconds, so the query was stopped. Try a simpler rule, or ask its administrator for indexes on customer_id.`,
    );
  }
  if (code === '25006' || /read-only|read only/i.test(message)) {
    return fail('READ_ONLY', `${capital(where)} is opened read only: this app reads from it and never writes to it.`);
  }
  if (address.kind === 'duckdb' && /IO Error|Could not set lock|not a valid DuckDB|Cannot open/i.test(message)) {
    return fail(
      'CANNOT_OPEN',
      `${capital(where)} could not be opened: it is not a DuckDB database this app can read, or another program holds it open for writing. Close that program, or check the file (reason: ${message}).`,
    );
  }
  return fail(
    'CANNOT_OPEN',
    `${capital(where)} reported a problem: ${message}. Check the URL and the warehouse tables (docs/warehouse.md).`,
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
