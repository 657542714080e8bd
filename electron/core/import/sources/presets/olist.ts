/**
 * The Olist Brazilian e-commerce data set (Kaggle olistbr/brazilian-ecommerce): eight files
 * recognised by their headers, each with its kind and the links to the others by key column.
 * The files are read as they are; the links are data for the import core to check and count.
 */
import type { OlistLabel } from '../../../../../shared/i18n/importReasons.js';
import type { SourceLink, SourceTable, TableKind } from '../sourceModel.js';
import { englishName, kindReason, type Preset, type PresetInput, requireHeaders } from './presetTypes.js';

interface OlistFile {
  label: OlistLabel;
  kind: TableKind;
  headers: string[];
  map: Record<string, string>;
  links: Array<[string, string]>;
}

const FILES: OlistFile[] = [
  {
    label: 'orders',
    kind: 'orders',
    headers: ['order_id', 'customer_id', 'order_status', 'order_purchase_timestamp'],
    map: { order_id: 'order_id', customer_id: 'customer_id', order_date: 'order_purchase_timestamp' },
    links: [['customer_id', 'customers.customer_id']],
  },
  {
    label: 'order_items',
    kind: 'order_lines',
    headers: ['order_id', 'order_item_id', 'product_id', 'seller_id', 'price', 'freight_value'],
    map: { order_id: 'order_id', unit_price: 'price' },
    links: [
      ['order_id', 'orders.order_id'],
      ['product_id', 'products.product_id'],
      ['seller_id', 'sellers.seller_id'],
    ],
  },
  {
    label: 'payments',
    kind: 'payments',
    headers: ['order_id', 'payment_sequential', 'payment_type', 'payment_installments', 'payment_value'],
    map: { order_id: 'order_id', amount: 'payment_value' },
    links: [['order_id', 'orders.order_id']],
  },
  {
    label: 'reviews',
    kind: 'reviews',
    headers: ['review_id', 'order_id', 'review_score'],
    map: { order_id: 'order_id' },
    links: [['order_id', 'orders.order_id']],
  },
  {
    label: 'products',
    kind: 'products',
    headers: ['product_id', 'product_category_name', 'product_weight_g'],
    map: { category: 'product_category_name' },
    links: [['product_category_name', 'category_translation.product_category_name']],
  },
  {
    label: 'customers',
    kind: 'customers',
    headers: ['customer_id', 'customer_unique_id', 'customer_zip_code_prefix', 'customer_city', 'customer_state'],
    map: { customer_id: 'customer_id', city: 'customer_city', region: 'customer_state' },
    links: [],
  },
  {
    label: 'sellers',
    kind: 'lookup',
    headers: ['seller_id', 'seller_zip_code_prefix', 'seller_city', 'seller_state'],
    map: {},
    links: [],
  },
  {
    label: 'category_translation',
    kind: 'lookup',
    headers: ['product_category_name', 'product_category_name_english'],
    map: {},
    links: [],
  },
];

function olistPreset(file: OlistFile): Preset {
  const id = `olist_${file.label}` as const;
  return {
    id,
    name: englishName(id),
    recognise: (headers) => requireHeaders(headers, file.headers, id),
    tables: (input: PresetInput): SourceTable[] => [
      {
        label: file.label,
        csvPath: input.asIs,
        kind: file.kind,
        kindFrom: 'preset',
        ...kindReason({ key: `olist_kind_${file.label}`, values: { preset: id } }),
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
