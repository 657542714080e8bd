/**
 * One table of a database written to a CSV file (UTF-8, a header row), streamed by the database's
 * own COPY, for the normal file import to read. The name is quoted (quoteIdent), never spliced raw;
 * a table that is not there is reported by name before anything is copied. PostgreSQL writes
 * booleans as t/f in CSV: they are cast to text (true/false) so the import reads them as yes/no.
 */
import { WorkbenchError } from '../../../shared/errors.js';
import { quoteIdent, quoteText } from '../warehouse/dialect.js';
import type { SourceConnection } from './sourceConnection.js';

export async function copyTableToCsv(source: SourceConnection, table: string, file: string): Promise<void> {
  const columns = (await source.rows(
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ${quoteText(source.dialect, table)} ORDER BY ordinal_position`,
  )) as Array<[string, string]>;
  if (columns.length === 0) {
    throw new WorkbenchError(
      'NOT_FOUND',
      `The database ${source.address.shown} has no table "${table}": check the name after --table (names are matched exactly, case included).`,
      { source: source.address.shown, table },
    );
  }
  const list = columns
    .map(([name, type]) =>
      source.dialect === 'postgres' && type.toLowerCase() === 'boolean'
        ? `CAST(${quoteIdent(name)} AS VARCHAR) AS ${quoteIdent(name)}`
        : quoteIdent(name),
    )
    .join(', ');
  await source.copyToCsv(`SELECT ${list} FROM ${quoteIdent(table)}`, file);
}
