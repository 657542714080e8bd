/**
 * The parsing side of an import: takes papaparse's rows, counts lines, converts and checks each
 * row, gives customers and orders their integer ids, gathers the order sums and packs accepted
 * rows into RowBatches for the writing side. It never touches the database, so it can run in a
 * thread of its own while the other thread inserts.
 */
import type { ImportOptions } from '../../../../shared/model/import.js';
import { roundMoney } from '../../db/rounding.js';
import { type CustomerTotalsColumns, OrderAccumulator } from '../../metrics/orderAccumulator.js';
import type { Layout } from '../layout.js';
import { type RejectEntry, RejectLog } from '../write/rejectLog.js';
import { ClosedOrders, type ReopenedOrders } from './closedOrders.js';
import type { CustomerKeys } from './customerKeys.js';
import { grownTo } from './grownTo.js';
import { OrderRefs } from './orderRefs.js';
import { type BatchPool, isNumeric, type RowBatch, TextColumnEncoder } from './rowBatch.js';
import { RowConverter } from './rowConverter.js';

/** A part-filled batch is sent at the end of a parsed chunk once this long has passed since the last. */
const SEND_EVERY_MS = 50;

export interface EncodedFile {
  rowsRead: number;
  rowsWritten: number;
  orders: number;
  /** Orders files only: per-customer metrics, and orders to write to order_totals again. */
  totals: CustomerTotalsColumns | null;
  reopened: ReopenedOrders | null;
  rejects: RejectEntry[];
}

export class RowEncoder {
  private readonly converter: RowConverter;
  private readonly isOrders: boolean;
  private readonly accumulator = new OrderAccumulator();
  private readonly orderRefs = new OrderRefs((ref) => this.accumulator.customerOf(ref));
  private readonly closed = new ClosedOrders(this.accumulator);
  private readonly rejects = new RejectLog();
  private readonly text: Array<TextColumnEncoder | null>;
  /** Customers files: customers already given a row (a second row for one id is rejected). */
  private seen: Uint8Array = new Uint8Array(1 << 12);
  private batch: RowBatch;
  private line: number;
  private skipHeader: boolean;
  private rowsRead = 0;
  private written = 0;
  // The previous row's keys: consecutive lines mostly share the customer and the order.
  private lastCustomerKey = '';
  private lastCustomerId = 0;
  private lastOrderKey = '';
  private lastOrderCustomer = -1;
  private lastOrderRef = 0;
  private lastSent = 0;

  constructor(
    private readonly layout: Layout,
    private readonly options: ImportOptions,
    private readonly customers: CustomerKeys,
    private nextCustomerId: number,
    private readonly pool: BatchPool,
    private readonly emit: (batch: RowBatch) => void,
  ) {
    this.isOrders = options.kind === 'orders';
    this.converter = new RowConverter(layout, options.kind, options.decimal, options.dateOrder);
    this.text = layout.stored.map((c) => (isNumeric(c.type) ? null : new TextColumnEncoder()));
    this.skipHeader = options.hasHeader;
    this.line = options.hasHeader ? 1 : 0; // physical line of the previous row's end; the header is line 1
    this.batch = pool.take();
  }

  /**
   * One parsed chunk; sends what it accepted as one or more batches (of at most pool.capacity
   * rows). plain: no field holds a line feed (see readRows).
   */
  addRows(rows: string[][], plain: boolean, bytesRead: number): void {
    const { converter, options } = this;
    for (const row of rows) {
      if (this.skipHeader) {
        this.skipHeader = false;
        if (!plain) this.line += extraLines(row);
        continue;
      }
      this.line += 1;
      const firstLine = this.line;
      if (!plain) this.line += extraLines(row);
      this.rowsRead += 1;
      const rejection = converter.convert(row);
      if (rejection) this.rejects.add(firstLine, rejection, row, options.delimiter);
      else if (!this.write(bytesRead)) {
        this.rejects.add(
          firstLine,
          { reason: 'duplicate_customer_id', column: this.layout.customerId.header, value: converter.customerKey },
          row,
          options.delimiter,
        );
      }
    }
    // Big batches keep the per-message cost down; a time limit keeps progress and rows flowing.
    if (Date.now() - this.lastSent >= SEND_EVERY_MS) this.send(bytesRead);
  }

