/**
 * Whether a file holds orders (one row per order or order line) or customers (one row each).
 * Orders need a date, an amount (or quantity and unit price), and either customer ids that
 * repeat or a column named as an order's (order id, order date).
 */
import type { DatasetKind, Role, SingleFileKind } from '../../../../shared/model/roles.js';
import type { ColumnFacts, RoleSuggestion } from './roles.js';

interface KindSuggestion {
  value: SingleFileKind;
  reason: string;
}

export function suggestKind(columns: readonly ColumnFacts[], roles: readonly RoleSuggestion[]): KindSuggestion {
  const withRole = (role: Role): ColumnFacts | undefined => columns[roles.findIndex((r) => r.role === role)];
  const dateColumn = withRole('order_date') ?? columns.find((c) => c.type === 'date' || c.type === 'datetime');
  const amount = withRole('amount');
  const quantity = withRole('quantity');
  const unitPrice = withRole('unit_price');
  if (!dateColumn) return { value: 'customers', reason: 'No date column: one row per customer.' };
  if (!amount && !(quantity && unitPrice)) {
    return { value: 'customers', reason: 'No amount, and no quantity and unit price: one row per customer.' };
  }
  const money = amount
    ? `amounts in "${amount.header}"`
    : `amounts from "${quantity?.header}" × "${unitPrice?.header}"`;
  const dates = `dates in "${dateColumn.header}"`;
  const customer = withRole('customer_id');
  const repeat = customer ? mostRepeated(customer.values) : null;
  if (repeat && repeat.count > 1) {
    return {
      value: 'orders',
      reason: `Orders: ${dates}, ${money}, and customer ids repeat ("${repeat.value}" is on ${repeat.count} sampled rows).`,
    };
  }
  const orderColumn = withRole('order_id') ?? withRole('order_date');
  if (orderColumn)
    return { value: 'orders', reason: `Orders: ${dates}, ${money}, and a column "${orderColumn.header}".` };
  return { value: 'customers', reason: 'Each customer id appears once in the sample: one row per customer.' };
}

function mostRepeated(values: readonly string[]): { value: string; count: number } | null {
  const counts = new Map<string, number>();
  let best: { value: string; count: number } | null = null;
  for (const v of values) {
    const count = (counts.get(v) ?? 0) + 1;
    counts.set(v, count);
    if (!best || count > best.count) best = { value: v, count };
  }
  return best;
}

interface FileKindSuggestion {
  value: DatasetKind;
  reason: string;
}

/** Headers of a product's key: product id, SKU, stock code, item code... */
const PRODUCT_KEY =
  /^(product|item|article|stock)[\s_-]*(id|code|no|number|key)$|^(sku|stockcode|product|asin|ean|upc)$/i;
const PAYMENT = /payment|paid|installment|instalment/i;
const REVIEW = /review|rating|score|stars/i;

/** The column holding a product's key, by its header (see PRODUCT_KEY). */
export function productKeyColumn(columns: readonly ColumnFacts[]): ColumnFacts | undefined {
  return columns.find((c) => PRODUCT_KEY.test(c.header.trim()));
}

/**
 * The kind of one file of several imported together, from its structure: which keys it has
 * (customer, order, product), whether they are unique on the sampled rows, and whether it has
 * dates, money, payment or review columns. `roles`: the role guesses made without a kind.
 */
export function guessFileKind(columns: readonly ColumnFacts[], roles: readonly RoleSuggestion[]): FileKindSuggestion {
  const withRole = (role: Role): ColumnFacts | undefined => columns[roles.findIndex((r) => r.role === role)];
  const customer = withRole('customer_id');
  const order = withRole('order_id');
  const product = productKeyColumn(columns);
  const date = withRole('order_date') ?? columns.find((c) => c.type === 'date' || c.type === 'datetime');
  const money = withRole('amount') ?? withRole('unit_price') ?? withRole('quantity');
  const quoted = (c: ColumnFacts) => `"${c.header}"`;
  if (order && !customer) {
    const review = columns.find((c) => c !== order && REVIEW.test(c.header));
    if (review) {
      return { value: 'reviews', reason: `An order id (${quoted(order)}) and a review column (${quoted(review)}).` };
    }
    const payment = columns.find((c) => c !== order && PAYMENT.test(c.header));
    if (payment) {
      return { value: 'payments', reason: `An order id (${quoted(order)}) and a payment column (${quoted(payment)}).` };
    }
    if (product || money) {
      const what = product ? `a product (${quoted(product)})` : `an amount or price (${quoted(money as ColumnFacts)})`;
      return {
        value: 'order_lines',
        reason: `An order id (${quoted(order)}) and ${what}, but no customer id: lines of orders listed elsewhere.`,
      };
    }
  }
  if (customer && date && (money || order)) {
    const repeat = mostRepeated(customer.values);
    const why =
      repeat && repeat.count > 1
        ? `customer ids repeat ("${repeat.value}" is on ${repeat.count} sampled rows)`
        : `an order id (${quoted(order as ColumnFacts)})`;
    return { value: 'orders', reason: `Orders: a customer id, dates in ${quoted(date)} and ${why}.` };
  }
  if (customer) {
    const repeat = mostRepeated(customer.values);
    if (!repeat || repeat.count === 1) {
      return {
        value: 'customers',
        reason: `Each customer id in ${quoted(customer)} appears once: one row per customer.`,
      };
    }
  }
  if (product && !order && !customer && isUnique(product.values)) {
    return { value: 'products', reason: `One row per product id (${quoted(product)}), with its attributes.` };
  }
  const first = columns[0];
  return {
    value: 'lookup',
    reason: `No customer or order id${first ? `: a table keyed by ${quoted(first)} that other files point to` : ''}.`,
  };
}

function isUnique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
