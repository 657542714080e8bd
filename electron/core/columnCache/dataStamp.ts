/**
 * The persistent version of a project's data: a hash of what every change of the data (and of
 * what rules read besides it) leaves behind in small tables. Every import, append and undo rewrites
 * `datasets` (imported_at, sha256, row counts); the as-of date, the latest order and event days,
 * the events' version and the RFM settings are meta rows; saved clusterings, cluster names, member
 * lists and the kept lifetime-value fit are small rows of their own. PRAGMA data_version (DataCache)
 * only holds for one connection; this survives closing the project, so caches kept in the file
 * (columnStore.ts) can be trusted when it is opened again. Reading it is a few small queries, kept
 * per connection until the data changes.
 */
import { createHash } from 'node:crypto';
import { DATA_META_KEYS } from '../datasets/dataTables.js';
import { DataCache } from '../db/dataCache.js';
import type { Db } from '../db/projectFile.js';

/** Meta keys that change what a rule or a metric means, besides the data's own (DATA_META_KEYS). */
const SETTING_KEYS = ['as_of', 'rfm_settings', 'schema_version'];

/** Small tables whose rows a rule can depend on; missing tables (older schemas) are skipped. */
const STAMPED_TABLES = ['datasets', 'fields', 'clusterings', 'clustering_clusters', 'member_lists', 'clv_fit'];

/**
 * Large data tables: their highest rowid (one step down the b-tree) catches rows added by a path
 * that does not go through `datasets`, such as a test or a repair writing rows directly.
 */
const GROWING_TABLES = ['customers', 'customer_attrs', 'customer_metrics', 'order_totals', 'order_lines', 'events'];

export function dataStamp(db: Db): string {
  return DataCache.of(db).remember('persistent data stamp', () => computeStamp(db));
}

function computeStamp(db: Db): string {
  const hash = createHash('sha256');
  const keys = [...DATA_META_KEYS, ...SETTING_KEYS];
  const meta = db
    .prepare(`SELECT key, value FROM meta WHERE key IN (${keys.map(() => '?').join(', ')}) ORDER BY key`)
    .raw()
    .all(...keys);
  hash.update(JSON.stringify(meta));
  const present = new Set(
    db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  for (const table of STAMPED_TABLES) {
    if (!present.has(table)) continue;
    // Table names are constants of this file, never from a file.
    hash.update(`\u0000${table}\u0000`);
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().all()));
  }
  for (const table of GROWING_TABLES) {
    if (!present.has(table)) continue;
    hash.update(`\u0000${table}:${String(db.prepare(`SELECT MAX(rowid) FROM ${table}`).pluck().get())}`);
  }
  return hash.digest('hex').slice(0, 32);
}
