/**
 * A project's warehouse export loaded into real engines, each answering "which customer_ids does
 * this SELECT return": DuckDB in-process (schema.sql + COPY of the CSVs), PostgreSQL (schema.sql
 * + COPY of the CSVs on our own cluster, literal INSERTs on a server named by SEGWB_TEST_PG_URL)
 * and SQLite in memory (the sqlite dialect's tables, filled from the project).
 */
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import type { Db } from '../../electron/core/db/projectFile.js';
import { type Dialect, isoDay, isoTime, quoteIdent, quoteLiteral } from '../../electron/core/warehouse/dialect.js';
import { exportWarehouse } from '../../electron/core/warehouse/exportWarehouse.js';
import { type ColumnKind, createTablesSql, warehouseSchema } from '../../electron/core/warehouse/schema.js';
import type { TestPostgres } from '../support/postgres.js';

export interface WarehouseEngine {
  dialect: Dialect;
  /** The customer_ids each query returns, sorted. */
  members(queries: string[]): Promise<string[][]>;
  /** Every row of a query as its cells joined by |, in the order returned. */
  rows(query: string): Promise<string[]>;
  close(): Promise<void>;
}

const sortIds = (ids: string[]) => ids.sort();

export async function duckdbEngine(db: Db, folder: string): Promise<WarehouseEngine> {
  exportWarehouse(db, folder, 'duckdb');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(fs.readFileSync(path.join(folder, 'schema.sql'), 'utf8'));
  for (const table of warehouseSchema(db).tables) {
    const file = path.join(folder, `${table.name}.csv`).replace(/'/g, "''");
    await connection.run(`COPY ${quoteIdent(table.name)} FROM '${file}' (HEADER true, ALLOW_QUOTED_NULLS false)`);
  }
  return {
    dialect: 'duckdb',
    async members(queries) {
      const out: string[][] = [];
      for (const q of queries) {
        const reader = await connection.runAndReadAll(q);
        out.push(sortIds(reader.getRows().map((r) => String(r[0]))));
      }
      return out;
    },
    async rows(query) {
      const reader = await connection.runAndReadAll(query);
      return reader.getRows().map((r) => r.map(String).join('|'));
    },
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgresEngine(
  db: Db,
  folder: string,
  server: TestPostgres,
  name: string,
): Promise<WarehouseEngine> {
  exportWarehouse(db, folder, 'postgres');
  const { client } = server;
  const schemaName = `segwb_${name}_${process.pid}`;
  await client.query(
    `DROP SCHEMA IF EXISTS ${quoteIdent(schemaName)} CASCADE; CREATE SCHEMA ${quoteIdent(schemaName)}`,
  );
  await client.query(`SET search_path TO ${quoteIdent(schemaName)}`);
  await client.query(fs.readFileSync(path.join(folder, 'schema.sql'), 'utf8'));
  const schema = warehouseSchema(db);
  for (const table of schema.tables) {
    if (server.local) {
      // The server process reads the file: the folder must be readable by the postgres user.
      fs.chmodSync(folder, 0o755);
      fs.chmodSync(path.dirname(folder), 0o755);
      const file = path.join(folder, `${table.name}.csv`);
      fs.chmodSync(file, 0o644);
      await client.query(
        `COPY ${quoteIdent(table.name)} FROM '${file.replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true)`,
      );
    } else {
      await insertLiterals(
        db,
        table.name,
        table.rowsSql,
        table.columns.map((c) => c.kind),
        (sql) => client.query(sql).then(() => undefined),
      );
    }
  }
  return {
    dialect: 'postgres',
    async members(queries) {
      const out: string[][] = [];
      // Many statements per round trip: the simple query protocol returns one result each.
      for (let i = 0; i < queries.length; i += 100) {
        const chunk = queries.slice(i, i + 100);
        const results = await client.query(chunk.join(';\n'));
        const list = Array.isArray(results) ? results : [results];
        for (const r of list) out.push(sortIds(r.rows.map((row: { customer_id: string }) => row.customer_id)));
      }
      return out;
    },
    async rows(query) {
      const result = await client.query({ text: query, rowMode: 'array' });
      return (result.rows as unknown[][]).map((r) => r.map(String).join('|'));
    },
    close: async () => {
      await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schemaName)} CASCADE`);
    },
  };
}

/** Fills a table with INSERT statements of quoted literals (exercises quoteLiteral too). */
async function insertLiterals(
  db: Db,
  table: string,
  rowsSql: string,
  kinds: ColumnKind[],
  run: (sql: string) => Promise<void>,
): Promise<void> {
  const literal = (kind: ColumnKind, v: unknown): string => {
    if (v === null || v === undefined) return 'NULL';
    if (kind === 'number') return quoteLiteral('postgres', { kind: 'number', value: v as number });
    if (kind === 'date') return quoteLiteral('postgres', { kind: 'date', day: v as number });
    if (kind === 'timestamp') return quoteLiteral('postgres', { kind: 'timestamp', seconds: v as number });
    if (kind === 'boolean') return quoteLiteral('postgres', { kind: 'boolean', value: v === 1 });
    return quoteLiteral('postgres', { kind: 'text', value: String(v) });
  };
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length) await run(`INSERT INTO ${quoteIdent(table)} VALUES ${batch.join(', ')}`);
    batch = [];
  };
  for (const row of db.prepare(rowsSql).raw().iterate() as Iterable<unknown[]>) {
    batch.push(`(${row.map((v, i) => literal(kinds[i] as ColumnKind, v)).join(', ')})`);
    if (batch.length >= 1000) await flush();
  }
  await flush();
}

export async function sqliteEngine(db: Db): Promise<WarehouseEngine> {
  const target = new Database(':memory:');
  const schema = warehouseSchema(db);
  target.exec(createTablesSql(schema, 'sqlite'));
  const value = (kind: ColumnKind, v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (kind === 'date') return isoDay(v as number);
    if (kind === 'timestamp') return isoTime(v as number);
    if (kind === 'id' || kind === 'text') return String(v);
    return v;
  };
  for (const table of schema.tables) {
    const kinds = table.columns.map((c) => c.kind);
    const insert = target.prepare(`INSERT INTO ${quoteIdent(table.name)} VALUES (${kinds.map(() => '?').join(', ')})`);
    target.transaction(() => {
      for (const row of db.prepare(table.rowsSql).raw().iterate() as Iterable<unknown[]>) {
        insert.run(...row.map((v, i) => value(kinds[i] as ColumnKind, v)));
      }
    })();
  }
  if (schema.hasOrders) target.exec('CREATE INDEX order_lines_customer ON order_lines (customer_id)');
  return {
    dialect: 'sqlite',
    async members(queries) {
      return queries.map((q) => sortIds(target.prepare(q).pluck().all() as string[]));
    },
    async rows(query) {
      return (target.prepare(query).raw().all() as unknown[][]).map((r) => r.map(String).join('|'));
    },
    close: async () => {
      target.close();
    },
  };
}
