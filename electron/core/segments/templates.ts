/**
 * The template gallery: a starting point for every segmentation base, each a real rule the user
 * edits. Fields are found by role or common header name; values come from the data (the
 * commonest country, the 80th percentile of revenue). A template whose data is missing is
 * returned disabled, with the reason.
 */
import type { SegmentTemplate } from '../../../shared/api.js';
import type { Condition, Rule } from '../../../shared/model/rules.js';
import type { Db } from '../db/projectFile.js';
import {
  attrPercentile,
  commonestItem,
  commonestValue,
  type FieldWanted,
  findField,
  hasDataset,
  hasEvents,
  metricPercentile,
  type ProjectField,
  projectFields,
} from './templateFields.js';
import {
  all,
  browsingHistory,
  cartAndVisitors,
  fromProfile,
  journeyStages,
  type Made,
  off,
  on,
  seasonal,
  type Unavailable,
} from './templatesEvents.js';
import { needsBasedGroup } from './templatesNeeds.js';
import { highValueAtRisk } from './templatesPredicted.js';

interface Context {
  db: Db;
  fields: ProjectField[];
  hasOrders: boolean;
  hasCustomers: boolean;
  hasEvents: boolean;
}

const NEEDS_ORDERS: Unavailable = {
  text: 'Needs an orders file: import one to see who buys what and when.',
  key: 'needsOrders',
};

