/**
 * The events layouts the importer recognises from a file's header, and where each events column
 * comes from in each:
 * - REES46 (the Kaggle "eCommerce behavior data from multi category store" files):
 *   event_time,event_type,product_id,category_id,category_code,brand,price,user_id,user_session.
 * - GA4, the BigQuery export flattened to CSV: event_date, event_timestamp (microseconds since
 *   1970, UTC), event_name, user_pseudo_id, user_id, device.category, traffic_source.source /
 *   .medium, the event parameters ga_session_id and page_location, and item fields.
 * - Matomo, visits (Live API / Log analytics) flattened to one row per action: idVisit,
 *   visitorId (or idvisitor), userId, serverTimePretty or timestamp (seconds since 1970, UTC),
 *   type (of actionDetails), url, deviceType, referrerType, referrerName, revenue.
 * Headers are compared lower-cased with spaces, dots, dashes and underscores removed.
 */

import type { EventsLayoutName } from '../../../../shared/model/importSet.js';

export type { EventsLayoutName };

/** How a time column is written: text dates, microseconds or seconds since 1970. */
export type TimeUnit = 'text' | 'microseconds' | 'seconds';

export type EventColumn = 'session' | 'product' | 'category' | 'price' | 'device' | 'source' | 'medium' | 'page';

interface LayoutSpec {
  name: EventsLayoutName;
  /** Headers that must all be present for the layout to be recognised. */
  signature: readonly string[];
  /** Customer id columns by preference: the first non-empty one of a row is used. */
  customer: readonly string[];
  /** Time columns by preference, with their unit: the first non-empty one of a row is used. */
  time: ReadonlyArray<[string, TimeUnit]>;
  type: readonly string[];
  columns: Readonly<Record<EventColumn, readonly string[]>>;
}

const SPECS: readonly LayoutSpec[] = [
  {
    name: 'rees46',
    signature: ['event_time', 'event_type', 'user_id'],
    customer: ['user_id'],
    time: [['event_time', 'text']],
    type: ['event_type'],
    columns: {
      session: ['user_session'],
      product: ['product_id'],
      // The code names the category ("electronics.smartphone"); the id stands in where it is empty.
      category: ['category_code', 'category_id'],
      price: ['price'],
      device: [],
      source: [],
      medium: [],
      page: [],
    },
  },
  {
    name: 'ga4',
    signature: ['event_timestamp', 'event_name', 'user_pseudo_id'],
    // A signed-in user's id joins their devices; the pseudo id (one browser) otherwise.
    customer: ['user_id', 'user_pseudo_id'],
    time: [['event_timestamp', 'microseconds']],
    type: ['event_name'],
    columns: {
      session: ['ga_session_id', 'event_params.ga_session_id'],
      product: ['items.item_id', 'item_id', 'items.item_name'],
      category: ['items.item_category', 'item_category'],
      price: ['items.price', 'price', 'ecommerce.purchase_revenue'],
      device: ['device.category'],
      source: ['traffic_source.source', 'collected_traffic_source.manual_source'],
      medium: ['traffic_source.medium', 'collected_traffic_source.manual_medium'],
      page: ['page_location', 'event_params.page_location'],
    },
  },
  {
    name: 'matomo',
    signature: ['visitorid', 'type'],
    customer: ['userid', 'visitorid'],
    time: [
      ['timestamp', 'seconds'],
      ['servertimestamp', 'seconds'],
      ['servertimepretty', 'text'],
      ['serverdatepretty', 'text'],
    ],
    type: ['type'],
    columns: {
      session: ['idvisit'],
      product: ['productsku', 'productname'],
      category: ['productcategory', 'eventcategory'],
      price: ['revenue', 'productprice'],
      device: ['devicetype'],
      source: ['referrername'],
      medium: ['referrertype'],
      page: ['url'],
    },
  },
];

/** Header text as layouts compare it. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, '');
}

/** A recognised layout: column indexes in the file (-1: absent), by preference where several. */
export interface EventsLayout {
  name: EventsLayoutName;
  customer: number[];
  time: Array<[number, TimeUnit]>;
  type: number;
  columns: Record<EventColumn, number[]>;
  headers: string[];
}

/** The layout a header belongs to, or null. Matomo's "idvisitor" is read as visitorId. */
export function recogniseLayout(header: readonly string[]): EventsLayout | null {
  const keys = header.map(headerKey).map((k) => (k === 'idvisitor' ? 'visitorid' : k));
  const at = (name: string) => keys.indexOf(headerKey(name));
  const present = (names: readonly string[]) => names.map(at).filter((i) => i >= 0);
  for (const spec of SPECS) {
    if (!spec.signature.every((name) => at(name) >= 0)) continue;
    const time = spec.time.map(([name, unit]) => [at(name), unit] as [number, TimeUnit]).filter(([i]) => i >= 0);
    if (time.length === 0) continue;
    const columns = Object.fromEntries(
      (Object.keys(spec.columns) as EventColumn[]).map((column) => [column, present(spec.columns[column])]),
    ) as Record<EventColumn, number[]>;
    return {
      name: spec.name,
      customer: present(spec.customer),
      time,
      type: at(spec.type[0] as string),
      columns,
      headers: [...header],
    };
  }
  return null;
}

/** The headers each layout needs, for the message when none is recognised. */
export function layoutSignatures(): string {
  return SPECS.map((s) => `${s.name}: ${s.signature.join(', ')}`).join('; ');
}
