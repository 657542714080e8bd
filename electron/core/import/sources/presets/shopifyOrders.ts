/**
 * Shopify's orders export (Orders > Export, documented at help.shopify.com "Exporting orders"):
 * one row per line item; the order's fields are filled on its first row only. Becomes an orders
 * table (one row per order) and an order_lines table, linked by the order's Name.
 */
import type { ReasonPart } from '../../../../../shared/i18n/importReasonText.js';
import type { SourceTable } from '../sourceModel.js';
import {
  cents,
  centsText,
  emailKey,
  englishName,
  kindReason,
  type Preset,
  type PresetInput,
  requireHeaders,
} from './presetTypes.js';

const REQUIRED = ['Name', 'Email', 'Financial Status', 'Created at', 'Total', 'Lineitem name'];
const LINE_COLUMNS = ['Lineitem name', 'Lineitem quantity', 'Lineitem price', 'Lineitem sku'];
/** Order columns that describe the customer: the core keeps the latest order's value per customer. */
const CUSTOMER_FIELDS = ['Billing Country', 'Accepts Marketing'];

export const shopifyOrders: Preset = {
  id: 'shopify_orders',
  name: englishName('shopify_orders'),
  recognise: (headers) => requireHeaders(headers, REQUIRED, 'shopify_orders'),
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
  const preset = 'shopify_orders';
  const skippedPart: ReasonPart[] =
    skipped.size > 0 ? [{ key: 'shopify_cancelled_skipped', values: { count: skipped.size } }] : [];
  const ordersTable: SourceTable = {
    label: 'orders',
    csvPath: input.temp.write(null, orders),
    kind: 'orders',
    kindFrom: 'preset',
    ...kindReason({ key: 'shopify_orders_kind', values: { preset, count: ordersCount } }, ...skippedPart),
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
    ...kindReason({ key: 'shopify_lines_kind', values: { preset, count: lines.length - 1 } }),
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
