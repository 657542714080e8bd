/**
 * A DuckDB file opened with access_mode READ_ONLY (DuckDB then refuses any write). DuckDB has no
 * statement timeout: a statement still running after STATEMENT_TIMEOUT_MS is interrupted. Table
 * copies are written by DuckDB itself (COPY ... TO a CSV file).
 */
import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { WorkbenchError } from '../../../shared/errors.js';
import { type SourceConnection, STATEMENT_TIMEOUT_MS } from './sourceConnection.js';
import { sourceError } from './sourceErrors.js';
import type { SourceAddress } from './sourceUrl.js';

export async function openDuckdb(address: SourceAddress & { kind: 'duckdb' }): Promise<SourceConnection> {
  if (!fs.existsSync(address.file)) {
    throw new WorkbenchError(
      'FILE_NOT_FOUND',
      `There is no DuckDB file at ${address.file}: check the path, or export one from a project (docs/warehouse.md).`,
      { file: address.file, source: address.shown },
    );
  }
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(address.file, { access_mode: 'READ_ONLY' });
  } catch (error) {
    throw sourceError(address, error);
  }
  const connection = await instance.connect();
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const timer = setTimeout(() => connection.interrupt(), STATEMENT_TIMEOUT_MS);
    try {
      return await work();
    } catch (error) {
      throw sourceError(address, error);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    address,
    dialect: 'duckdb',
    rows: (sql) => timed(async () => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][]),
    copyToCsv: (select, file) =>
      timed(async () => {
        await connection.run(`COPY (${select}) TO '${file.replace(/'/g, "''")}' (FORMAT csv, HEADER true)`);
      }),
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
