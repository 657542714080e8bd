/**
 * Turns one parsed row into typed values, or says why the row cannot be used.
 * This runs once per row of files with millions of rows: it reuses its output buffers and
 * allocates nothing per row except the strings papaparse already made.
 */
import type { DateOrder, DecimalSeparator, RejectReason } from '../../../../shared/model/import.js';
import type { DatasetKind } from '../../../../shared/model/roles.js';
import type { Layout } from '../layout.js';
import { parseBoolean } from '../values/boolean.js';
import { parseDate } from '../values/date.js';
import { parseNumber } from '../values/number.js';
import { trimCell } from '../values/trimCell.js';

/**
 * The largest amount (and quantity, and unit price) taken, in either sign: a thousand trillion.
 * Beyond it a double no longer holds cents, the six-decimal rounding of money overflows (1e308
 * would become Infinity), and a few such lines could sum to Infinity in a customer's revenue.
 */
export const MAX_AMOUNT = 1e15;

function isMoney(value: number): boolean {
  return value <= MAX_AMOUNT && value >= -MAX_AMOUNT;
}

export interface Rejection {
  reason: RejectReason;
  column: string | null;
  value: string | null;
}

export class RowConverter {
  customerKey = '';
  orderKey = '';
  /** Seconds since 1970 (wall clock), orders only. */
  ts = 0;
  amount = 0;
  /** Typed values of the stored columns, in layout.stored order (null = empty). */
  readonly values: Array<number | string | null>;

  private readonly parsers: Array<(text: string) => number | string>;
  /** The previous row's order date: the lines of an order usually share it, and parsing is not free. */
  private lastDateText = '';
  private lastTs = 0;
  /**
   * Lines priced as quantity × unit price keep both columns, and convertOrderFields has read
   * them already: their stored positions (-1: none) and numbers, so they are not read twice.
   */
  private readonly quantityAt: number;
  private readonly priceAt: number;
  private quantity = 0;
  private price = 0;

  constructor(
    private readonly layout: Layout,
    private readonly kind: DatasetKind,
    private readonly decimal: DecimalSeparator,
    private readonly dateOrder: DateOrder,
  ) {
    this.values = new Array(layout.stored.length).fill(null);
    this.parsers = layout.stored.map((col) => {
      switch (col.type) {
        case 'number':
          return (t: string) => parseNumber(t, decimal);
        case 'date':
          return (t: string) => parseDate(t, dateOrder);
        case 'boolean':
          return (t: string) => parseBoolean(t);
        default:
          return (t: string) => t;
      }
    });
    const priced = kind === 'orders' && !layout.amount;
    const storedNumber = (plan: Layout['quantity']) =>
      priced && plan ? layout.stored.findIndex((c) => c.index === plan.index && c.type === 'number') : -1;
    this.quantityAt = layout.unitPrice ? storedNumber(layout.quantity) : -1;
    this.priceAt = layout.quantity ? storedNumber(layout.unitPrice) : -1;
  }

  /** Fills this converter's fields from the row; returns null when the row is usable. */
  convert(row: string[]): Rejection | null {
    const { layout } = this;
    if (row.length !== layout.width) {
      return { reason: 'wrong_field_count', column: null, value: `${row.length} of ${layout.width} fields` };
    }
    const customerKey = trimCell(row[layout.customerId.index] as string);
    if (customerKey === '') return { reason: 'missing_customer_id', column: layout.customerId.header, value: null };
    this.customerKey = customerKey;

    if (this.kind === 'orders') {
      const rejection = this.convertOrderFields(row);
      if (rejection) return rejection;
    }
    const stored = layout.stored;
    for (let i = 0; i < stored.length; i += 1) {
      const col = stored[i] as Layout['stored'][number];
      const text = trimCell(row[col.index] as string);
      if (text === '') {
        this.values[i] = null;
        continue;
      }
      const value =
        i === this.quantityAt
          ? this.quantity
          : i === this.priceAt
            ? this.price
            : (this.parsers[i] as (t: string) => number | string)(text);
      if (typeof value === 'number' && !Number.isFinite(value)) {
        if (!Number.isNaN(value)) return { reason: 'number_too_large', column: col.header, value: text };
        return { reason: col.type === 'date' ? 'bad_date' : 'bad_number', column: col.header, value: text };
      }
      this.values[i] = value;
    }
    return null;
  }

  private convertOrderFields(row: string[]): Rejection | null {
    const { layout } = this;
    const dateCol = layout.orderDate;
    if (dateCol) {
      const text = trimCell(row[dateCol.index] as string);
      if (text === '') return { reason: 'missing_date', column: dateCol.header, value: null };
      if (text !== this.lastDateText) {
        const ts = parseDate(text, this.dateOrder);
        if (Number.isNaN(ts)) return { reason: 'bad_date', column: dateCol.header, value: text };
        this.lastDateText = text;
        this.lastTs = ts;
      }
      this.ts = this.lastTs;
    }
    if (layout.amount) {
      const text = trimCell(row[layout.amount.index] as string);
      const amount = text === '' ? Number.NaN : parseNumber(text, this.decimal);
      if (Number.isNaN(amount)) return { reason: 'bad_number', column: layout.amount.header, value: text };
      if (!isMoney(amount)) return { reason: 'number_too_large', column: layout.amount.header, value: text };
      this.amount = amount;
    } else if (layout.quantity && layout.unitPrice) {
      const qText = trimCell(row[layout.quantity.index] as string);
      const quantity = qText === '' ? Number.NaN : parseNumber(qText, this.decimal);
      if (Number.isNaN(quantity)) return { reason: 'bad_number', column: layout.quantity.header, value: qText };
      if (!isMoney(quantity)) return { reason: 'number_too_large', column: layout.quantity.header, value: qText };
      const pText = trimCell(row[layout.unitPrice.index] as string);
      const price = pText === '' ? Number.NaN : parseNumber(pText, this.decimal);
      if (Number.isNaN(price)) return { reason: 'bad_number', column: layout.unitPrice.header, value: pText };
      if (!isMoney(price) || !isMoney(quantity * price)) {
        return { reason: 'number_too_large', column: layout.unitPrice.header, value: `${qText} × ${pText}` };
      }
      this.amount = quantity * price;
      this.quantity = quantity;
      this.price = price;
    }
    this.orderKey = layout.orderId ? trimCell(row[layout.orderId.index] as string) : '';
    return null;
  }
}
