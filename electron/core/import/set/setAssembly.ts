/**
 * From a set's plan to what the assembly needs: how each file is staged (key columns as text,
 * which empty cells reject a row), and the order and customer sides (keys, money, extra columns,
 * products and lookups deduplicated to their first row per key).
 */
import type { RejectReason } from '../../../../shared/model/import.js';
import type { SetLinkPreview } from '../../../../shared/model/importSet.js';
import type { Db } from '../../db/projectFile.js';
import type { RejectEntry } from '../write/rejectLog.js';
import type { OrderSide } from './assembleOrders.js';
import type { SetPlan } from './planSet.js';
import {
  columnIndex,
  type ExtraColumn,
  extrasOf,
  type LookupJoin,
  linkBetween,
  moneySql,
  productKeyIndex,
  roleColumn,
  type StagedRef,
} from './setLayout.js';
import { type StageSpec, stageColumn } from './stageFile.js';

/** Customer fields taken from the latest order when the customers file has none of that role. */
export const LATEST_ROLES = ['country', 'region', 'city'] as const;

/** streamed: the link the streaming counts itself (streamedLink.ts): its columns' keys are not kept. */
export function stagingSpec(
  ref: StagedRef,
  plan: SetPlan,
  streamed: SetLinkPreview | null,
): Omit<StageSpec, 'isCancelled'> {
  const { file } = ref;
  const linked = new Set<number>();
  const counted = new Set<number>();
  for (const l of plan.links) {
    const sides = [l.from, l.to].filter((end) => end.file === file.name).map((end) => columnIndex(file, end.column));
    for (const i of sides) {
      linked.add(i);
      if (l !== streamed) counted.add(i);
    }
  }
  const text = new Set(linked);
  for (const role of ['customer_id', 'order_id'] as const) {
    const i = roleColumn(file, role);
    if (i !== null) text.add(i);
  }
  const product = productKeyIndex(file);
  if (product !== null) text.add(product);
  const required: Array<{ index: number; reason: RejectReason }> = [];
  const need = (index: number | null, reason: RejectReason) => {
    if (index !== null && index >= 0) required.push({ index, reason });
  };
  const orders = plan.files.find((f) => f.kind === 'orders');
  switch (file.kind) {
    case 'customers':
      need(customerKeyOf(plan, file), 'missing_customer_id');
      break;
    case 'orders':
      need(customerKeyOfOrders(plan, file), 'missing_customer_id');
      need(roleColumn(file, 'order_date'), 'missing_date');
      break;
    case 'order_lines':
    case 'payments':
    case 'reviews': {
      const link = linkBetween(plan.links, file, orders);
      need(link ? columnIndex(file, link.from.column) : roleColumn(file, 'order_id'), 'missing_order_id');
      break;
    }
    default:
      need(keyOfTarget(plan, file.name), 'missing_key');
  }
  return {
    table: ref.table,
    path: file.path,
    name: file.name,
    options: file.preview.options,
    textColumns: [...text],
    required,
    linkColumns: [...counted],
  };
}

function customerKeyOf(plan: SetPlan, customers: SetPlan['files'][number]): number | null {
  const link = plan.links.find((l) => l.to.file === customers.name);
  return link ? columnIndex(customers, link.to.column) : roleColumn(customers, 'customer_id');
}

function customerKeyOfOrders(plan: SetPlan, orders: SetPlan['files'][number]): number | null {
  const customers = plan.files.find((f) => f.kind === 'customers');
  const link = linkBetween(plan.links, orders, customers);
  return link ? columnIndex(orders, link.from.column) : roleColumn(orders, 'customer_id');
}

/** The key column of a products or lookup file: the column a link points to, else its product key / first column. */
function keyOfTarget(plan: SetPlan, name: string): number | null {
  const file = plan.files.find((f) => f.name === name);
  if (!file) return null;
  const link = plan.links.find((l) => l.to.file === name);
  if (link) return columnIndex(file, link.to.column);
  return file.kind === 'products' ? productKeyIndex(file) : 0;
}

export interface Sides {
  customers: { ref: StagedRef; key: number; extras: ExtraColumn[] } | null;
  orders: OrderSide | null;
  dateHeader: string;
  amountHeader: string | null;
  latest: ExtraColumn[];
  dedupRejects: Array<[StagedRef, RejectEntry[]]>;
}

