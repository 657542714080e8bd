/**
 * An in-memory copy of a project for the reference evaluator: customers with their attributes,
 * metrics, order lines and events, order totals and saved segments. For tests and checks on small
 * projects, not for production counts.
 */

import type { Db } from '../db/projectFile.js';
import { readAsOf } from '../metrics/asOf.js';
import { clusterValue } from './clusterField.js';
import { type EventProfile, type EventRecord, eventProfile } from './eventProfileReference.js';
import { type FieldRegistry, loadFieldRegistry } from './fields.js';
import { SegmentCatalog } from './segmentCatalog.js';

export type CellValue = number | string | null;

export interface MetricsRow {
  frequency: number;
  monetary: number;
  first_day: number | null;
  last_day: number | null;
}

export interface OrderLine {
  order_ref: number;
  ts: number;
  amount: number;
  /** Every column of order_lines by name (ts, amount, c1, ...). */
  values: Record<string, CellValue>;
}

export interface CustomerData {
  id: number;
  key: string;
  /** Columns of customer_attrs by name; null when the customer is in no customers file. */
  attrs: Record<string, CellValue> | null;
  metrics: MetricsRow | null;
  lines: OrderLine[];
  /** The customer's events in file order. */
  events: EventRecord[];
  /** What the events say as of the as-of date (eventProfileReference.ts); null without events. */
  profile: EventProfile | null;
  /** "<clustering> · <cluster>" for each saved clustering that kept the customer, by clustering id. */
  clusters: string[];
  /** The kept lifetime-value fit's predictions; null when the fit left the customer out or none is kept. */
  predicted: { p_alive: number; expected_purchases: number; clv: number | null } | null;
}

export interface ProjectData {
  asOf: number | null;
  registry: FieldRegistry;
  customers: CustomerData[];
  /** order ref -> the whole order's amount. */
  orderTotals: Map<number, number>;
  segments: SegmentCatalog;
  /** Saved customer lists: list id -> the client's customer ids in it. */
  lists: Map<number, Set<string>>;
}

export function loadProjectData(db: Db): ProjectData {
  const customers = new Map<number, CustomerData>();
  for (const row of db.prepare('SELECT id, customer_key FROM customers ORDER BY id').all() as Array<{
    id: number;
    customer_key: string;
  }>) {
    customers.set(row.id, {
      id: row.id,
      key: row.customer_key,
      attrs: null,
      metrics: null,
      lines: [],
      events: [],
      profile: null,
      clusters: [],
      predicted: null,
    });
  }
  for (const row of db.prepare('SELECT * FROM customer_attrs').all() as Array<Record<string, CellValue>>) {
    const customer = customers.get(row.customer as number);
    if (customer) customer.attrs = row;
  }
  for (const row of db
    .prepare('SELECT customer, frequency, monetary, first_day, last_day FROM customer_metrics')
    .all() as Array<MetricsRow & { customer: number }>) {
    const customer = customers.get(row.customer);
    if (customer) customer.metrics = row;
  }
  for (const row of db.prepare('SELECT * FROM order_lines ORDER BY id').all() as Array<Record<string, CellValue>>) {
    customers.get(row.customer as number)?.lines.push({
      order_ref: row.order_ref as number,
      ts: row.ts as number,
      amount: row.amount as number,
      values: row,
    });
  }
  for (const row of db.prepare('SELECT * FROM events ORDER BY id').all() as Array<Record<string, CellValue>>) {
    customers.get(row.customer as number)?.events.push({
      id: row.id as number,
      ts: row.ts as number,
      type: row.type as string,
      session: row.session as string | null,
      device: row.device as string | null,
      source: row.source as string | null,
      values: row,
    });
  }
  for (const row of db
    .prepare(
      'SELECT cm.customer, s.name, cm.cluster FROM cluster_members cm JOIN clusterings s ON s.id = cm.clustering ORDER BY s.id',
    )
    .all() as Array<{ customer: number; name: string; cluster: number }>) {
    customers.get(row.customer)?.clusters.push(clusterValue(row.name, row.cluster));
  }
  for (const row of db
    .prepare('SELECT customer, p_alive, expected_purchases, clv FROM clv_predictions')
    .all() as Array<{
    customer: number;
    p_alive: number;
    expected_purchases: number;
    clv: number | null;
  }>) {
    const customer = customers.get(row.customer);
    if (customer)
      customer.predicted = { p_alive: row.p_alive, expected_purchases: row.expected_purchases, clv: row.clv };
  }
  const asOf = readAsOf(db).day;
  for (const customer of customers.values()) customer.profile = eventProfile(customer.events, asOf);
  const orderTotals = new Map<number, number>();
  for (const row of db.prepare('SELECT ref, amount FROM order_totals').all() as Array<{
    ref: number;
    amount: number;
  }>) {
    orderTotals.set(row.ref, row.amount);
  }
  return {
    asOf,
    registry: loadFieldRegistry(db),
    customers: [...customers.values()],
    orderTotals,
    segments: SegmentCatalog.load(db),
    lists: loadLists(db),
  };
}

function loadLists(db: Db): Map<number, Set<string>> {
  const lists = new Map<number, Set<string>>();
  // Every list, an empty one too.
  for (const id of db.prepare('SELECT id FROM member_lists').pluck().all() as number[]) lists.set(id, new Set());
  for (const row of db.prepare('SELECT list, customer_key FROM member_list_customers').all() as Array<{
    list: number;
    customer_key: string;
  }>) {
    const keys = lists.get(row.list) ?? new Set<string>();
    keys.add(row.customer_key);
    lists.set(row.list, keys);
  }
  return lists;
}
