/** Opens the database a URL or DuckDB path names (see sourceUrl.ts), read only. */
import { openDuckdb } from './duckdbSource.js';
import { openPostgres } from './postgresSource.js';
import type { SourceConnection } from './sourceConnection.js';
import { parseSource } from './sourceUrl.js';

export function openSource(text: string): Promise<SourceConnection> {
  const address = parseSource(text);
  return address.kind === 'postgres' ? openPostgres(address) : openDuckdb(address);
}
