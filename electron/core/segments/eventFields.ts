/**
 * The fields of events rules: the event columns inside an events condition's "where", and the
 * per-customer fields derived from the events (events/profiles.ts), usable like any customer
 * field. Journey stage also reads the orders (customer_metrics.frequency).
 */
import type { FieldType } from '../../../shared/model/roles.js';

/** Event fields by key: the events column and its type. */
export const EVENT_FIELDS: ReadonlyMap<string, { column: string; type: FieldType }> = new Map([
  ['event_type', { column: 'type', type: 'category' }],
  ['event_name', { column: 'type_original', type: 'category' }],
  ['event_time', { column: 'ts', type: 'date' }],
  ['session', { column: 'session', type: 'text' }],
  ['product', { column: 'product', type: 'text' }],
  ['category', { column: 'category', type: 'category' }],
  ['price', { column: 'price', type: 'number' }],
  ['device', { column: 'device', type: 'category' }],
  ['source', { column: 'source', type: 'category' }],
  ['medium', { column: 'medium', type: 'category' }],
  ['page', { column: 'page', type: 'text' }],
]);

/** Derived customer fields: the event_profiles column (journey_stage is computed, see below). */
export const PROFILE_FIELDS: ReadonlyMap<string, { column: string; type: FieldType; label: string }> = new Map([
  ['last_seen', { column: 'last_seen', type: 'date', label: 'Last seen' }],
  ['sessions', { column: 'sessions', type: 'number', label: 'Sessions' }],
  ['main_device', { column: 'main_device', type: 'category', label: 'Main device' }],
  ['first_touch_source', { column: 'first_touch_source', type: 'category', label: 'First-touch source' }],
  ['last_touch_source', { column: 'last_touch_source', type: 'category', label: 'Last-touch source' }],
  ['cart_abandoner', { column: 'cart_abandoner', type: 'boolean', label: 'Cart abandoner (last 30 days)' }],
  ['journey_stage', { column: '', type: 'category', label: 'Journey stage' }],
]);

/**
 * The journey stages, from the events and orders dated before the as-of date. "Purchases" are
 * max(orders placed (the frequency metric), distinct days with a purchase event):
 * - repeat buyer: 2 or more purchases;
 * - buyer: exactly 1 purchase;
 * - carted: no purchase, at least one cart event;
 * - engaged: no purchase and no cart, but events in 2 or more sessions or 5 or more events;
 * - visitor: any other customer with events.
 * A customer with neither events nor orders has no stage (empty).
 */
export const JOURNEY_STAGES = ['visitor', 'engaged', 'carted', 'buyer', 'repeat buyer'] as const;
export const ENGAGED_MIN_SESSIONS = 2;
export const ENGAGED_MIN_EVENTS = 5;

export function isProfileKey(key: string): boolean {
  return PROFILE_FIELDS.has(key);
}