/** "Needs a field named gender or sex", "... income, annual_income or household_income". */
function needsField(names: readonly string[]): Unavailable {
  const shown = names.slice(0, 3);
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}` : shown[0];
  // the interface joins the names with its own "or"; a tab never occurs in a field name
  return {
    text: `Needs a field named ${list} (any capitalisation).`,
    key: 'needsField',
    values: { fields: shown.join('\t') },
  };
}
const noValues = (field: ProjectField): Unavailable => ({
  text: `The field ${field.key} has no values in this project.`,
  key: 'noValues',
  values: { field: field.key },
});

/** A customer attribute applies directly; an order field as "placed an order where ...". */
function forCustomers(field: ProjectField, condition: Condition): Rule {
  if (field.source === 'customers') return condition;
  return { orders: { where: condition }, measure: 'count', op: '>=', value: 1 };
}

function equalsValue(field: ProjectField, value: string): Condition {
  if (field.type === 'category') return { field: field.key, op: 'in', value: [value] };
  if (field.type === 'number') return { field: field.key, op: '=', value: Number(value) };
  return { field: field.key, op: 'equals', value };
}

const nice = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const cents = (n: number) => Math.floor(n * 100 + 1e-6) / 100;

interface ValueSpec {
  id: string;
  base: string;
  label: string;
  /** The label's catalog key (templates.labels.*). */
  labelKey: string;
  wanted: FieldWanted;
  description: string;
}

/** "Country: Germany": the commonest value of a category field (above the median for a number). */
function byCommonValue(ctx: Context, spec: ValueSpec): SegmentTemplate {
  const { id, base, label, labelKey, wanted, description } = spec;
  const words = { label: labelKey, description: labelKey };
  const field = findField(ctx.fields, wanted);
  const placeholderKey = wanted.names[0] ?? label;
  if (!field) {
    const rule = all({ field: placeholderKey, op: 'in', value: [] });
    const made = { id, base, name: label, description, rule, words: { ...words, name: 'label', values: {} } };
    return off(made, needsField(wanted.names));
  }
  if (field.type === 'number') {
    const median = attrPercentile(ctx.db, field, 0.5);
    const rule = all(forCustomers(field, { field: field.key, op: '>=', value: median ?? 0 }));
    const value = nice(median ?? 0);
    const made: Made = {
      id,
      base,
      name: `${label}: ${field.key} ≥ ${value}`,
      description,
      rule,
      words: { ...words, name: 'atLeast', values: { field: field.key, value: Number(value) } },
    };
    return median === null ? off(made, noValues(field)) : on(made);
  }
  const value = commonestValue(ctx.db, field);
  const rule = all(forCustomers(field, equalsValue(field, value ?? '')));
  const made: Made = {
    id,
    base,
    name: value === null ? label : `${label}: ${value}`,
    description,
    rule,
    words: value === null ? { ...words, name: 'label', values: {} } : { ...words, name: 'valued', values: { value } },
  };
  return value === null ? off(made, noValues(field)) : on(made);
}

function ageBand(ctx: Context): SegmentTemplate {
  const names = ['age', 'customer_age'];
  const field = findField(ctx.fields, { names, customersOnly: true });
  const made: Made = {
    id: 'age-25-34',
    base: 'demographic',
    name: 'Age 25–34',
    description: 'Customers aged 25 to 34. Change the band to the ages you want to reach.',
    rule: all({ field: field?.key ?? 'age', op: 'between', value: [25, 34] }),
    words: { name: 'age2534', description: 'age2534', values: {} },
  };
  if (!field) return off(made, needsField(names));
  if (field.type === 'number') return on(made);
  return byCommonValue(ctx, {
    ...made,
    label: 'Age band',
    labelKey: 'ageBand',
    wanted: { names, customersOnly: true },
  });
}

function incomeBand(ctx: Context): SegmentTemplate {
  const names = ['income', 'annual_income', 'household_income', 'Annual Income (k$)'];
  const wanted = { names, customersOnly: true };
  const field = findField(ctx.fields, wanted);
  const description = 'The top quarter of customers by income: those who can afford premium offers.';
  if (field?.type !== 'number') {
    return byCommonValue(ctx, {
      id: 'income-band',
      base: 'demographic',
      label: 'Income band',
      labelKey: 'incomeBand',
      wanted,
      description,
    });
  }
  const p75 = attrPercentile(ctx.db, field, 0.75);
  const made: Made = {
    id: 'income-band',
    base: 'demographic',
    name: `Upper income band (${field.key} ≥ ${nice(p75 ?? 0)})`,
    description,
    rule: all({ field: field.key, op: '>=', value: p75 ?? 0 }),
    words: {
      name: 'upperIncome',
      description: 'incomeBand',
      values: { field: field.key, value: Number(nice(p75 ?? 0)) },
    },
  };
  return p75 === null ? off(made, noValues(field)) : on(made);
}

function psychographic(ctx: Context): SegmentTemplate {
  const names = ['lifestyle', 'interests', 'interest', 'hobbies', 'values', 'personality'];
  const wanted = { names, customersOnly: true };
  const field = findField(ctx.fields, wanted);
  const description = 'Customers who share a lifestyle or interest: speak to what they care about.';
  if (field?.type !== 'text')
    return byCommonValue(ctx, {
      id: 'lifestyle',
      base: 'psychographic',
      label: 'Lifestyle',
      labelKey: 'lifestyle',
      wanted,
      description,
    });
  const item = commonestItem(ctx.db, field);
  const made: Made = {
    id: 'lifestyle',
    base: 'psychographic',
    name: `Interest: ${item ?? ''}`,
    description,
    rule: all({ field: field.key, op: 'contains', value: item ?? '' }),
    words: { name: 'interest', description: 'lifestyle', values: { value: item ?? '' } },
  };
  return item === null ? off(made, noValues(field)) : on(made);
}

function behavioural(ctx: Context): SegmentTemplate[] {
  const made: Made[] = [
    {
      id: 'one-time-buyers',
      base: 'behavioural',
      name: 'One-time buyers',
      description: 'Ordered exactly once: a second order is the step that makes a loyal customer.',
      rule: all({ field: 'frequency', op: '=', value: 1 }),
      words: { name: 'oneTime', description: 'oneTime', values: {} },
    },
    {
      id: 'repeat-buyers',
      base: 'behavioural',
      name: 'Repeat buyers',
      description: 'Ordered at least twice.',
      rule: all({ field: 'frequency', op: '>=', value: 2 }),
      words: { name: 'repeat', description: 'repeat', values: {} },
    },
    {
      id: 'lapsed',
      base: 'behavioural',
      name: 'Lapsed: no order in the last 180 days',
      description: 'Bought before but not in the last 180 days: win them back before they forget you.',
      rule: all({ field: 'recency_days', op: '>', value: 180 }),
      words: { name: 'lapsed', description: 'lapsed', values: {} },
    },
    {
      id: 'frequent-buyers',
      base: 'behavioural',
      name: 'Frequent buyers (5+ orders)',
      description: 'Ordered five times or more: your regulars.',
      rule: all({ field: 'frequency', op: '>=', value: 5 }),
      words: { name: 'frequent', description: 'frequent', values: {} },
    },
  ];
  return made.map((m) => (ctx.hasOrders ? on(m) : off(m, NEEDS_ORDERS)));
}

function valueBased(ctx: Context): SegmentTemplate[] {
  const p80 = metricPercentile(ctx.db, 'monetary', 0.8);
  const p75 = metricPercentile(ctx.db, 'aov', 0.75);
  const top: Made = {
    id: 'top-20-revenue',
    base: 'value',
    name: `Top 20% by revenue (monetary ≥ ${nice(cents(p80 ?? 0))})`,
    description: 'The fifth of buying customers who spend the most; typically most of the revenue.',
    rule: all({ field: 'monetary', op: '>=', value: cents(p80 ?? 0) }),
    words: { name: 'top20', description: 'top20', values: { value: cents(p80 ?? 0) } },
  };
  const aov: Made = {
    id: 'high-aov',
    base: 'value',
    name: `High average order (aov ≥ ${nice(cents(p75 ?? 0))})`,
    description: 'The quarter of buying customers with the largest average order.',
    rule: all({ field: 'aov', op: '>=', value: cents(p75 ?? 0) }),
    words: { name: 'highAov', description: 'highAov', values: { value: cents(p75 ?? 0) } },
  };
  return [p80 === null ? off(top, NEEDS_ORDERS) : on(top), p75 === null ? off(aov, NEEDS_ORDERS) : on(aov)];
}

function neverOrdered(ctx: Context): SegmentTemplate {
  const made: Made = {
    id: 'never-ordered',
    base: 'journey',
    name: 'Registered, never ordered',
    description: 'In the customer list but without an order: a welcome offer may get the first one.',
    rule: all({ field: 'frequency', op: '=', value: 0 }),
    words: { name: 'neverOrdered', description: 'neverOrdered', values: {} },
  };
  return ctx.hasCustomers
    ? on(made)
    : off(made, {
        text: 'Needs a customers file: customers who never ordered appear only in a customer list.',
        key: 'needsCustomers',
      });
}

function lowSatisfaction(ctx: Context): SegmentTemplate {
  const names = ['satisfaction', 'satisfaction_score', 'csat', 'rating', 'review_score'];
  const field = findField(ctx.fields, { names, customersOnly: true });
  const made: Made = {
    id: 'low-satisfaction',
    base: 'satisfaction',
    name: 'Unhappy customers (satisfaction ≤ 2)',
    description: 'Rated their satisfaction 2 or lower: fix their problem before they leave.',
    rule: all({ field: field?.key ?? 'satisfaction', op: '<=', value: 2 }),
    words: { name: 'unhappy', description: 'unhappy', values: {} },
  };
  if (!field) return off(made, needsField(names));
  const notNumber = {
    text: `Needs ${field.key} as a number (a score such as 1 to 5).`,
    key: 'needsNumber',
    values: { field: field.key },
  };
  return field.type === 'number' ? on(made) : off(made, notNumber);
}

/** Every template, enabled or not, in gallery order. */
export function segmentTemplates(db: Db): SegmentTemplate[] {
  const ctx: Context = {
    db,
    fields: projectFields(db),
    hasOrders: hasDataset(db, 'orders'),
    hasCustomers: hasDataset(db, 'customers'),
    hasEvents: hasEvents(db),
  };
  const value = (spec: ValueSpec) => byCommonValue(ctx, spec);
  return [
    ageBand(ctx),
    value({
      id: 'gender',
      base: 'demographic',
      label: 'Gender',
      labelKey: 'gender',
      wanted: { names: ['gender', 'sex'], customersOnly: true },
      description: 'Customers of one gender. Pick another value to compare.',
    }),
    incomeBand(ctx),
    value({
      id: 'country',
      base: 'geographic',
      label: 'Country',
      labelKey: 'country',
      wanted: { roles: ['country'], names: ['country', 'country_code'] },
      description: 'Customers in the country most of them are in. Pick others to compare markets.',
    }),
    value({
      id: 'city',
      base: 'geographic',
      label: 'City',
      labelKey: 'city',
      wanted: { roles: ['city'], names: ['city', 'town'] },
      description: 'Customers in the commonest city: for local events and delivery offers.',
    }),
    psychographic(ctx),
    ...behavioural(ctx),
    ...cartAndVisitors(ctx),
    ...browsingHistory(ctx),
    ...seasonal(ctx),
    ...valueBased(ctx),
    highValueAtRisk(db),
    needsBasedGroup(db),
    neverOrdered(ctx),
    ...journeyStages(ctx),
    fromProfile(ctx, 'main_device') ??
      value({
        id: 'device',
        base: 'technographic',
        label: 'Device',
        labelKey: 'device',
        wanted: { names: ['device', 'device_type', 'platform'] },
        description: 'Customers on the commonest device: shape the offer for that screen.',
      }),
    fromProfile(ctx, 'first_touch_source') ??
      value({
        id: 'traffic-source',
        base: 'traffic_source',
        label: 'Traffic source',
        labelKey: 'trafficSource',
        wanted: { roles: ['channel'], names: ['traffic_source', 'source', 'channel', 'utm_source', 'referrer'] },
        description: 'Customers who came through the commonest channel.',
      }),
    lowSatisfaction(ctx),
    value({
      id: 'industry',
      base: 'firmographic',
      label: 'Industry',
      labelKey: 'industry',
      wanted: { names: ['industry', 'sector'], customersOnly: true },
      description: 'Business customers in the commonest industry (B2B).',
    }),
    value({
      id: 'company-size',
      base: 'firmographic',
      label: 'Company size',
      labelKey: 'companySize',
      wanted: { names: ['company_size', 'employees', 'headcount'], customersOnly: true },
      description: 'Business customers of the commonest company size (B2B).',
    }),
  ];
}
