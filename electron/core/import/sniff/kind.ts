/**
 * Whether a file holds orders (one row per order or order line) or customers (one row each).
 * Orders need a date, an amount (or quantity and unit price), and either customer ids that
 * repeat or a column named as an order's (order id, order date).
 */
import { type ErrorWording, type ErrorWordingValues, worded } from '../../../../shared/errorWording.js';
import type { DatasetKind, Role, SingleFileKind } from '../../../../shared/model/roles.js';
import type { ColumnFacts, RoleSuggestion } from './roles.js';

interface KindSuggestion {
  value: SingleFileKind;
  /** In English (the CLI's and scripts' words); `wording` words it in the app's languages. */
  reason: string;
  wording?: ErrorWording;
}

export function suggestKind(columns: readonly ColumnFacts[], roles: readonly RoleSuggestion[]): KindSuggestion {
  const withRole = (role: Role): ColumnFacts | undefined => columns[roles.findIndex((r) => r.role === role)];
  const dateColumn = withRole('order_date') ?? columns.find((c) => c.type === 'date' || c.type === 'datetime');
  const amount = withRole('amount');
  const quantity = withRole('quantity');
  const unitPrice = withRole('unit_price');
  if (!dateColumn) {
    return { value: 'customers', reason: 'No date column: one row per customer.', ...worded('kind_no_date') };
  }
  if (!amount && !(quantity && unitPrice)) {
    return {
      value: 'customers',
      reason: 'No amount, and no quantity and unit price: one row per customer.',
      ...worded('kind_no_amount'),
    };
  }
  const money = amount
    ? `amounts in "${amount.header}"`
    : `amounts from "${quantity?.header}" × "${unitPrice?.header}"`;
  // The money's values and the key's variant: an amount column, or quantity times unit price.
  const moneyValues: ErrorWordingValues = amount
    ? { amount: amount.header }
    : { quantity: quantity?.header ?? '', price: unitPrice?.header ?? '' };
  const variant = amount ? 'amount' : 'price';
  const dates = `dates in "${dateColumn.header}"`;
  const customer = withRole('customer_id');
  const repeat = customer ? mostRepeated(customer.values) : null;
  if (repeat && repeat.count > 1) {
    return {
      value: 'orders',
      reason: `Orders: ${dates}, ${money}, and customer ids repeat ("${repeat.value}" is on ${repeat.count} sampled rows).`,
      ...worded(`kind_orders_${variant}_repeat`, {
        date: dateColumn.header,
        ...moneyValues,
        value: repeat.value,
        rows: repeat.count,
      }),
    };
  }
  const orderColumn = withRole('order_id') ?? withRole('order_date');
  if (orderColumn) {
    return {
      value: 'orders',
      reason: `Orders: ${dates}, ${money}, and a column "${orderColumn.header}".`,
      ...worded(`kind_orders_${variant}_column`, {
        date: dateColumn.header,
        ...moneyValues,
        column: orderColumn.header,
      }),
    };
  }
  return {
    value: 'customers',
    reason: 'Each customer id appears once in the sample: one row per customer.',
    ...worded('kind_customers_sample_once'),
  };
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
  /** In English, as the preview sends it; `wording` words it in the user's language. */
  reason: string;
  wording: ErrorWording;
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
  const guess = (value: DatasetKind, reason: string, wording: { wording: ErrorWording }) => ({
    value,
    reason,
    ...wording,
  });
  if (order && !customer) {
    const review = columns.find((c) => c !== order && REVIEW.test(c.header));
    if (review) {
      return guess(
        'reviews',
        `An order id (${quoted(order)}) and a review column (${quoted(review)}).`,
        worded('kind_reviews', { order: order.header, review: review.header }),
      );
    }
    const payment = columns.find((c) => c !== order && PAYMENT.test(c.header));
    if (payment) {
      return guess(
        'payments',
        `An order id (${quoted(order)}) and a payment column (${quoted(payment)}).`,
        worded('kind_payments', { order: order.header, payment: payment.header }),
      );
    }
    if (product || money) {
      const what = product ? `a product (${quoted(product)})` : `an amount or price (${quoted(money as ColumnFacts)})`;
      return guess(
        'order_lines',
        `An order id (${quoted(order)}) and ${what}, but no customer id: lines of orders listed elsewhere.`,
        product
          ? worded('kind_lines_product', { order: order.header, product: product.header })
          : worded('kind_lines_amount', { order: order.header, amount: (money as ColumnFacts).header }),
      );
    }
  }
  if (customer && date && (money || order)) {
    const repeat = mostRepeated(customer.values);
    if (repeat && repeat.count > 1) {
      return guess(
        'orders',
        `Orders: a customer id, dates in ${quoted(date)} and customer ids repeat ("${repeat.value}" is on ${repeat.count} sampled rows).`,
        worded('kind_orders_repeat', { date: date.header, value: repeat.value, rows: repeat.count }),
      );
    }
    if (order) {
      return guess(
        'orders',
        `Orders: a customer id, dates in ${quoted(date)} and an order id (${quoted(order)}).`,
        worded('kind_orders_order_id', { date: date.header, order: order.header }),
      );
    }
    // Unique customer ids with a date and money but no order id: a customer table with, say, a
    // signup date and a lifetime spend, which the next test names.
  }
  if (customer) {
    const repeat = mostRepeated(customer.values);
    if (!repeat || repeat.count === 1) {
      return guess(
        'customers',
        `Each customer id in ${quoted(customer)} appears once: one row per customer.`,
        worded('kind_customers_once', { customer: customer.header }),
      );
    }
  }
  if (product && !order && !customer && isUnique(product.values)) {
    return guess(
      'products',
      `One row per product id (${quoted(product)}), with its attributes.`,
      worded('kind_products', { product: product.header }),
    );
  }
  const first = columns[0];
  return first
    ? guess(
        'lookup',
        `No customer or order id: a table keyed by ${quoted(first)} that other files point to.`,
        worded('kind_lookup', { key: first.header }),
      )
    : guess('lookup', 'No customer or order id.', worded('kind_lookup_empty'));
}

function isUnique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
