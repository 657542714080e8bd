/** An open database the app reads from (never writes to): PostgreSQL or a DuckDB file. */
import type { SourceAddress } from './sourceUrl.js';

/** How long one statement may run before the database is asked to stop it. */
export const STATEMENT_TIMEOUT_MS = 60_000;

export interface SourceConnection {
  readonly address: SourceAddress;
  readonly dialect: 'postgres' | 'duckdb';
  /** The rows of a statement, each as its cells in order (numbers as JS numbers, dates as ISO text). */
  rows(sql: string): Promise<unknown[][]>;
  /** Writes the rows of a SELECT to a file as CSV (UTF-8, a header row), streamed. */
  copyToCsv(select: string, file: string): Promise<void>;
  close(): Promise<void>;
}
