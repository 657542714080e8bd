/**
 * The order side of a set of an orders file and a lines file (and products), assembled as the rows
 * stream in, as the single-file import does: the orders file's rows give each order key its ref and
 * each customer key its id in JS tables (no staging table, no join); each line is written straight
 * into order_lines with the fields of its order and product; order sums gather in typed arrays and
 * order_totals and the per-customer metrics are written once from them. The result is the same, row
 * for row, as assembleOrders (the SQL path kept for payments, lookups and latest-order values).
 */
import type { AmountSources } from '../../../../shared/model/importSet.js';
import { BatchInsert } from '../../db/batchInsert.js';
import { withoutIndexes } from '../../db/bulkIndexes.js';
import type { Db } from '../../db/projectFile.js';
import { roundMoney } from '../../db/rounding.js';
import type { CustomerTotalsColumns } from '../../metrics/orderAccumulator.js';
import { sqlType } from '../layout.js';
import { CustomerKeys, loadCustomerKeys } from '../parse/customerKeys.js';
import type { RejectEntry } from '../write/rejectLog.js';
import type { OrderSide, OrderSideResult } from './assembleOrders.js';
import { EXAMPLES } from './linkCounts.js';
import { type Cell, LINES_WITH_MONEY, NO_LINES, OrderTable } from './orderTable.js';
import type { PlannedFile } from './planSet.js';
import { roleColumn, type StagedRef } from './setLayout.js';
import type { StagedFile, Staging } from './stageFile.js';
import type { StageBatch } from './stageRows.js';

export interface StreamedOrders extends OrderSideResult {
  /** The per-customer metrics of every customer with an order (refreshMetrics). */
  totals: CustomerTotalsColumns;
  staged: Map<StagedRef, StagedFile>;
  /** The lines -> orders link: distinct order keys of the lines found and not found, as linkCounts counts. */
  linesLink: { matched: number; unmatched: number; unmatchedExamples: string[] };
}

/** Whether a set's order side can be streamed: orders keyed and lined, no payments, no lookups. */
export function canStreamOrders(side: OrderSide): boolean {
  return side.orderKey !== null && side.lines !== null && side.payments === null && side.lookups.length === 0;
}

/** Reads a cell of a batch; position: the column's place in the file's options.columns. */
function cellAt(batch: StageBatch, position: number, r: number): Cell {
  const column = batch.columns[position];
  if (!column) return null;
  if (column.kind === 'number') {
    const value = column.values[r] as number;
    return Number.isNaN(value) ? null : value;
  }
  const start = r === 0 ? 0 : (column.ends[r - 1] as number);
  const stop = column.ends[r] as number;
  return stop === start ? null : column.text.slice(start, stop);
}

/** A cell as SQL would use it in arithmetic: a number, else NULL. */
function numeric(cell: Cell): number | null {
  if (cell === null || typeof cell === 'number') return cell;
  const n = Number(cell);
  return Number.isNaN(n) ? null : n;
}

/** Reads a file's money (see moneySql): its amount, else quantity × unit price, else null. */
function moneyReader(file: PlannedFile): (batch: StageBatch, r: number) => number | null {
  const at = positions(file);
  const amount = roleColumn(file, 'amount');
  if (amount !== null) return (b, r) => numeric(cellAt(b, at(amount), r));
  const quantity = roleColumn(file, 'quantity');
  const price = roleColumn(file, 'unit_price');
  if (quantity === null || price === null) return () => null;
  return (b, r) => {
    const q = numeric(cellAt(b, at(quantity), r));
    const p = numeric(cellAt(b, at(price), r));
    return q === null || p === null ? null : q * p;
  };
}

/** Source column index -> place in the file's options.columns (the batch's column order). */
function positions(file: PlannedFile): (index: number) => number {
  const map = new Map(file.preview.options.columns.map((c, i) => [c.index, i]));
  return (index) => map.get(index) ?? -1;
}

/** "alias.vN" of an extra column -> its alias and source column index. */
function parseExtra(value: string): { alias: string; index: number } {
  const dot = value.lastIndexOf('.v');
  return { alias: value.slice(0, dot), index: Number(value.slice(dot + 2)) };
}

