/**
 * Opens the database a URL or DuckDB path names (see sourceUrl.ts), read only. The drivers are
 * loaded when a database is opened: every engine start (each `segwb` command, the app) reaches
 * this file, and loading DuckDB's and PostgreSQL's modules (a native library among them) cost
 * each of them ~0.1-0.2 s for a feature most runs never use.
 */
import type { SourceConnection } from './sourceConnection.js';
import { parseSource } from './sourceUrl.js';

export async function openSource(text: string): Promise<SourceConnection> {
  const address = parseSource(text);
  if (address.kind === 'postgres') {
    const { openPostgres } = await import('./postgresSource.js');
    return openPostgres(address);
  }
  const { openDuckdb } = await import('./duckdbSource.js');
  return openDuckdb(address);
}
