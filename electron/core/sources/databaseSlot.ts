/**
 * The database the app has open where the data lives (at most one, beside or instead of a
 * project): its connection, tables and as-of date, kept so that each live count is one query.
 * It lives in the engine's memory only (the URL and its password never reach the renderer's
 * storage); an opaque id tells a renderer reloaded later whether it is still the one it opened.
 */
import { randomUUID } from 'node:crypto';
import type { FieldProfile, RulePartCount, SourceInfo } from '../../../shared/api.js';
import { WorkbenchError } from '../../../shared/errors.js';
import type { Rule } from '../../../shared/model/rules.js';
import { dayToIso } from '../metrics/days.js';
import { openSource } from './openSource.js';
import type { SourceConnection } from './sourceConnection.js';
import { countOnSource, readSourceAsOf, type SourceCounts } from './sourceCount.js';
import { countPartsOnSource } from './sourceParts.js';
import { profileOnSource, type SourceProfileRequest } from './sourceProfile.js';
import { readSourceTables, type SourceTables } from './sourceTables.js';

interface OpenDatabase {
  id: string;
  connection: SourceConnection;
  tables: SourceTables;
  asOf: number | null;
  customers: number;
}

export class DatabaseSlot {
  private current: OpenDatabase | null = null;

  async open(url: string): Promise<SourceInfo> {
    const connection = await openSource(url);
    try {
      const tables = await readSourceTables(connection);
      const asOf = await readSourceAsOf(connection, tables);
      const [row] = await connection.rows('SELECT CAST(COUNT(*) AS DOUBLE PRECISION) FROM customers');
      await this.close();
      this.current = { id: randomUUID(), connection, tables, asOf, customers: Number(row?.[0] ?? 0) };
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
      id: c.id,
      shown: c.connection.address.shown,
      dialect: c.connection.dialect,
      tables: c.tables.tables,
      customers: c.customers,
      fields: c.tables.fields,
      asOf: c.asOf === null ? null : dayToIso(c.asOf),
    };
  }

  async count(rule: Rule): Promise<SourceCounts> {
    const c = this.required();
    return countOnSource(c.connection, c.tables, rule, c.asOf);
  }

  async countParts(rule: Rule): Promise<RulePartCount[]> {
    const c = this.required();
    return countPartsOnSource(c.connection, c.tables, rule, c.asOf);
  }

  async profile(request: SourceProfileRequest): Promise<FieldProfile> {
    const c = this.required();
    return profileOnSource(c.connection, c.tables, request, c.asOf);
  }

  private required(): OpenDatabase {
    const c = this.current;
    if (!c) {
      throw new WorkbenchError(
        'NOT_FOUND',
        'No database is open (the app may have restarted, which closes it): open it again with Open a database.',
      );
    }
    return c;
  }

  async close(): Promise<void> {
    const c = this.current;
    this.current = null;
    await c?.connection.close();
  }
}