export async function streamOrders(
  db: Db,
  side: OrderSide,
  stagings: { orders: Staging; lines: Staging },
): Promise<StreamedOrders> {
  const o = side.orders;
  const l = side.lines as NonNullable<OrderSide['lines']>;
  const orderAt = positions(o.file);
  const lineAt = positions(l.ref.file);
  const extras = side.extras.map((e) => parseExtra(e.value));
  const orderExtras = extras.flatMap((e, i) => (e.alias === o.alias ? [{ i, position: orderAt(e.index) }] : []));
  const orders = new OrderTable(orderExtras.length);
  const rejects = new Map<string, RejectEntry[]>();
  const staged = new Map<StagedRef, StagedFile>();

  // Customers: the project's keys (and the customers file's, assembled before), new ones in file order.
  const { keys: customers, nextId } = loadCustomerKeys(db);
  let nextCustomer = nextId;
  const newCustomers = new BatchInsert(db, 'INSERT INTO customers (id, customer_key)', 2);
  const customerOf = (key: string): number => {
    let id = customers.get(key);
    if (id < 0) {
      id = nextCustomer++;
      customers.add(key, id);
      newCustomers.add(id);
      newCustomers.add(key);
      newCustomers.endRow();
    }
    return id;
  };

  db.exec('DELETE FROM order_keys');
  const orderKeys = new BatchInsert(db, 'INSERT INTO order_keys (ref, order_id)', 2);
  const refs = new CustomerKeys(); // an exact string -> integer table; here order key -> ref
  const orderKeyAt = orderAt(side.orderKey as number);
  const customerAt = orderAt(side.customerKey);
  const dateAt = orderAt(side.date);
  const ownMoney = moneyReader(o.file);
  const duplicates: RejectEntry[] = [];
  const orderKeyHeader = o.file.preview.headers[side.orderKey as number] ?? null;
  const values: Cell[] = new Array<Cell>(orderExtras.length).fill(null);
  staged.set(
    o,
    await stagings.orders.drain((batch) => {
      for (let r = 0; r < batch.rows; r += 1) {
        const key = cellAt(batch, orderKeyAt, r) as string | null;
        const customer = customerOf(cellAt(batch, customerAt, r) as string);
        if (key === null || refs.get(key) >= 0) {
          // With lines, an order is its first row: the rows past it (and rows without a key) are duplicates.
          duplicates.push({
            line: batch.lines[r] as number,
            reason: 'duplicate_key',
            column: orderKeyHeader,
            value: key,
            raw: '',
          });
          continue;
        }
        for (let x = 0; x < orderExtras.length; x += 1)
          values[x] = cellAt(batch, (orderExtras[x] as { position: number }).position, r);
        const ref = orders.add(
          customer,
          cellAt(batch, dateAt, r) as number,
          batch.lines[r] as number,
          ownMoney(batch, r),
          values,
        );
        refs.add(key, ref);
        orderKeys.add(ref);
        orderKeys.add(key);
        orderKeys.endRow();
      }
    }),
  );
  newCustomers.flush();
  orderKeys.flush();
  if (duplicates.length > 0) rejects.set(o.table, duplicates);

  const products = side.products ? loadProducts(db, side.products) : null;
  const productAt = side.products ? lineAt(parseExtra(side.products.from).index) : -1;
  const productAlias = side.products?.ref.alias ?? '';
  const extraCols = side.extras.map((_, i) => `c${i + 1}`);
  db.exec('DROP TABLE IF EXISTS order_lines');
  db.exec(`CREATE TABLE order_lines (id INTEGER PRIMARY KEY, customer INTEGER NOT NULL, order_ref INTEGER NOT NULL,
    ts INTEGER NOT NULL, amount REAL NOT NULL${side.extras.map((e, i) => `, ${extraCols[i]} ${sqlType(e.type)}`).join('')})`);
  const columns = ['customer', 'order_ref', 'ts', 'amount', ...extraCols];
  const rows = new BatchInsert(db, `INSERT INTO order_lines (${columns.join(', ')})`, columns.length);
  const orderExtraSlot = new Map(orderExtras.map((e, slot) => [e.i, slot]));
  const lineKeyAt = lineAt(l.orderKey);
  const lineMoney = moneyReader(l.ref.file);
  const lost: RejectEntry[] = [];
  const lostKeys = new Set<string>();
  const unmatchedExamples: string[] = [];
  const lineKeyHeader = l.ref.file.preview.headers[l.orderKey] ?? null;
  staged.set(
    l.ref,
    await stagings.lines.drain((batch) => {
      for (let r = 0; r < batch.rows; r += 1) {
        const key = cellAt(batch, lineKeyAt, r) as string;
        const ref = refs.get(key);
        if (ref < 0) {
          if (!lostKeys.has(key)) {
            lostKeys.add(key);
            if (unmatchedExamples.length < EXAMPLES) unmatchedExamples.push(key);
          }
          lost.push({
            line: batch.lines[r] as number,
            reason: 'order_not_found',
            column: lineKeyHeader,
            value: key,
            raw: '',
          });
          continue;
        }
        const money = lineMoney(batch, r);
        orders.addLine(ref, money);
        rows.add(orders.customer[ref] as number);
        rows.add(ref);
        rows.add(orders.ts[ref] as number);
        rows.add(money ?? 0);
        const productKey = products ? cellAt(batch, productAt, r) : null;
        const product = productKey === null ? undefined : products?.rows.get(String(productKey));
        extras.forEach((e, i) => {
          if (e.alias === o.alias) rows.add(orders.extra(orderExtraSlot.get(i) as number, ref));
          else if (e.alias === l.ref.alias) rows.add(cellAt(batch, lineAt(e.index), r));
          else if (e.alias === productAlias) rows.add(product ? (product[e.index] ?? null) : null);
          else rows.add(null);
        });
        rows.endRow();
      }
    }),
  );
  rejects.set(l.ref.table, lost);

  // Orders without lines: their row of the orders file is their one line, with the order's own amount.
  for (let ref = 1; ref <= orders.count; ref += 1) {
    if (orders.lineState[ref] !== NO_LINES) continue;
    const own = orders.own[ref] as number;
    rows.add(orders.customer[ref] as number);
    rows.add(ref);
    rows.add(orders.ts[ref] as number);
    rows.add(Number.isNaN(own) ? 0 : own);
    extras.forEach((e, i) => {
      rows.add(e.alias === o.alias ? orders.extra(orderExtraSlot.get(i) as number, ref) : null);
    });
    rows.endRow();
  }
  rows.flush();

  let matched = 0;
  for (let ref = 1; ref <= orders.count; ref += 1) if (orders.lineState[ref] !== NO_LINES) matched += 1;
  const linesLink = { matched, unmatched: lostKeys.size, unmatchedExamples };
  const { amountSources, totals } = writeOrderTotals(db, orders, nextCustomer);
  db.exec('CREATE INDEX order_lines_customer ON order_lines (customer, order_ref)');
  return { orders: orders.count, amountSources, rejects, totals, staged, linesLink };
}

