/**
 * Kept entries written by a connection while the app's own may change the data (the snapshot's
 * worker runs beside it, for seconds at a million customers): writeColumns tags an entry with the
 * version read when it writes, so an entry computed before a change committed elsewhere (a new
 * as-of date) and written after it would pass for current. When the version moved meanwhile, the
 * entries of the version now current are dropped: a view builds them again, the cache only ever
 * saves time.
 */
import { dataStamp } from '../columnCache/dataStamp.js';
import type { Db } from '../db/projectFile.js';

/** Runs `keep`; false when the data changed meanwhile and what it kept was dropped. */
export function keepWhileUnchanged(db: Db, keep: () => void): boolean {
  const before = dataStamp(db);
  keep();
  const after = dataStamp(db);
  if (after === before) return true;
  const kept = db.prepare("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'column_cache'").get();
  if (kept) db.prepare('DELETE FROM column_cache WHERE stamp = ?').run(after);
  return false;
}
