/**
 * Whether a file holds orders (one row per order or order line) or customers (one row each).
 * Orders need a date, an amount (or quantity and unit price), and either customer ids that
 * repeat or a column named as an order's (order id, order date).
 */
import type { Role, SingleFileKind } from '../../../../shared/model/roles.js';
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