/** The products file's first row per key (setAssembly's firstPerKey table), by key, cells by source index. */
function loadProducts(db: Db, products: NonNullable<OrderSide['products']>): { rows: Map<string, Cell[]> } {
  const file = products.ref.file;
  const indexes = file.preview.options.columns.map((c) => c.index);
  const rows = new Map<string, Cell[]>();
  const read = db
    .prepare(`SELECT ${indexes.map((i) => `v${i}`).join(', ')} FROM temp.${products.ref.table}_first`)
    .raw()
    .iterate() as Iterable<Cell[]>;
  const keyAt = indexes.indexOf(products.key);
  for (const row of read) {
    const byIndex: Cell[] = [];
    indexes.forEach((index, i) => {
      byIndex[index] = row[i] ?? null;
    });
    const key = row[keyAt];
    if (key !== null && key !== undefined) rows.set(String(key), byIndex);
  }
  return { rows };
}

/** order_totals from the order table, and the per-customer metrics gathered from the same pass. */
function writeOrderTotals(
  db: Db,
  orders: OrderTable,
  customerCount: number,
): { amountSources: AmountSources; totals: CustomerTotalsColumns } {
  const amountSources: AmountSources = { own: 0, lines: 0, payments: 0, none: 0 };
  const monetary = new Float64Array(customerCount);
  const frequency = new Int32Array(customerCount);
  const firstDay = new Int32Array(customerCount);
  const lastDay = new Int32Array(customerCount);
  const hasOrders = new Uint8Array(customerCount);
  db.exec('DELETE FROM order_totals');
  withoutIndexes(db, 'order_totals', () => {
    const insert = new BatchInsert(db, 'INSERT INTO order_totals (ref, customer, day, amount)', 4);
    for (let ref = 1; ref <= orders.count; ref += 1) {
      const own = orders.own[ref] as number;
      let amount: number;
      if (!Number.isNaN(own)) {
        amount = own;
        amountSources.own += 1;
      } else if (orders.lineState[ref] === LINES_WITH_MONEY) {
        amount = orders.lineSum[ref] as number;
        amountSources.lines += 1;
      } else {
        amount = 0;
        amountSources.none += 1;
      }
      const customer = orders.customer[ref] as number;
      const day = Math.floor((orders.ts[ref] as number) / 86_400);
      insert.add(ref);
      insert.add(customer);
      insert.add(day);
      insert.add(amount);
      insert.endRow();
      hasOrders[customer] = 1;
      monetary[customer] = (monetary[customer] as number) + amount;
      if (amount <= 1e-9) continue; // only orders with a positive amount count
      if (frequency[customer] === 0 || day < (firstDay[customer] as number)) firstDay[customer] = day;
      if (frequency[customer] === 0 || day > (lastDay[customer] as number)) lastDay[customer] = day;
      frequency[customer] = (frequency[customer] as number) + 1;
    }
    insert.flush();
  });
  let count = 0;
  for (let c = 0; c < customerCount; c += 1) count += hasOrders[c] as number;
  const totals: CustomerTotalsColumns = {
    count,
    customer: new Int32Array(count),
    frequency: new Int32Array(count),
    monetary: new Float64Array(count),
    firstDay: new Int32Array(count),
    lastDay: new Int32Array(count),
  };
  let s = 0;
  for (let c = 0; c < customerCount; c += 1) {
    if (hasOrders[c] === 0) continue;
    totals.customer[s] = c;
    totals.frequency[s] = frequency[c] as number;
    totals.monetary[s] = roundMoney(monetary[c] as number);
    totals.firstDay[s] = firstDay[c] as number;
    totals.lastDay[s] = lastDay[c] as number;
    s += 1;
  }
  return { amountSources, totals };
}
