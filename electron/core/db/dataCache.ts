/**
 * What live recounts can reuse while the data is unchanged, per connection:
 * - per-customer aggregates of orders conditions (count or net sum of the matching lines), in
 *   TEMP tables, so a recount does not rescan the order lines while the user edits the rest of
 *   the rule or the comparison value of the orders condition itself. An entry is keyed by the
 *   aggregate query and its parameters (which include the as-of date);
 * - small results computed from the data: the number and revenue of all customers (the
 *   denominators of the shares), the profiles of fields.
 * Everything is dropped when the data may have changed: a commit by another connection (an
 * import: PRAGMA data_version) or any write by this one (total_changes()).
 */
import { BatchInsert } from './batchInsert.js';
import type { Db } from './projectFile.js';
import type { Fragment } from './sqlFragment.js';

const MAX_ENTRIES = 16;
const MAX_MEMO = 64;
let tableCounter = 0;

export class DataCache {
  private static readonly byDb = new WeakMap<Db, DataCache>();
  /** key -> temp table name; Map order is least recently used first. */
  private readonly tables = new Map<string, string>();
  private stamp = '';
  private readonly memo = new Map<string, unknown>();

  private constructor(private readonly db: Db) {}

  static of(db: Db): DataCache {
    let cache = DataCache.byDb.get(db);
    if (!cache) {
      cache = new DataCache(db);
      DataCache.byDb.set(db, cache);
    }
    return cache;
  }

  /**
   * A temp table (customer INTEGER PRIMARY KEY, value REAL) holding the rows of `aggregate`, a
   * `SELECT customer, value ... GROUP BY customer` query; built on first use. With `rows`, the
   * aggregate is only the key and `rows` computes what goes in the table.
   */
  ordersTable(
    aggregate: Fragment,
    pinned: ReadonlySet<string> = new Set(),
    rows?: () => { customers: readonly number[]; values: readonly number[] },
  ): string {
    if (this.currentStamp() !== this.stamp) this.clear();
    const key = JSON.stringify([aggregate.sql, aggregate.params]);
    const existing = this.tables.get(key);
    // A rolled-back outer transaction may have taken the table with it.
    if (existing && this.db.prepare('SELECT 1 FROM temp.sqlite_master WHERE name = ?').get(existing)) {
      this.tables.delete(key);
      this.tables.set(key, existing);
      return existing;
    }
    if (existing) this.tables.delete(key);
    if (this.tables.size >= MAX_ENTRIES) {
      // The least recently used table that the query being compiled does not refer to: a rule
      // with more aggregates than MAX_ENTRIES keeps them all until it has run.
      const oldest = [...this.tables.entries()].find(([, table]) => !pinned.has(table));
      if (oldest) {
        this.db.exec(`DROP TABLE IF EXISTS temp.${oldest[1]}`);
        this.tables.delete(oldest[0]);
      }
    }
    tableCounter += 1;
    const name = `segwb_orders_${tableCounter}`;
    this.db.exec(`CREATE TEMP TABLE ${name} (customer INTEGER PRIMARY KEY, value REAL NOT NULL)`);
    if (rows) insertRows(this.db, name, rows());
    else this.db.prepare(`INSERT INTO temp.${name} (customer, value) ${aggregate.sql}`).run(...aggregate.params);
    this.tables.set(key, name);
    this.stamp = this.currentStamp();
    return name;
  }

  /** Whether a value is remembered for the current data, without computing it. */
  has(key: string): boolean {
    if (this.currentStamp() !== this.stamp) this.clear();
    return this.memo.has(key);
  }

  /** A value computed from the data (totals of all customers, field profiles), kept until the data changes. */
  remember<T>(key: string, compute: () => T): T {
    if (this.currentStamp() !== this.stamp) this.clear();
    if (this.memo.has(key)) return this.memo.get(key) as T;
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /** Runs a write of this module's own (a TEMP table) without taking it for a change of the data. */
  ownWrite<T>(write: () => T): T {
    const fresh = this.currentStamp() === this.stamp;
    const result = write();
    if (fresh) this.stamp = this.currentStamp();
    return result;
  }

  clear(): void {
    for (const name of this.tables.values()) this.db.exec(`DROP TABLE IF EXISTS temp.${name}`);
    this.tables.clear();
    this.memo.clear();
    this.stamp = this.currentStamp();
  }

  private currentStamp(): string {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    const changes = this.db.prepare('SELECT total_changes() AS n').pluck().get() as number;
    return `${version}:${changes}`;
  }
}

/** Values are bound, not printed into SQL or JSON: a sum reaches the table bit for bit. */
function insertRows(db: Db, table: string, rows: { customers: readonly number[]; values: readonly number[] }): void {
  const insert = new BatchInsert(db, `INSERT INTO temp.${table} (customer, value)`, 2);
  for (let i = 0; i < rows.customers.length; i += 1) {
    insert.add(rows.customers[i] as number);
    insert.add(rows.values[i] as number);
    insert.endRow();
  }
  insert.flush();
}