export function orderSideOf(db: Db, refs: readonly StagedRef[], plan: SetPlan): Sides {
  const byKind = (kind: string) => refs.find((r) => r.file.kind === kind);
  const dedupRejects: Array<[StagedRef, RejectEntry[]]> = [];
  // Products and lookups: their first row per key, indexed for the joins.
  for (const ref of refs.filter((r) => r.file.kind === 'products' || r.file.kind === 'lookup')) {
    const key = keyOfTarget(plan, ref.file.name) ?? 0;
    dedupRejects.push([ref, firstPerKey(db, ref, key)]);
  }
  const customersRef = byKind('customers');
  let customers: Sides['customers'] = null;
  if (customersRef) {
    const key = customerKeyOf(plan, customersRef.file) as number;
    customers = { ref: customersRef, key, extras: extrasOf(customersRef.file, customersRef.alias, new Set([key])) };
  }
  const o = byKind('orders');
  if (!o) return { customers, orders: null, dateHeader: '', amountHeader: null, latest: [], dedupRejects };
  const l = byKind('order_lines');
  const p = byKind('products');
  const pay = byKind('payments');
  const lineLink = l ? linkBetween(plan.links, l.file, o.file) : undefined;
  const payLink = pay ? linkBetween(plan.links, pay.file, o.file) : undefined;
  const orderKeyHeader = lineLink?.to.column ?? payLink?.to.column;
  const orderKey = orderKeyHeader ? columnIndex(o.file, orderKeyHeader) : roleColumn(o.file, 'order_id');
  const customerKey = customerKeyOfOrders(plan, o.file) as number;
  const date = roleColumn(o.file, 'order_date') as number;
  const ownAmount = roleColumn(o.file, 'amount');
  const skip = (...xs: Array<number | null>) => new Set(xs.filter((x): x is number => x !== null));
  const extras = [...extrasOf(o.file, 'o', skip(orderKey, customerKey, date, ownAmount))];
  let lines: OrderSide['lines'] = null;
  if (l && lineLink) {
    const lineOrderKey = columnIndex(l.file, lineLink.from.column);
    extras.push(...extrasOf(l.file, 'l', skip(lineOrderKey, roleColumn(l.file, 'amount'))));
    lines = { ref: l, orderKey: lineOrderKey, productKey: null };
  }
  let products: OrderSide['products'] = null;
  const pointing = l && lines ? l : o;
  const productLink = p ? linkBetween(plan.links, pointing.file, p.file) : undefined;
  if (p && productLink) {
    const key = columnIndex(p.file, productLink.to.column);
    products = {
      ref: p,
      key,
      from: `${pointing.alias}.${stageColumn(columnIndex(pointing.file, productLink.from.column))}`,
    };
    extras.push(...extrasOf(p.file, p.alias, skip(key)));
  }
  const lookups: LookupJoin[] = [];
  for (const k of refs.filter((r) => r.file.kind === 'lookup')) {
    const link = plan.links.find((x) => x.to.file === k.file.name);
    const owner =
      link && [o, lines ? l : undefined, products ? p : undefined].find((r) => r?.file.name === link.from.file);
    if (!link || !owner) continue;
    const key = columnIndex(k.file, link.to.column);
    lookups.push({
      lookup: k,
      from: `${owner.alias}.${stageColumn(columnIndex(owner.file, link.from.column))}`,
      key: stageColumn(key),
      owner: owner.alias,
    });
    extras.push(...extrasOf(k.file, k.alias, skip(key)));
  }
  const payments =
    pay && payLink
      ? { ref: pay, orderKey: columnIndex(pay.file, payLink.from.column), value: moneySql(pay.file, pay.alias) }
      : null;
  const customerRoles = new Set(
    customersRef ? customersRef.file.preview.columns.map((c) => c.role) : existingCustomerRoles(db),
  );
  const latest: ExtraColumn[] = [];
  for (const role of LATEST_ROLES) {
    const i = roleColumn(o.file, role);
    if (i === null || customerRoles.has(role)) continue;
    const header = o.file.preview.headers[i] as string;
    latest.push({ value: `o.${stageColumn(i)}`, header, type: 'category', role, label: `${header} (latest order)` });
  }
  return {
    customers,
    orders: { orders: o, orderKey, customerKey, date, lines, products, payments, lookups, extras },
    dateHeader: o.file.preview.headers[date] as string,
    amountHeader: ownAmount === null ? null : (o.file.preview.headers[ownAmount] ?? null),
    latest,
    dedupRejects,
  };
}

function existingCustomerRoles(db: Db): Array<string | null> {
  return (db.prepare("SELECT role FROM fields WHERE source = 'customers'").all() as Array<{ role: string | null }>).map(
    (r) => r.role,
  );
}

function firstPerKey(db: Db, ref: StagedRef, key: number): RejectEntry[] {
  const t = `temp.${ref.table}`;
  const k = stageColumn(key);
  db.exec(
    `CREATE TEMP TABLE ${ref.table}_first AS SELECT * FROM ${t} WHERE line IN (SELECT MIN(line) FROM ${t} GROUP BY ${k})`,
  );
  db.exec(`CREATE INDEX temp.${ref.table}_first_key ON ${ref.table}_first (${k})`);
  const header = ref.file.preview.headers[key] ?? null;
  return (
    db
      .prepare(
        `SELECT line, ${k} AS value FROM ${t} WHERE line NOT IN (SELECT line FROM temp.${ref.table}_first) ORDER BY line`,
      )
      .all() as Array<{ line: number; value: string }>
  ).map((d) => ({ line: d.line, reason: 'duplicate_key', column: header, value: d.value, raw: '' }));
}
