/**
 * Shopify's orders export (Orders > Export, documented at help.shopify.com "Exporting orders"):
 * one row per line item; the order's fields are filled on its first row only. Becomes an orders
 * table (one row per order) and an order_lines table, linked by the order's Name.
 */
import type { SourceTable } from '../sourceModel.js';
import { cents, centsText, emailKey, type Preset, type PresetInput, plural, requireHeaders } from './presetTypes.js';

const REQUIRED = ['Name', 'Email', 'Financial Status', 'Created at', 'Total', 'Lineitem name'];
const LINE_COLUMNS = ['Lineitem name', 'Lineitem quantity', 'Lineitem price', 'Lineitem sku'];
/** Order columns that describe the customer: the core keeps the latest order's value per customer. */
const CUSTOMER_FIELDS = ['Billing Country', 'Accepts Marketing'];

export const shopifyOrders: Preset = {
  id: 'shopify_orders',
  name: 'Shopify orders export',
  recognise: (headers) => requireHeaders(headers, REQUIRED, 'Shopify orders export'),
  tables: shopifyOrderTables,
};

function shopifyOrderTables(input: PresetInput): SourceTable[] {
  const { headers } = input;
  const at = (name: string) => headers.indexOf(name);
  const [name, email, created, total, refunded, cancelled] = [
    at('Name'),
    at('Email'),
    at('Created at'),
    at('Total'),
    at('Refunded Amount'),
    at('Cancelled at'),
  ];
  // Order columns: everything that is not about one line item, then the computed amount.
  const orderColumns = headers.map((h, i) => ({ h, i })).filter(({ h }) => !h.startsWith('Lineitem '));
  const lineColumns = LINE_COLUMNS.map((h) => at(h)).filter((i) => i !== -1);
  const orders: string[][] = [[...orderColumns.map(({ h }) => h), 'Amount']];
  const lines: string[][] = [['Name', ...lineColumns.map((i) => headers[i] as string)]];
  const seen = new Set<string>();
  const skipped = new Set<string>();
  for (const row of input.rows()) {
    const id = (row[name] ?? '').trim();
    if (id === '') continue;
    if (!seen.has(id)) {
      seen.add(id);
      if (cancelled !== -1 && (row[cancelled] ?? '').trim() !== '') {
        skipped.add(id);
        continue;
      }
      const amount = cents(row[total]) - (refunded === -1 ? 0 : cents(row[refunded]));
      const cells = orderColumns.map(({ i }) => {
        const cell = row[i] ?? '';
        if (i === email) return emailKey(cell);
        if (i === created) return withoutOffset(cell);
        return cell;
      });
      // An amount that is not a number stays as written: the importer rejects that order and says where.
      orders.push([...cells, Number.isNaN(amount) ? (row[total] ?? '') : centsText(amount)]);
    }
    if (skipped.has(id) || lineColumns.every((i) => (row[i] ?? '').trim() === '')) continue;
    lines.push([id, ...lineColumns.map((i) => row[i] ?? '')]);
  }
  const ordersCount = orders.length - 1;
  const skippedText =
    skipped.size > 0 ? `; ${plural(skipped.size, 'cancelled order')} ("Cancelled at" set) skipped` : '';
  const ordersTable: SourceTable = {
    label: 'orders',
    csvPath: input.temp.write(null, orders),
    kind: 'orders',
    kindFrom: 'preset',
    kindReason: `Shopify orders export: ${plural(ordersCount, 'order')}, one row each (the order's first line-item row); amount = Total − Refunded Amount; customer = Email, lower-cased${skippedText}.`,
    map: {
      order_id: 'Name',
      customer_id: 'Email',
      order_date: 'Created at',
      amount: 'Amount',
      ...(headers.includes('Billing Country') ? { country: 'Billing Country' } : {}),
    },
    links: [],
    customerFields: CUSTOMER_FIELDS.filter((h) => headers.includes(h)),
  };
  const linesTable: SourceTable = {
    label: 'order_lines',
    csvPath: input.temp.write('order_lines', lines),
    kind: 'order_lines',
    kindFrom: 'preset',
    kindReason: `Shopify orders export: ${plural(lines.length - 1, 'line item')} of the orders kept, linked to their order by Name.`,
    map: {
      order_id: 'Name',
      product: 'Lineitem name',
      quantity: 'Lineitem quantity',
      unit_price: 'Lineitem price',
    },
    links: [
      {
        from: 'order_lines.Name',
        to: 'orders.Name',
        reason: "Shopify writes the order's Name on each of its line items",
      },
    ],
  };
  return [ordersTable, linesTable];
}

/** "2024-03-01 10:15:00 -0500" -> "2024-03-01 10:15:00": the time as written, the offset ignored. */
export function withoutOffset(value: string): string {
  return value.trim().replace(/\s*(?:[+-]\d{2}:?\d{2}|Z|UTC)$/, '');
}
