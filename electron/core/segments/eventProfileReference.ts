/**
 * The reference evaluator's own computation of the fields derived from events, written apart
 * from the SQL in events/profiles.ts (same definitions, see there and eventFields.ts), so the
 * property test checks one against the other.
 */
import { CART_ABANDONER_DAYS } from '../events/profiles.js';
import { ENGAGED_MIN_EVENTS, ENGAGED_MIN_SESSIONS } from './eventFields.js';
import type { CellValue } from './projectData.js';

export interface EventRecord {
  id: number;
  ts: number;
  type: string;
  session: string | null;
  device: string | null;
  source: string | null;
  /** Every column of events by name. */
  values: Record<string, CellValue>;
}

export interface EventProfile {
  events: number;
  last_seen: number;
  sessions: number;
  main_device: string | null;
  first_touch_source: string | null;
  last_touch_source: string | null;
  carted: number;
  cart_abandoner: number;
  purchase_days: number;
}

const DAY = 86_400;

/** SQLite's BINARY order: UTF-8 bytes. */
function binaryLess(a: string, b: string): boolean {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) < 0;
}

/** The profile of one customer's events (in file order) as of a day; null without events before it. */
export function eventProfile(all: readonly EventRecord[], asOf: number | null): EventProfile | null {
  const cutoff = asOf === null ? Number.POSITIVE_INFINITY : asOf * DAY;
  const windowStart = asOf === null ? Number.POSITIVE_INFINITY : (asOf - CART_ABANDONER_DAYS) * DAY;
  const events = all.filter((e) => e.ts < cutoff);
  if (events.length === 0) return null;
  const byDevice = new Map<string, number>();
  for (const e of events) if (e.device !== null) byDevice.set(e.device, (byDevice.get(e.device) ?? 0) + 1);
  let mainDevice: string | null = null;
  for (const [device, n] of byDevice) {
    const best = mainDevice === null ? 0 : (byDevice.get(mainDevice) as number);
    if (n > best || (n === best && binaryLess(device, mainDevice as string))) mainDevice = device;
  }
  const sourced = events.filter((e) => e.source !== null);
  const earlier = (a: EventRecord, b: EventRecord) => a.ts < b.ts || (a.ts === b.ts && a.id < b.id);
  const first = sourced.reduce<EventRecord | null>((m, e) => (m === null || earlier(e, m) ? e : m), null);
  const last = sourced.reduce<EventRecord | null>((m, e) => (m === null || earlier(m, e) ? e : m), null);
  const boughtIn = new Set(events.filter((e) => e.type === 'purchase').map((e) => e.session));
  const abandoned = events.some(
    (e) => e.type === 'cart' && e.session !== null && e.ts >= windowStart && !boughtIn.has(e.session),
  );
  return {
    events: events.length,
    last_seen: Math.max(...events.map((e) => e.ts)),
    sessions: new Set(events.filter((e) => e.session !== null).map((e) => e.session)).size,
    main_device: mainDevice,
    first_touch_source: first?.source ?? null,
    last_touch_source: last?.source ?? null,
    carted: events.some((e) => e.type === 'cart') ? 1 : 0,
    cart_abandoner: abandoned ? 1 : 0,
    purchase_days: new Set(events.filter((e) => e.type === 'purchase').map((e) => Math.floor(e.ts / DAY))).size,
  };
}

/** The journey stage of a customer with this profile and this many orders (frequency). */
export function journeyStage(profile: EventProfile | null, orders: number): string | null {
  const purchases = Math.max(orders, profile?.purchase_days ?? 0);
  if (purchases >= 2) return 'repeat buyer';
  if (purchases >= 1) return 'buyer';
  if (profile === null) return null;
  if (profile.carted === 1) return 'carted';
  if (profile.sessions >= ENGAGED_MIN_SESSIONS || profile.events >= ENGAGED_MIN_EVENTS) return 'engaged';
  return 'visitor';
}
