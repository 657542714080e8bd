/**
 * A PostgreSQL database through node-postgres, read only: the session's transactions default to
 * READ ONLY (the server then refuses any write), and each statement may run for
 * STATEMENT_TIMEOUT_MS. Table copies stream through COPY ... TO STDOUT (pg-copy-streams).
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { type SourceConnection, STATEMENT_TIMEOUT_MS } from './sourceConnection.js';
import { sourceError } from './sourceErrors.js';
import type { SourceAddress } from './sourceUrl.js';

// Dates and times as their ISO text, not JS Dates in the local time zone.
const asText = (value: string) => value;
const TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    [1082, 1114, 1184].includes(oid) ? asText : pg.types.getTypeParser(oid, format ?? 'text'),
} as pg.CustomTypesConfig;

export async function openPostgres(address: SourceAddress & { kind: 'postgres' }): Promise<SourceConnection> {
  const client = new pg.Client({
    connectionString: address.url,
    connectionTimeoutMillis: 15_000,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    application_name: 'Segment Workbench',
    types: TYPES,
  });
  // A broken connection emits 'error' outside any query: without a listener it would end the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SET default_transaction_read_only = on');
  } catch (error) {
    await client.end().catch(() => undefined);
    throw sourceError(address, error);
  }
  return {
    address,
    dialect: 'postgres',
    async rows(sql) {
      try {
        const result = await client.query({ text: sql, rowMode: 'array' });
        return result.rows as unknown[][];
      } catch (error) {
        throw sourceError(address, error);
      }
    },
    async copyToCsv(select, file) {
      try {
        const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true)`));
        await pipeline(stream, fs.createWriteStream(file));
      } catch (error) {
        throw sourceError(address, error);
      }
    },
    close: () => client.end().catch(() => undefined),
  };
}
