/**
 * A project's warehouse export loaded into a DuckDB file and into a fresh PostgreSQL database,
 * for the tests of sources (counting on the server, importing from it). Both are named by the
 * URL a user would give.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../electron/core/db/projectFile.js';
import { quoteIdent } from '../../electron/core/warehouse/dialect.js';
import { exportWarehouse } from '../../electron/core/warehouse/exportWarehouse.js';
import { warehouseSchema } from '../../electron/core/warehouse/schema.js';
import type { TestPostgres } from '../support/postgres.js';

/** Writes FILE.duckdb holding the project's warehouse tables; returns its path. */
export async function duckdbFile(db: Db, folder: string, name = 'shop'): Promise<string> {
  const out = path.join(folder, `${name}-duckdb-csv`);
  fs.mkdirSync(out, { recursive: true });
  exportWarehouse(db, out, 'duckdb');
  const file = path.join(folder, `${name}.duckdb`);
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  await connection.run(fs.readFileSync(path.join(out, 'schema.sql'), 'utf8'));
  for (const table of warehouseSchema(db).tables) {
    const csv = path.join(out, `${table.name}.csv`).replace(/'/g, "''");
    await connection.run(`COPY ${quoteIdent(table.name)} FROM '${csv}' (HEADER true, ALLOW_QUOTED_NULLS false)`);
  }
  connection.closeSync();
  instance.closeSync();
  return file;
}

/** The URL of another database on the test server (same user, host and port). */
export function databaseUrl(server: TestPostgres, database: string, password?: string, user?: string): string {
  const c = server.client as pg.Client & { host: string; port: number; user: string };
  const who = `${encodeURIComponent(user ?? c.user)}${password === undefined ? '' : `:${encodeURIComponent(password)}`}`;
  return c.host.startsWith('/')
    ? `postgresql://${who}@/${database}?host=${encodeURIComponent(c.host)}`
    : `postgresql://${who}@${c.host}:${c.port}/${database}`;
}

/** A new database NAME on the server holding the project's warehouse tables; returns its URL. */
export async function postgresDatabase(db: Db, folder: string, server: TestPostgres, name: string): Promise<string> {
  const out = path.join(folder, `${name}-postgres-csv`);
  fs.mkdirSync(out, { recursive: true });
  exportWarehouse(db, out, 'postgres');
  await server.client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
  await server.client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  const url = databaseUrl(server, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(fs.readFileSync(path.join(out, 'schema.sql'), 'utf8'));
    for (const table of warehouseSchema(db).tables) {
      const stream = client.query(copyFrom(`COPY ${quoteIdent(table.name)} FROM STDIN WITH (FORMAT csv, HEADER true)`));
      await pipeline(fs.createReadStream(path.join(out, `${table.name}.csv`)), stream);
    }
  } finally {
    await client.end();
  }
  return url;
}
