/**
 * What the user gives to name a database: a PostgreSQL URL (postgresql://user:pass@host:5432/db)
 * or a DuckDB file (duckdb:PATH, or a path ending .duckdb or .db). The URL's password is never
 * shown: `shown` is the name used in every message, with the password as ***.
 */
import path from 'node:path';
import { WorkbenchError } from '../../../shared/errors.js';

export type SourceAddress =
  | { kind: 'postgres'; url: string; shown: string }
  | { kind: 'duckdb'; file: string; shown: string };

const POSTGRES = /^postgres(ql)?:\/\//i;

/** user:password@ of a URL (of any scheme, so a mistyped one is masked too); the password may hold anything but @ (node-postgres reads it so too). */
const CREDENTIALS = /^([a-z][a-z0-9+.-]*:\/\/)([^:@/]*)(?::([^@]*))?@/i;

/** The URL with its password (if any) replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(CREDENTIALS, (_all, scheme: string, user: string, password: string | undefined) =>
    password === undefined ? `${scheme}${user}@` : `${scheme}${user}:***@`,
  );
}

export function parseSource(text: string): SourceAddress {
  const given = text.trim();
  if (POSTGRES.test(given)) {
    // A host, or a socket folder as ?host=/path; then the database's name.
    const rest = given.replace(CREDENTIALS, '$1').replace(/^postgres(ql)?:\/\//i, '');
    if (!/^[^/?]*\/[^/?]+/.test(rest) || (/^\//.test(rest) && !/[?&]host=/.test(rest))) {
      throw new WorkbenchError(
        'INVALID_PARAMS',
        `"${maskUrl(given)}" is not a PostgreSQL URL this app can read: write it as postgresql://USER:PASSWORD@HOST:5432/DATABASE.`,
        { source: maskUrl(given) },
      );
    }
    return { kind: 'postgres', url: given, shown: maskUrl(given) };
  }
  const file = given.toLowerCase().startsWith('duckdb:') ? given.slice('duckdb:'.length) : given;
  if (file !== '' && (given !== file || /\.(duckdb|db)$/i.test(file))) {
    const resolved = path.resolve(file);
    return { kind: 'duckdb', file: resolved, shown: `duckdb:${resolved}` };
  }
  throw new WorkbenchError(
    'INVALID_PARAMS',
    `"${maskUrl(given)}" names no database: give a PostgreSQL URL (postgresql://USER:PASSWORD@HOST:5432/DATABASE) or a DuckDB file (duckdb:PATH, or a path ending .duckdb).`,
    { source: maskUrl(given) },
  );
}
