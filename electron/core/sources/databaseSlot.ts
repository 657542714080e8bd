/**
 * The database the app has open where the data lives (at most one, beside or instead of a
 * project): its connection, tables and as-of date, kept so that each live count is one query.
 */
import type { SourceInfo } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Rule } from '../../../shared/model/rules.js';
import { dayToIso } from '../metrics/days.js';
import { openSource } from './openSource.js';
import type { SourceConnection } from './sourceConnection.js';
import { countOnSource, readSourceAsOf, type SourceCounts } from './sourceCount.js';
import { readSourceTables, type SourceTables } from './sourceTables.js';

interface OpenDatabase {
  connection: SourceConnection;
  tables: SourceTables;
  asOf: number | null;
}

export class DatabaseSlot {
  private current: OpenDatabase | null = null;

  async open(url: string): Promise<SourceInfo> {
    const connection = await openSource(url);
    try {
      const tables = await readSourceTables(connection);
      const asOf = await readSourceAsOf(connection, tables);
      await this.close();
      this.current = { connection, tables, asOf };
      return this.info() as SourceInfo;
    } catch (error) {
      await connection.close();
      throw error;
    }
  }

  info(): SourceInfo | null {
    const c = this.current;
    if (!c) return null;
    return {
      shown: c.connection.address.shown,
      dialect: c.connection.dialect,
      tables: c.tables.tables,
      fields: c.tables.fields,
      asOf: c.asOf === null ? null : dayToIso(c.asOf),
    };
  }

  count(rule: Rule): Promise<SourceCounts> {
    const c = this.current;
    if (!c) throw new WorkbenchError('NOT_FOUND', 'No database is open: open one first (Open a database).');
    return countOnSource(c.connection, c.tables, rule, c.asOf);
  }

  async close(): Promise<void> {
    const c = this.current;
    this.current = null;
    await c?.connection.close();
  }
}
