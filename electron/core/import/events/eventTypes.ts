/**
 * The event-type vocabulary rules use, whatever the source calls it: REES46 writes "view" and
 * "cart", GA4 "page_view" and "add_to_cart", Matomo "action" and "ecommerceOrder". The file's
 * own name is kept beside it (events.type_original).
 */

export const EVENT_TYPES = ['view', 'cart', 'remove_from_cart', 'checkout', 'purchase', 'search', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Names as sources write them, compared lower-cased with spaces, dashes and underscores removed. */
const SYNONYMS: Record<EventType, readonly string[]> = {
  view: [
    'view',
    'pageview',
    'page_view',
    'screen_view',
    'view_item',
    'view_item_list',
    'view_promotion',
    'select_item',
    'product_view',
    'action',
  ],
  cart: ['cart', 'add_to_cart', 'addtocart', 'add_to_basket', 'ecommerceabandonedcart', 'abandoned_cart'],
  remove_from_cart: ['remove_from_cart', 'removefromcart', 'remove_from_basket'],
  checkout: ['checkout', 'begin_checkout', 'add_payment_info', 'add_shipping_info'],
  purchase: ['purchase', 'transaction', 'order', 'ecommerceorder', 'ecommerce_purchase'],
  search: ['search', 'view_search_results', 'sitesearch'],
  other: [],
};

const squash = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

const BY_NAME = new Map<string, EventType>(
  (Object.entries(SYNONYMS) as Array<[EventType, readonly string[]]>).flatMap(([type, names]) =>
    names.map((name) => [squash(name), type] as [string, EventType]),
  ),
);

/** The normalised type of an event name; names outside the vocabulary are "other". */
export function normaliseEventType(name: string): EventType {
  return BY_NAME.get(squash(name)) ?? 'other';
}
