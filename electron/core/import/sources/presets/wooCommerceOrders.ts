/**
 * WooCommerce order exports: the column names of the common order export plugins ("Order
 * Export for WooCommerce", "Advanced Order Export") and of WooCommerce's own CSV exports. One
 * row per order is kept (a plugin set to one row per product repeats the order's fields); orders
 * that were never paid or were given back (cancelled, refunded, failed, pending, draft, trash)
 * are left out, and the reason says how many.
 */

import type { WooStatus } from '../../../../../shared/i18n/importReasons.js';
import type { ReasonPart } from '../../../../../shared/i18n/importReasonText.js';
import type { SourceTable } from '../sourceModel.js';
import {
  columnOf,
  emailKey,
  englishName,
  headersReason,
  kindReason,
  type Preset,
  type PresetInput,
} from './presetTypes.js';

const ORDER_ID = ['Order ID', 'Order Number', 'Order No'];
const DATE = ['Order Date', 'Date Created', 'Order Created'];
const STATUS = ['Order Status', 'Status'];
const TOTAL = ['Order Total', 'Order Total Amount', 'Total'];
const EMAIL = ['Billing Email', 'Email (Billing)', 'Billing Email Address', 'Customer Email'];
const COUNTRY = ['Billing Country', 'Country Code (Billing)', 'Billing Country Code'];
/** Statuses of orders that bring no revenue (WooCommerce's own, with or without the "wc-" prefix). */
const LEFT_OUT = new Set<string>([
  'cancelled',
  'refunded',
  'failed',
  'pending',
  'pending payment',
  'checkout-draft',
  'draft',
  'trash',
]);

export const wooCommerceOrders: Preset = {
  id: 'woocommerce_orders',
  name: englishName('woocommerce_orders'),
  recognise: (headers) => {
    const found = [ORDER_ID, DATE, STATUS, TOTAL, EMAIL].map((names) => columnOf(headers, ...names));
    if (found.includes(-1)) return null;
    return headersReason(
      found.map((i) => headers[i] as string),
      'woocommerce_orders',
    );
  },
  tables: wooCommerceTables,
};

function wooCommerceTables(input: PresetInput): SourceTable[] {
  const { headers } = input;
  const [id, date, status, total, email, country] = [ORDER_ID, DATE, STATUS, TOTAL, EMAIL, COUNTRY].map((names) =>
    columnOf(headers, ...names),
  ) as [number, number, number, number, number, number];
  const out: string[][] = [[...headers]];
  const seen = new Set<string>();
  const leftOut = new Map<string, number>();
  for (const row of input.rows()) {
    const orderId = (row[id] ?? '').trim();
    if (orderId === '' || seen.has(orderId)) continue;
    seen.add(orderId);
    const state = (row[status] ?? '').trim().toLowerCase().replace(/^wc-/, '');
    if (LEFT_OUT.has(state)) {
      leftOut.set(state, (leftOut.get(state) ?? 0) + 1);
      continue;
    }
    out.push(headers.map((_, i) => (i === email ? emailKey(row[i]) : (row[i] ?? ''))));
  }
  // LEFT_OUT holds WooStatus values only, so each state counted here is one.
  const statuses: ReasonPart[] = [...leftOut].map(([status, count]) => ({
    key: 'woo_status',
    values: { count, status: status as WooStatus },
  }));
  const leftOutPart: ReasonPart[] =
    statuses.length > 0 ? [{ key: 'woo_left_out', values: { statuses: { items: statuses } } }] : [];
  const h = (i: number) => headers[i] as string;
  return [
    {
      label: 'orders',
      csvPath: input.temp.write(null, out),
      kind: 'orders',
      kindFrom: 'preset',
      ...kindReason(
        {
          key: 'woo_kind',
          values: { preset: 'woocommerce_orders', count: out.length - 1, amount: h(total), customer: h(email) },
        },
        ...leftOutPart,
      ),
      map: {
        order_id: h(id),
        order_date: h(date),
        amount: h(total),
        customer_id: h(email),
        ...(country === -1 ? {} : { country: h(country) }),
      },
      links: [],
      customerFields: country === -1 ? [] : [h(country)],
    },
  ];
}
