/**
 * The gallery templates that read events (the derived customer fields of eventFields.ts and
 * events conditions) and order dates by season. They take their values from the data as the
 * other templates do: the commonest device, source or viewed category. Unlike the others they
 * are left out of the gallery, not shown disabled, when the project lacks their data (events;
 * orders for the seasonal ones): a shop without site events would see a dozen unusable cards.
 */
import type { SegmentTemplate, TemplateWords } from '../../../shared/api.js';
import type { Condition, Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import { ensureEventProfiles } from '../events/profiles.js';
import { JOURNEY_STAGES } from './eventFields.js';

export type Made = Omit<SegmentTemplate, 'enabled' | 'reason' | 'words'> & { words: Omit<TemplateWords, 'reason'> };

/** Why a template is disabled: the English sentence, and its catalog key and values for the interface. */
export interface Unavailable {
  text: string;
  key: string;
  values?: Record<string, string | number>;
}

export const on = (made: Made): SegmentTemplate => ({
  ...made,
  enabled: true,
  reason: null,
  words: { ...made.words, reason: null },
});
export const off = (made: Made, why: Unavailable): SegmentTemplate => ({
  ...made,
  enabled: false,
  reason: why.text,
  words: { ...made.words, reason: why.key, values: { ...made.words.values, ...why.values } },
});
export const all = (...parts: Rule[]): Rule => ({ and: parts });

interface EventsContext {
  db: Db;
  hasOrders: boolean;
  hasEvents: boolean;
}

const atLeastOne = (scope: 'orders' | 'events', where: Rule): Rule =>
  scope === 'orders'
    ? { orders: { where }, measure: 'count', op: '>=', value: 1 }
    : { events: { where }, measure: 'count', op: '>=', value: 1 };

/** Abandoned cart and visitor level: derived fields with a fixed meaning. */
export function cartAndVisitors(ctx: EventsContext): SegmentTemplate[] {
  if (!ctx.hasEvents) return [];
  return [
    on({
      id: 'abandoned-cart',
      base: 'behavioural',
      name: 'Abandoned cart (last 30 days)',
      description:
        'Put something in the cart in the last 30 days and left that visit without buying: a reminder may finish the sale.',
      rule: all({ field: 'cart_abandoner', op: 'is_true' }),
      words: { name: 'abandonedCart', description: 'abandonedCart', values: {} },
    }),
    on({
      id: 'visitor-level',
      base: 'journey',
      name: 'Visitors (not yet carted or bought)',
      description: 'Journey stage visitor or engaged: they look around but have put nothing in a cart yet.',
      rule: all({ field: 'journey_stage', op: 'in', value: ['visitor', 'engaged'] }),
      words: { name: 'visitorLevel', description: 'visitorLevel', values: {} },
    }),
  ];
}

const STAGE_TEXT: Record<(typeof JOURNEY_STAGES)[number], string> = {
  visitor: 'Seen on the site a little (one session, fewer than 5 events), nothing carted or bought.',
  engaged: 'Came back (2 or more sessions) or looked around a lot (5 or more events), nothing carted or bought.',
  carted: 'Put something in a cart but never bought.',
  buyer: 'Bought once (one order, or purchases on one day).',
  'repeat buyer': 'Bought twice or more: keep them coming back.',
};

/** Catalog keys of the stages' descriptions (templates.descriptions.*). */
const STAGE_KEY: Record<(typeof JOURNEY_STAGES)[number], string> = {
  visitor: 'journeyVisitor',
  engaged: 'journeyEngaged',
  carted: 'journeyCarted',
  buyer: 'journeyBuyer',
  'repeat buyer': 'journeyRepeatBuyer',
};

/** One template per journey stage (the stages of customers with orders but no events are the order templates'). */
export function journeyStages(ctx: EventsContext): SegmentTemplate[] {
  if (!ctx.hasEvents) return [];
  return JOURNEY_STAGES.map((stage) =>
    on({
      id: `journey-${stage.replace(' ', '-')}`,
      base: 'journey',
      name: `Journey stage: ${stage}`,
      description: STAGE_TEXT[stage],
      rule: all({ field: 'journey_stage', op: 'in', value: [stage] }),
      words: { name: 'journeyStage', description: STAGE_KEY[stage], values: { stage } },
    }),
  );
}

/** The category most customers viewed (ties: the first in sort order), or null. */
function commonestViewedCategory(db: Db): string | null {
  const row = db
    .prepare(
      `SELECT category AS value, COUNT(DISTINCT customer) AS n FROM events
       WHERE type = 'view' AND category IS NOT NULL AND TRIM(category) <> '' GROUP BY category ORDER BY n DESC, category LIMIT 1`,
    )
    .get() as { value: string } | undefined;
  return row?.value ?? null;
}

/** Viewed the commonest viewed category, never had a purchase event in it. */
export function browsingHistory(ctx: EventsContext): SegmentTemplate[] {
  if (!ctx.hasEvents) return [];
  const category = commonestViewedCategory(ctx.db);
  const inCategory: Condition = { field: 'category', op: 'in', value: [category ?? ''] };
  const made: Made = {
    id: 'browsing-history',
    base: 'behavioural',
    name: category === null ? 'Viewed a category, never bought it' : `Viewed ${category}, never bought it`,
    description:
      'Viewed products of the category most visitors view, with no purchase event in it: show them what they looked at. Pick another category to compare.',
    rule: all(atLeastOne('events', { and: [{ field: 'event_type', op: 'in', value: ['view'] }, inCategory] }), {
      not: atLeastOne('events', { and: [{ field: 'event_type', op: 'in', value: ['purchase'] }, inCategory] }),
    }),
    words: {
      name: category === null ? 'viewedAny' : 'viewedNever',
      description: 'browsingHistory',
      values: category === null ? {} : { value: category },
    },
  };
  const none = { text: 'The events of this project name no category of a viewed product.', key: 'noViewedCategory' };
  return [category === null ? off(made, none) : on(made)];
}

/** The commonest value of a derived text field (main_device, first_touch_source) over customers, or null. */
export function commonestProfileValue(db: Db, column: 'main_device' | 'first_touch_source'): string | null {
  ensureEventProfiles(db);
  const row = db
    .prepare(
      `SELECT ${column} AS value, COUNT(*) AS n FROM event_profiles
       WHERE ${column} IS NOT NULL AND TRIM(${column}) <> '' GROUP BY ${column} ORDER BY n DESC, ${column} LIMIT 1`,
    )
    .get() as { value: string } | undefined;
  return row?.value ?? null;
}

/**
 * Device or traffic source from the events: customers whose main device (first-touch source) is
 * the commonest one. Null when the events name none: the gallery then looks for a column.
 */
export function fromProfile(ctx: EventsContext, key: 'main_device' | 'first_touch_source'): SegmentTemplate | null {
  if (!ctx.hasEvents) return null;
  const value = commonestProfileValue(ctx.db, key);
  if (value === null) return null;
  const rule = all({ field: key, op: 'in', value: [value] });
  return key === 'main_device'
    ? on({
        id: 'device',
        base: 'technographic',
        name: `Device: ${value}`,
        description: 'Customers whose events mostly come from the commonest device: shape the offer for that screen.',
        rule,
        words: { name: 'valued', label: 'device', description: 'deviceEvents', values: { value } },
      })
    : on({
        id: 'traffic-source',
        base: 'traffic_source',
        name: `Traffic source: ${value}`,
        description: 'Customers who first came through the commonest source (first touch): compare it with the others.',
        rule,
        words: { name: 'valued', label: 'trafficSource', description: 'trafficSourceEvents', values: { value } },
      });
}

/** Christmas buyers and weekend shoppers: order dates by month and weekday. */
export function seasonal(ctx: EventsContext): SegmentTemplate[] {
  const made: Made[] = [
    {
      id: 'christmas-buyers',
      base: 'behavioural',
      name: 'Christmas buyers (ordered in November or December)',
      description: 'Placed at least one order in November or December, in any year: remind them before the season.',
      rule: all(atLeastOne('orders', { field: 'order_date', op: 'month_in', value: [11, 12] })),
      words: { name: 'christmas', description: 'christmas', values: {} },
    },
    {
      id: 'weekend-shoppers',
      base: 'behavioural',
      name: 'Weekend shoppers (ordered on a Saturday or Sunday)',
      description:
        'Placed at least one order on a Saturday or a Sunday (the order date as the file gives it): time the campaigns for the weekend.',
      rule: all(atLeastOne('orders', { field: 'order_date', op: 'weekday_in', value: [6, 7] })),
      words: { name: 'weekend', description: 'weekend', values: {} },
    },
  ];
  return ctx.hasOrders ? made.map(on) : [];
}
