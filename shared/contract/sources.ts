/**
 * Contract of databases opened where the data lives (docs/warehouse.md, "Run where the data lives"):
 * a PostgreSQL URL or a DuckDB file holding the warehouse tables, opened read only, on which the
 * builder's live counts run. Only the answer comes back; the URL's password is never returned.
 */
import { z } from 'zod';
import type { FieldType } from './../model/roles.js';
import { Rule } from '../model/rules.js';
import { type FieldProfile, type RulePartCount, type SegmentCounts, segmentMethods } from './segments.js';

export const sourceMethods = {
  /** Opens the database (closing one open before), checks its tables and reads their fields. */
  'source/open': z.object({ url: z.string().trim().min(1).max(4000) }).strict(),
  /** The database open now, or null. */
  'source/current': z.object({}).strict(),
  'source/close': z.object({}).strict(),
  /** A rule counted on the database: members, revenue and their shares, and the time it took. */
  'source/count': z.object({ rule: Rule }).strict(),
  /** Each part of a rule counted on the database, as segments/countParts on a project. */
  'source/countParts': z.object({ rule: Rule }).strict(),
  /** A field's range and commonest values on the database, as fields/profile on a project. */
  'source/profile': segmentMethods['fields/profile'],
} as const;

export interface SourceInfo {
  /** Opaque: names this opening of the database, so a reloaded view knows whether it is still open. */
  id: string;
  /** The URL with its password as ***, or duckdb:PATH. */
  shown: string;
  dialect: 'postgres' | 'duckdb';
  /** The warehouse tables found: customers, and orders, order_lines, events when present. */
  tables: string[];
  /** How many customers the customers table holds (each part's share is of them). */
  customers: number;
  /** The fields rules may name: one per column. */
  fields: Array<{ key: string; type: FieldType; source: 'customers' | 'orders' }>;
  /** The as-of date counts use (the day after the latest order), YYYY-MM-DD, or null. */
  asOf: string | null;
}

export interface SourceCounts extends SegmentCounts {
  /** How long the database took to answer, in milliseconds. */
  ms: number;
}

export interface SourceResults {
  'source/open': SourceInfo;
  'source/current': SourceInfo | null;
  'source/close': null;
  'source/count': SourceCounts;
  'source/countParts': RulePartCount[];
  'source/profile': FieldProfile;
}
