/**
 * Converted rows on their way from the parsing side to the SQLite side: columns of typed arrays
 * (sent between threads without copying) plus the few strings the writer needs: keys of new
 * customers and orders, and text values. Repeated text values (categories, channels, products)
 * are sent once per column and then referred to by number.
 */
import type { Layout } from '../layout.js';

type ColumnData =
  /** number, date and boolean columns; NaN = empty cell. */
  | { kind: 'number'; values: Float64Array }
  /** text and category columns: a code per row (>= 0: the column's dictionary, EMPTY_TEXT, RAW_TEXT). */
  | { kind: 'text'; codes: Int32Array; added: string[]; raw: string[] };

const EMPTY_TEXT = -1;
/** The value is the column's next string in `raw` (the dictionary is full). */
const RAW_TEXT = -2;

export interface RowBatch {
  rows: number;
  customer: Int32Array;
  /** Orders only (empty otherwise), like ts and amount. */
  orderRef: Int32Array;
  ts: Float64Array;
  amount: Float64Array;
  /** One per layout.stored column. */
  columns: ColumnData[];
  /** Customers first seen in this batch; their ids run on from firstCustomerId. */
  newCustomerKeys: string[];
  firstCustomerId: number;
  /** Orders first seen in this batch (order_keys.order_id); their refs run on from firstOrderRef. */
  newOrderIds: string[];
  firstOrderRef: number;
  /** order_totals rows of refs firstClosedRef.. (see ClosedOrders); orders files only. */
  closedOrders: number;
  firstClosedRef: number;
  closedCustomer: Int32Array;
  closedDay: Int32Array;
  closedAmount: Float64Array;
  /** Progress when the batch was sent. */
  bytesRead: number;
  rowsRead: number;
}

function newBatch(layout: Layout, orders: boolean, capacity: number): RowBatch {
  const perOrder = orders ? capacity : 0;
  return {
    rows: 0,
    customer: new Int32Array(capacity),
    orderRef: new Int32Array(perOrder),
    ts: new Float64Array(perOrder),
    amount: new Float64Array(perOrder),
    columns: layout.stored.map((c) =>
      isNumeric(c.type)
        ? { kind: 'number', values: new Float64Array(capacity) }
        : { kind: 'text', codes: new Int32Array(capacity), added: [], raw: [] },
    ),
    newCustomerKeys: [],
    firstCustomerId: 0,
    newOrderIds: [],
    firstOrderRef: 0,
    closedOrders: 0,
    firstClosedRef: 0,
    closedCustomer: new Int32Array(perOrder),
    closedDay: new Int32Array(perOrder),
    closedAmount: new Float64Array(perOrder),
    bytesRead: 0,
    rowsRead: 0,
  };
}

/**
 * Batches for reuse: allocating fresh typed arrays for every batch made V8 collect garbage
 * much more often (external memory pressure). The writing side hands batches back once written.
 */
export class BatchPool {
  private readonly free: RowBatch[] = [];

  constructor(
    private readonly layout: Layout,
    private readonly orders: boolean,
    readonly capacity: number,
  ) {}

  take(): RowBatch {
    const batch = this.free.pop();
    if (!batch) return newBatch(this.layout, this.orders, this.capacity);
    batch.rows = 0;
    batch.closedOrders = 0;
    return emptied(batch);
  }

  give(batch: RowBatch): void {
    this.free.push(batch);
  }
}

/** A written batch without its strings, to hand back to the parsing side's pool. */
export function emptied(batch: RowBatch): RowBatch {
  batch.newCustomerKeys = [];
  batch.newOrderIds = [];
  for (const column of batch.columns) {
    if (column.kind === 'text') {
      column.added = [];
      column.raw = [];
    }
  }
  return batch;
}

/** The column types whose converted values are numbers (see RowConverter's parsers). */
export function isNumeric(type: Layout['stored'][number]['type']): boolean {
  return type === 'number' || type === 'date' || type === 'boolean';
}

/** The buffers to move (not copy) to the other thread. */
export function transferList(batch: RowBatch): ArrayBuffer[] {
  const list = [batch.customer.buffer, batch.orderRef.buffer, batch.ts.buffer, batch.amount.buffer];
  list.push(batch.closedCustomer.buffer, batch.closedDay.buffer, batch.closedAmount.buffer);
  for (const c of batch.columns) list.push(c.kind === 'number' ? c.values.buffer : c.codes.buffer);
  return list as ArrayBuffer[];
}

/** Most distinct values a text column's dictionary takes; after that values travel as strings. */
const DICTIONARY_LIMIT = 1 << 16;

/** Parsing side of one text column's dictionary. */
export class TextColumnEncoder {
  private readonly codes = new Map<string, number>();
  private readonly values: string[] = [];
  // A direct-mapped cache in front of the Map, picked by length and three characters: a hit
  // costs one string comparison instead of hashing the whole string (measured ~2x faster).
  private readonly recentValue: string[] = new Array<string>(256).fill('');
  private readonly recentCode = new Int32Array(256);

  encode(value: string, column: Extract<ColumnData, { kind: 'text' }>): number {
    const n = value.length;
    const slot = (n * 31 + value.charCodeAt(0) * 7 + value.charCodeAt(n >> 1) * 3 + value.charCodeAt(n - 1)) & 255;
    if (this.recentValue[slot] === value) return this.recentCode[slot] as number;
    let code = this.codes.get(value);
    if (code === undefined) {
      if (this.codes.size === DICTIONARY_LIMIT) {
        column.raw.push(value);
        return RAW_TEXT;
      }
      // Copied: the dictionary outlives the parsed chunk, which a substring would keep alive.
      const own = ` ${value}`.slice(1);
      code = this.values.length;
      this.codes.set(own, code);
      this.values.push(own);
      column.added.push(own);
    }
    this.recentValue[slot] = this.values[code] as string;
    this.recentCode[slot] = code;
    return code;
  }
}

/** Writing side of one text column's dictionary. */
export class TextColumnDecoder {
  private readonly values: string[] = [];
  private rawNext = 0;
  private raw: string[] = [];

  /** Takes the batch's new dictionary entries; call before value(). */
  begin(column: Extract<ColumnData, { kind: 'text' }>): void {
    for (const v of column.added) this.values.push(v);
    this.raw = column.raw;
    this.rawNext = 0;
  }

  value(code: number): string | null {
    if (code >= 0) return this.values[code] as string;
    if (code === EMPTY_TEXT) return null;
    return this.raw[this.rawNext++] as string;
  }
}
