/**
 * The Olist Brazilian e-commerce data set (Kaggle olistbr/brazilian-ecommerce): eight files
 * recognised by their headers, each with its kind and the links to the others by key column.
 * The files are read as they are; the links are data for the import core to check and count.
 */
import type { PresetId, SourceLink, SourceTable, TableKind } from '../sourceModel.js';
import { type Preset, type PresetInput, requireHeaders } from './presetTypes.js';

interface OlistFile {
  id: PresetId;
  label: string;
  kind: TableKind;
  what: string;
  headers: string[];
  map: Record<string, string>;
  links: Array<[string, string]>;
}

const FILES: OlistFile[] = [
  {
    id: 'olist_orders',
    label: 'orders',
    kind: 'orders',
    what: 'one row per order; its amount comes from its items or payments',
    headers: ['order_id', 'customer_id', 'order_status', 'order_purchase_timestamp'],
    map: { order_id: 'order_id', customer_id: 'customer_id', order_date: 'order_purchase_timestamp' },
    links: [['customer_id', 'customers.customer_id']],
  },
  {
    id: 'olist_order_items',
    label: 'order_items',
    kind: 'order_lines',
    what: 'one row per item of an order',
    headers: ['order_id', 'order_item_id', 'product_id', 'seller_id', 'price', 'freight_value'],
    map: { order_id: 'order_id', unit_price: 'price' },
    links: [
      ['order_id', 'orders.order_id'],
      ['product_id', 'products.product_id'],
      ['seller_id', 'sellers.seller_id'],
    ],
  },
  {
    id: 'olist_payments',
    label: 'payments',
    kind: 'payments',
    what: 'one row per payment of an order',
    headers: ['order_id', 'payment_sequential', 'payment_type', 'payment_installments', 'payment_value'],
    map: { order_id: 'order_id', amount: 'payment_value' },
    links: [['order_id', 'orders.order_id']],
  },
  {
    id: 'olist_reviews',
    label: 'reviews',
    kind: 'reviews',
    what: 'one row per review of an order',
    headers: ['review_id', 'order_id', 'review_score'],
    map: { order_id: 'order_id' },
    links: [['order_id', 'orders.order_id']],
  },
  {
    id: 'olist_products',
    label: 'products',
    kind: 'products',
    what: 'one row per product',
    headers: ['product_id', 'product_category_name', 'product_weight_g'],
    map: { category: 'product_category_name' },
    links: [['product_category_name', 'category_translation.product_category_name']],
  },
  {
    id: 'olist_customers',
    label: 'customers',
    kind: 'customers',
    what: 'one row per customer id of an order (customer_unique_id names the person)',
    headers: ['customer_id', 'customer_unique_id', 'customer_zip_code_prefix', 'customer_city', 'customer_state'],
    map: { customer_id: 'customer_id', city: 'customer_city', region: 'customer_state' },
    links: [],
  },
  {
    id: 'olist_sellers',
    label: 'sellers',
    kind: 'lookup',
    what: 'one row per seller',
    headers: ['seller_id', 'seller_zip_code_prefix', 'seller_city', 'seller_state'],
    map: {},
    links: [],
  },
  {
    id: 'olist_category_translation',
    label: 'category_translation',
    kind: 'lookup',
    what: 'the English name of each product category',
    headers: ['product_category_name', 'product_category_name_english'],
    map: {},
    links: [],
  },
];

function olistPreset(file: OlistFile): Preset {
  const name = `Olist ${file.label.replaceAll('_', ' ')} file`;
  return {
    id: file.id,
    name,
    recognise: (headers) => requireHeaders(headers, file.headers, name),
    tables: (input: PresetInput): SourceTable[] => [
      {
        label: file.label,
        csvPath: input.asIs,
        kind: file.kind,
        kindFrom: 'preset',
        kindReason: `${name}: ${file.what}.`,
        map: file.map,
        links: file.links.map(
          ([column, to]): SourceLink => ({
            from: `${file.label}.${column}`,
            to,
            reason: `the Olist data set links ${file.label}.${column} to ${to}`,
          }),
        ),
      },
    ],
  };
}

/** Most specific first: order_items also has order_id, and reviews and payments too. */
export const OLIST_PRESETS: readonly Preset[] = FILES.map(olistPreset);