  /** The line on which the next row starts (the header's, before it has been read). */
  get nextLine(): number {
    return this.skipHeader ? 1 : this.line + 1;
  }

  finish(bytesRead: number): EncodedFile {
    this.send(bytesRead, true);
    while (this.closed.pending) this.send(bytesRead, true);
    // No key is looked up after the last row: the key tables make room for the totals.
    this.customers.release();
    this.orderRefs.release();
    return {
      rowsRead: this.rowsRead,
      rowsWritten: this.written,
      orders: this.isOrders ? this.accumulator.orderCount : 0,
      totals: this.isOrders ? this.accumulator.totals() : null,
      reopened: this.isOrders ? this.closed.reopenedOrders() : null,
      rejects: [...this.rejects.all()],
    };
  }

  /** Packs the converter's current row; false when it repeats a customer of a customers file. */
  private write(bytesRead: number): boolean {
    const { converter, batch } = this;
    const customer = this.customerId(converter.customerKey);
    const r = batch.rows;
    if (this.isOrders) {
      const amount = roundMoney(converter.amount);
      const ref = this.orderRef(converter.orderKey, customer, converter.ts);
      this.accumulator.addLine(ref, converter.ts, amount);
      this.closed.touch(ref);
      batch.orderRef[r] = ref;
      batch.ts[r] = converter.ts;
      batch.amount[r] = amount;
    } else {
      if (customer >= this.seen.length) this.seen = grownTo(this.seen, customer);
      if (this.seen[customer] === 1) return false;
      this.seen[customer] = 1;
    }
    batch.customer[r] = customer;
    const values = converter.values;
    for (let i = 0; i < values.length; i += 1) {
      const column = batch.columns[i] as RowBatch['columns'][number];
      const value = values[i] as number | string | null;
      if (column.kind === 'number') column.values[r] = value === null ? Number.NaN : (value as number);
      else column.codes[r] = value === null ? -1 : (this.text[i] as TextColumnEncoder).encode(value as string, column);
    }
    this.written += 1;
    batch.rows = r + 1;
    if (batch.rows === this.pool.capacity) this.send(bytesRead);
    return true;
  }

  private customerId(key: string): number {
    if (key === this.lastCustomerKey) return this.lastCustomerId;
    let id = this.customers.get(key);
    if (id < 0) {
      id = this.nextCustomerId;
      this.nextCustomerId += 1;
      this.customers.add(key, id);
      if (this.batch.newCustomerKeys.length === 0) this.batch.firstCustomerId = id;
      this.batch.newCustomerKeys.push(key);
    }
    this.lastCustomerKey = key;
    this.lastCustomerId = id;
    return id;
  }

  /** Orders are keyed by order id and customer: an id shared by two customers makes two orders. */
  private orderRef(orderKey: string, customer: number, ts: number): number {
    const day = Math.floor(ts / 86_400);
    if (orderKey === '') return this.newOrder(customer, day, `#line ${this.written + 1}`);
    if (orderKey === this.lastOrderKey && customer === this.lastOrderCustomer) return this.lastOrderRef;
    let ref = this.orderRefs.find(orderKey, customer);
    if (ref === 0) {
      ref = this.newOrder(customer, day, orderKey);
      this.orderRefs.add(ref);
    }
    this.lastOrderKey = orderKey;
    this.lastOrderCustomer = customer;
    this.lastOrderRef = ref;
    return ref;
  }

  private newOrder(customer: number, day: number, orderId: string): number {
    const ref = this.accumulator.newOrder(customer, day);
    if (this.batch.newOrderIds.length === 0) this.batch.firstOrderRef = ref;
    this.batch.newOrderIds.push(orderId);
    return ref;
  }

  /** Sends the batch (even an empty one: it carries the progress) and starts the next. */
  private send(bytesRead: number, last = false): void {
    this.lastSent = Date.now();
    const batch = this.batch;
    if (this.isOrders) this.closed.fill(batch, last);
    batch.bytesRead = bytesRead;
    batch.rowsRead = this.rowsRead;
    this.batch = this.pool.take();
    this.emit(batch);
  }
}

/** Lines a row spans beyond its first (quoted fields may hold newlines). */
function extraLines(row: string[]): number {
  let extra = 0;
  for (const field of row) {
    if (field.length > 0 && field.includes('\n')) extra += field.split('\n').length - 1;
  }
  return extra;
}
