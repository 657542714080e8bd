/**
 * Which tables of a project hold imported data (and what is computed from it), as opposed to the
 * user's own work (segments, settings). An undo of an import restores the data tables exactly as
 * they were and never touches the user's work: a segment saved after the import stays.
 *
 * Every table is data unless named here, so a table a later import adds is covered without anyone
 * remembering to list it; a test lists the classification of a fresh project, so a new table of
 * user work is a conscious decision.
 */
import type { Db } from '../db/projectFile.js';

/**
 * Tables of the user's work and of the history itself: never copied, never restored. Saved
 * clusterings, saved customer lists and the kept lifetime-value fit are work like the segments that
 * use them: an undo of an import keeps them (a list saved after an import stays); so are snapshots
 * and rule versions (a snapshot records what the data said then, undone or not).
 */
const NOT_DATA = new Set([
  'meta',
  'segments',
  'import_history',
  'clusterings',
  'clustering_clusters',
  'cluster_members',
  'member_lists',
  'member_list_customers',
  'snapshots',
  'snapshot_people',
  'snapshot_segments',
  'snapshot_members',
  'snapshot_rfm',
  'segment_versions',
  'clv_fit',
  'clv_predictions',
  // Kept columns and memberships (columnCache/columnStore.ts): tagged with the data's version, so an undo
  // needs no copy of them, and an entry of other data is never read.
  'column_cache',
]);

/** Prefix of the tables that keep the data as it was before an import. */
export const HISTORY_PREFIX = 'history_';

/**
 * Data tables that only their own import writes (events: only an events import). Another import
 * leaves them as they are, so the history does not copy them for it (tens of millions of events
 * would be copied on every orders import) and its undo does not touch them.
 */
export const OWN_IMPORT_ONLY: ReadonlySet<string> = new Set(['events']);

/** Meta keys computed from the data (restored with it); every other key is a setting. */
export const DATA_META_KEYS: readonly string[] = [
  'last_order_day',
  'last_event_day',
  'events_version',
  'event_profiles_stamp',
];

export interface TableSchema {
  name: string;
  /** The CREATE TABLE statement as SQLite keeps it. */
  sql: string;
  /** Its indexes' CREATE INDEX statements (automatic indexes of constraints excluded). */
  indexes: string[];
}

export function isDataTable(name: string): boolean {
  return !NOT_DATA.has(name) && !name.startsWith(HISTORY_PREFIX) && !name.startsWith('sqlite_');
}

/** The data tables of the project (main schema), with what it takes to recreate each. */
export function dataTables(db: Db): TableSchema[] {
  const tables = db
    .prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as Array<{ name: string; sql: string }>;
  const indexes = db
    .prepare("SELECT tbl_name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    .all() as Array<{ tbl_name: string; sql: string }>;
  return tables
    .filter((t) => isDataTable(t.name))
    .map((t) => ({
      name: t.name,
      sql: t.sql,
      indexes: indexes.filter((i) => i.tbl_name === t.name).map((i) => i.sql),
    }));
}

/** Double-quotes an identifier the engine itself produced (a table name read from sqlite_master). */
export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
