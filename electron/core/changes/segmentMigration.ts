/**
 * Migration between saved segments. A customer can be in several listed segments: cell (A -> B)
 * counts those in A at `from` and in B at `to`; "(none)" holds those in no listed segment at a
 * date, and "(new)" (from side only) those with no positive order before `from`.
 */
import { NEW_GROUP, NONE_GROUP } from '../../../shared/contract/changes.js';
import { dropIndexes } from '../db/bulkIndexes.js';
import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { dayToIso } from '../metrics/days.js';
import { type OrdersBefore, readOrdersBefore, writeMetricsBefore } from '../metrics/metricsAsOf.js';
import { memberIds } from '../segments/count.js';
import { storedSegment } from '../segments/store.js';
import type { MigrationSink, SinkOf } from './cells.js';

interface Membership {
  /** Customers with a positive order before the date. */
  buyers: Set<number>;
  /** Per listed segment, its members at the date. */
  members: Set<number>[];
}

/**
 * Every listed segment evaluated as of each date. The rules (their orders conditions, RFM fields,
 * nested segments) read the project's as-of date and customer_metrics, so each date is set inside
 * a savepoint that is rolled back: the project file never changes. The metrics of every date come
 * from one read of the orders (metrics/metricsAsOf.ts), written with the table's indexes dropped
 * (the rollback brings them back): two aggregate rebuilds took ~2 s of the 2.25 s at 1M orders.
 */
function membershipAt(
  db: Db,
  days: readonly number[],
  segments: readonly number[],
  orders: OrdersBefore,
): Membership[] {
  db.exec('SAVEPOINT changes_migration');
  try {
    // A later date may be the current one, rewritten after an earlier date moved the metrics away.
    if (days.some((day) => day !== readAsOf(db).day)) dropIndexes(db, 'customer_metrics');
    return days.map((day) => {
      if (readAsOf(db).day !== day) {
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('as_of', ?)").run(dayToIso(day));
        writeMetricsBefore(db, orders, day);
      }
      const buyers = db.prepare('SELECT customer FROM customer_metrics WHERE frequency > 0').pluck().all() as number[];
      return {
        buyers: new Set(buyers),
        members: segments.map((id) => new Set(memberIds(db, { segment: id }))),
      };
    });
  } finally {
    db.exec('ROLLBACK TO changes_migration');
    db.exec('RELEASE changes_migration');
  }
}

/** Net revenue of the orders dated in [from, to) per customer id, from the orders already read. */
function revenueBetween(orders: OrdersBefore, fromDay: number, toDay: number): Map<number, number> {
  const revenue = new Map<number, number>();
  for (let i = 0; i < orders.customer.length; i += 1) {
    const d = orders.day[i] as number;
    if (d < fromDay || d >= toDay) continue;
    const c = orders.customer[i] as number;
    revenue.set(c, (revenue.get(c) ?? 0) + (orders.amount[i] as number));
  }
  return revenue;
}

/** Indexes (into the group list) of the listed segments a customer is in, or [none]. */
function groupsOf(id: number, members: readonly Set<number>[], none: number): number[] {
  const groups: number[] = [];
  members.forEach((set, s) => {
    if (set.has(id)) groups.push(s + 1);
  });
  return groups.length > 0 ? groups : [none];
}

export function segmentMigration<T extends MigrationSink>(
  db: Db,
  fromDay: number,
  toDay: number,
  segments: readonly number[],
  sinkOf: SinkOf<T>,
): T {
  // Names first: an unknown id fails before any work.
  const names = segments.map((id) => storedSegment(db, id).name);
  // One read of the orders for both dates' metrics and the window's revenue.
  const orders = readOrdersBefore(db, toDay);
  const [before, after] = membershipAt(db, [fromDay, toDay], segments, orders) as [Membership, Membership];
  const none = names.length + 1;
  const cells = sinkOf([NEW_GROUP, ...names, NONE_GROUP]);
  const revenue = revenueBetween(orders, fromDay, toDay);
  // Ascending ids, so that the sums add up in the same order on every run.
  const ids = [...after.buyers].sort((a, b) => a - b);
  for (const id of ids) {
    const from = before.buyers.has(id) ? groupsOf(id, before.members, none) : [0];
    const to = groupsOf(id, after.members, none);
    const money = revenue.get(id) ?? 0;
    for (const f of from) for (const t of to) cells.add(f, t, money, id);
  }
  return cells;
}
