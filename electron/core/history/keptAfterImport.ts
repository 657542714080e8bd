/**
 * The entries the first views keep in the project file's column_cache (columnCache/columnStore.ts),
 * written right after an import's snapshot, on the snapshot's own connection (off the main thread):
 * otherwise the first RFM answer or rfm_segment count after an import builds them, seconds at a
 * million customers where reading them takes a fraction of a second.
 *
 * Built by the functions the views call (nothing here knows an entry's name or bytes), after the
 * snapshot has committed: the snapshot's rules may rebuild the event profiles, a write that renews
 * the data's version, and writeColumns tags the entries with the version read when it writes.
 */
import { writeColumns } from '../columnCache/columnStore.js';
import { customerBase } from '../columnCache/customerBase.js';
import { customerColumn } from '../columnCache/customerColumns.js';
import type { Db } from '../db/projectFile.js';
import { ensureEventProfiles } from '../events/profiles.js';
import { projectRfm } from '../rfm/compute.js';
import { keyOrder } from '../rfm/keys.js';
import { historyWarnings } from '../rfm/population.js';
import { keepWhileUnchanged } from './keepWhileUnchanged.js';

/** The customer_metrics columns a count on the RFM fields reads (segments/leaves/fieldColumn.ts). */
const METRIC_COLUMNS = ['frequency', 'monetary', 'last_day'] as const;

/**
 * Keeps the entries; each write is one short transaction of its own, skipped when the file is busy,
 * and dropped when the app changed the data meanwhile (keepWhileUnchanged.ts).
 */
export function keepFirstViewColumns(db: Db): void {
  // What the first count would do before anything else (segments/compile.ts): rebuilding the event
  // profiles renews the data's version (their stamp is data), so entries written before it would
  // be stale by the first count, even after an import without events.
  ensureEventProfiles(db);
  keepWhileUnchanged(db, () => keepEntries(db));
}

function keepEntries(db: Db): void {
  // The RFM population, breaks, history span and key order: kept by the functions as they read them.
  const rfm = projectRfm(db);
  historyWarnings(db, rfm.model.asOfDay);
  keyOrder(db, rfm.population);
  // The customers' base and metric columns: returned to keep, written together.
  const entry = customerBase(db);
  const columns = METRIC_COLUMNS.map(
    (column) => customerColumn(db, entry.base, { table: 'customer_metrics', column, kind: 'number' }).toStore,
  );
  const pending = [entry.toStore, ...columns];
  if (writeColumns(db, pending.flat())) {
    // The lists are remembered for the connection: what is kept needs no second write.
    for (const list of pending) list.length = 0;
  }
}
